#include "project/definition.hpp"

#include <algorithm>
#include <map>

#include "project/shape.hpp"
#include "util/strings.hpp"

namespace starling {

namespace {

std::string opt(const std::optional<std::string>& s) {
  return s ? *s : "-";
}

std::string test_text(const ModelTest& t) {
  const char* kinds[] = {"not_null", "unique", "accepted_values", "relationships", "expression"};
  std::string s = kinds[static_cast<int>(t.kind)];
  if (t.column) s += " column=" + *t.column;
  if (!t.values.empty()) s += " values=" + join(t.values, ",");
  if (t.to) s += " to=" + *t.to;
  if (t.field) s += " field=" + *t.field;
  if (t.expression) s += " expression=" + *t.expression;
  return s;
}

// item -> value, from the text; the item is the line up to the first space after its name
std::map<std::string, std::string> items(const std::string& def) {
  std::map<std::string, std::string> out;
  for (const auto& line : split(def, '\n')) {
    if (line.empty()) continue;
    // "column email text ..." -> item "column email"; "kind fact" -> item "kind"
    auto sp = line.find(' ');
    std::string head = line.substr(0, sp);
    std::string rest = sp == std::string::npos ? "" : line.substr(sp + 1);
    if (head == "column" || head == "measure" || head == "reference" || head == "test") {
      auto sp2 = rest.find(' ');
      std::string name = rest.substr(0, sp2);
      if (head == "test") name = rest;
      out[head + " " + name] =
          sp2 == std::string::npos || head == "test" ? "" : rest.substr(sp2 + 1);
    } else {
      out[head] = rest;
    }
  }
  return out;
}

// The settings of an "incremental" item: "strategy=period period=day ..." -> name -> value.
std::map<std::string, std::string> settings(const std::string& v) {
  std::map<std::string, std::string> out;
  for (const auto& part : split(v, ' ')) {
    auto eq = part.find('=');
    if (eq != std::string::npos) out[part.substr(0, eq)] = part.substr(eq + 1);
  }
  return out;
}

// The value of setting `name` ("type=bigint") of an item's value, up to the next space.
std::string field(const std::string& v, const std::string& name) {
  auto at = v.find(name + "=");
  if (at == std::string::npos) return std::string();
  auto end = v.find(' ', at);
  return v.substr(at + name.size() + 1,
                  end == std::string::npos ? end : end - at - name.size() - 1);
}

// A changed "incremental" item. Its strategy, period and time column decide which rows the table
// holds: breaking. `deletes` only changes how later runs find rows (the first run with `scan`
// deletes what is gone, as a rebuild would not have it): nothing. An earlier `start` leaves
// periods that were never built, which run builds: additive; a later one leaves rows a rebuild
// would not have: breaking.
template <typename Breaking, typename Additive>
void incremental_change(const std::string& old, const std::string& now, Breaking&& breaking,
                        Additive&& additive) {
  auto a = settings(old), b = settings(now);
  a.erase("deletes");
  b.erase("deletes");
  auto value = [](const std::map<std::string, std::string>& m, const std::string& k) {
    auto it = m.find(k);
    return it == m.end() ? std::string("-") : it->second;
  };
  for (const auto& k : {"strategy", "period", "time"}) {
    if (value(a, k) != value(b, k)) {
      breaking("incremental changed (" + std::string(k) + " " + value(a, k) + " -> " + value(b, k) +
               ")");
      return;
    }
  }
  const std::string s0 = value(a, "start"), s1 = value(b, "start");
  if (s0 != s1) {
    // ISO dates compare as text
    if (s0 != "-" && s1 != "-" && s1 < s0)
      additive("start moved earlier (" + s0 + " -> " + s1 + "): run builds the periods before " +
               s0);
    else
      breaking("start moved later (" + s0 + " -> " + s1 +
               "): the rows before it would stay, which a rebuild would not have");
  }
  a.erase("start");
  b.erase("start");
  for (const auto& k : {"strategy", "period", "time"}) {
    a.erase(k);
    b.erase(k);
  }
  if (a != b) breaking("incremental changed");
}

}  // namespace

std::string model_definition(const Model& m, const Project& p) {
  std::vector<std::string> lines;
  lines.push_back(std::string("kind ") + to_string(m.kind));
  if (m.from)
    lines.push_back("from " + m.from->source + "." + m.from->table);
  else if (!m.raw_sql.empty())
    lines.push_back("sql " + sha256_hex(m.raw_sql));
  if (!m.key.empty()) lines.push_back("key " + join(m.key, ","));
  if (m.surrogate_key) lines.push_back("surrogate_key " + *m.surrogate_key);
  if (m.kind == ModelKind::dimension)
    lines.push_back(std::string("history ") +
                    (m.history == History::overwrite ? "overwrite" : "versions"));
  if (m.history == History::versions) {
    lines.push_back("valid_from " + opt(m.valid_from));
    lines.push_back(std::string("overwrite_in ") + (m.overwrite_in == OverwriteIn::every_version
                                                        ? "every_version"
                                                        : "current_version"));
  }
  // periods are cut in the project's time zone
  if (m.incremental && m.incremental->strategy == Strategy::period)
    lines.push_back("timezone " + p.config.timezone);
  if (!m.grain.empty()) lines.push_back("grain " + join(m.grain, ","));
  if (m.incremental) {
    const auto& i = *m.incremental;
    std::string s = std::string("incremental strategy=") + to_string(i.strategy);
    if (i.strategy == Strategy::period)
      s += std::string(" period=") + to_string(i.period) + " time=" + opt(i.time) +
           " start=" + opt(i.start);
    if (i.deletes == Deletes::scan) s += " deletes=scan";
    lines.push_back(s);
  }
  if (m.densify) lines.push_back("densify " + m.densify->dimension + " from=" + m.densify->from);
  if (m.date_spec) {
    std::string s = "date_dimension start=" + m.date_spec->start + " end=" + m.date_spec->end +
                    " fiscal_year_start=" + std::to_string(m.date_spec->fiscal_year_start);
    for (const auto& h : m.date_spec->holidays) s += " holiday=" + h.date + ":" + h.name;
    lines.push_back(s);
  }
  if (!m.unknown_member.empty()) {
    std::string s = "unknown_member";
    for (const auto& [k, v] : m.unknown_member) s += " " + k + "=" + v;
    lines.push_back(s);
  }
  for (const auto& c : m.columns) {
    std::string s = "column " + c.name + " type=" + c.type +
                    " on_change=" + to_string(c.on_change) +
                    (c.refresh_always ? " refresh=always" : "") + " expr=" + opt(c.expr) +
                    " default=" + opt(c.default_value);
    lines.push_back(s);
  }
  for (const auto& r : m.references)
    lines.push_back("reference " + r.column + " dimension=" + r.dimension + " key=" + r.key +
                    " on_missing=" + to_string(r.on_missing) + " as_of=" + opt(r.as_of));
  for (const auto& ms : m.measures)
    lines.push_back("measure " + ms.name + " type=" + ms.type + " default=" +
                    opt(ms.default_value) + (ms.refresh_always ? " refresh=always" : ""));
  for (const auto& t : m.tests) lines.push_back("test " + test_text(t));
  std::sort(lines.begin(), lines.end());
  return join(lines, "\n");
}

ModelChange classify_change(const std::string& built, const std::string& now) {
  ModelChange c;
  auto a = items(built), b = items(now);
  auto breaking = [&](const std::string& why) {
    c.level = ChangeLevel::breaking;
    c.reasons.push_back(why);
  };
  auto additive = [&](const std::string& why) {
    if (c.level == ChangeLevel::none) c.level = ChangeLevel::additive;
    c.reasons.push_back(why);
  };
  for (const auto& [item, old] : a) {
    auto it = b.find(item);
    auto sp = item.find(' ');
    std::string head = item.substr(0, sp),
                name = sp == std::string::npos ? "" : item.substr(sp + 1);
    if (it == b.end()) {
      if (head == "test")
        additive("test removed: " + name);
      else if (sp != std::string::npos)
        breaking(head + " " + name + " removed");
      else
        breaking(item + " removed");
    } else if (it->second != old) {
      if (head == "column" || head == "measure") {
        std::string t0 = field(old, "type"), t1 = field(it->second, "type");
        if (t0 != t1)
          breaking(head + " " + name + " retyped (" + t0 + " -> " + t1 + ")");
        else
          breaking(head + " " + name + " changed (was: " + old + "; now: " + it->second + ")");
      } else if (head == "reference") {
        breaking("reference " + name + " changed (was: " + old + "; now: " + it->second + ")");
      } else if (head == "incremental") {
        incremental_change(old, it->second, breaking, additive);
      } else if (head == "sql") {
        breaking("sql changed");  // its text is recorded as a hash
      } else {
        breaking(item + " changed (" + old + " -> " + it->second + ")");
      }
    }
  }
  for (const auto& [item, now_v] : b) {
    if (a.count(item)) continue;
    auto sp = item.find(' ');
    std::string head = item.substr(0, sp),
                name = sp == std::string::npos ? "" : item.substr(sp + 1);
    if (head == "test") {
      additive("new test: " + name);
      c.new_tests = true;
    } else if (head == "measure") {
      additive("new measure " + name);
      c.new_columns.push_back(name);
    } else if (head == "column") {
      // a keep column is written once, when a row is inserted: existing rows cannot get theirs
      if (field(now_v, "on_change") == "keep") {
        breaking("new column " + name + " is on_change: keep (existing rows would never get it)");
      } else {
        additive("new column " + name);
        c.new_columns.push_back(name);
      }
    } else {
      breaking(item + " added");
    }
  }
  if (c.level == ChangeLevel::breaking) c.new_columns.clear();
  return c;
}

std::string ModelChange::describe() const {
  return std::string(to_string(level)) + (reasons.empty() ? "" : ": " + join(reasons, "; "));
}

std::string model_shape_text(const Model& m, const Project& p) {
  std::string s;
  for (const auto& c : stored_columns(m, p))
    s += c.name + " " + c.type + (c.not_null ? " not null" : "") + "\n";
  s += "unique " + join(unique_columns(m), ",");
  return s;
}

std::string model_fingerprint(const Model& m, const Project& p) {
  return sha256_hex(std::string(to_string(m.kind)) + "\n" + m.raw_sql + "\n" +
                    model_shape_text(m, p));
}

ModelChange classify_model(const Model& m, const Project& p, const std::string& fingerprint,
                           const std::optional<std::string>& definition) {
  if (definition) return classify_change(*definition, model_definition(m, p));
  if (fingerprint == model_fingerprint(m, p)) return {};
  return {ChangeLevel::breaking,
          {"changed since it was built (by a starling that recorded no definition to compare "
           "with)"},
          {}};
}

void add_lacking_columns(ModelChange& c, const std::vector<std::string>& columns) {
  if (c.level == ChangeLevel::breaking) return;
  for (const auto& col : columns) {
    c.level = ChangeLevel::additive;
    c.reasons.push_back("new column " + col + " (a table made by an earlier starling lacks it)");
    c.new_columns.push_back(col);
  }
}

const char* to_string(ChangeLevel l) {
  switch (l) {
    case ChangeLevel::none:
      return "unchanged";
    case ChangeLevel::additive:
      return "additive";
    case ChangeLevel::breaking:
      return "breaking";
  }
  return "?";
}

}  // namespace starling

namespace starling {

std::string HistoryCarry::describe() const {
  std::vector<std::string> parts{versions ? "every version with its surrogate key and interval"
                                          : "every member's surrogate key"};
  if (!keep.empty()) parts.push_back("the keep values of " + join(keep, ", "));
  parts.push_back("the members whose source rows are gone");
  return join(parts, ", ");
}

HistoryCarry history_carry(const Model& m, const Project& p,
                           const std::optional<std::string>& built) {
  HistoryCarry h;
  h.surrogate_key = surrogate_key_of(m);
  h.versions = m.history == History::versions;
  auto keep_column = [&](const ColumnSpec& c) {
    if (c.on_change == OnChange::keep) h.keep.push_back(c.name);
  };
  if (!built) {
    // built by a starling before meta schema version 3: the live table's columns by name
    for (const auto& c : m.columns) {
      if (std::find(m.key.begin(), m.key.end(), c.name) != m.key.end()) continue;
      h.columns.push_back(c.name);
      keep_column(c);
    }
    return h;
  }
  auto was = items(*built), now = items(model_definition(m, p));
  auto value = [](const std::map<std::string, std::string>& in, const std::string& item) {
    auto it = in.find(item);
    return it == in.end() ? std::optional<std::string>() : it->second;
  };
  if (auto sk = value(was, "surrogate_key"))
    h.surrogate_key = *sk;
  else
    h.surrogate_key = default_surrogate_key(m.name);
  if (value(was, "history") && value(was, "history") != value(now, "history")) {
    h.possible = false;
    h.lost.push_back("history changed (" + *value(was, "history") + " -> " +
                     value(now, "history").value_or("none") +
                     "): the table's rows mean something else now");
  }
  if (m.history == History::versions && value(was, "valid_from") != value(now, "valid_from"))
    h.lost.push_back("valid_from changed (" + value(was, "valid_from").value_or("none") + " -> " +
                     value(now, "valid_from").value_or("none") +
                     "): the versions would start where the sources say now");
  if (value(was, "key") != value(now, "key")) {
    h.possible = false;
    h.lost.push_back("the natural key changed (" + value(was, "key").value_or("none") + " -> " +
                     value(now, "key").value_or("none") + ")");
  }
  // what follows "expr=": the expression and the default, which may hold spaces
  auto expression = [](const std::string& v) {
    auto at = v.find(" expr=");
    return at == std::string::npos ? std::string() : v.substr(at);
  };
  for (const auto& k : m.key) {
    auto a = value(was, "column " + k), b = value(now, "column " + k);
    if (!a || !b || a == b) continue;
    // (only its on_change changed: the key's values are the same)
    if (field(*a, "type") != field(*b, "type")) {
      h.possible = false;
      h.lost.push_back("key column " + k + " was retyped (" + field(*a, "type") + " -> " +
                       field(*b, "type") + ")");
    } else if (expression(*a) != expression(*b)) {
      h.possible = false;
      h.lost.push_back("key column " + k + " changed its expression");
    }
  }
  for (const auto& c : m.columns) {
    if (std::find(m.key.begin(), m.key.end(), c.name) != m.key.end()) continue;
    auto a = value(was, "column " + c.name), b = value(now, "column " + c.name);
    if (!a || !b) continue;  // a new column: read from the sources
    const bool retyped = field(*a, "type") != field(*b, "type");
    const bool was_keep = field(*a, "on_change") == "keep";
    if (was_keep && c.on_change != OnChange::keep) {
      h.lost.push_back("keep column " + c.name + " is " + to_string(c.on_change) +
                       " now: its first values would be replaced by the sources' values now");
      continue;
    }
    const bool was_version = field(*a, "on_change") == "version";
    if (was_version != (c.on_change == OnChange::version) ||
        (was_version && (retyped || expression(*a) != expression(*b)))) {
      h.lost.push_back("version column " + c.name +
                       (was_version && c.on_change == OnChange::version
                            ? " changed its definition"
                            : std::string(" is ") + to_string(c.on_change) + " now" +
                                  (was_version ? "" : " (it was " + field(*a, "on_change") + ")")) +
                       ": the versions before the rebuild would not match the sources");
      continue;
    }
    if (c.on_change == OnChange::keep && was_keep &&
        (retyped || expression(*a) != expression(*b))) {
      h.lost.push_back(
          "keep column " + c.name +
          (retyped ? " was retyped (" + field(*a, "type") + " -> " + field(*b, "type") + ")"
                   : " changed its expression") +
          ": its values would be read from the sources as they are now");
      continue;
    }
    // an attribute retyped: its values are read again (a member whose source row is gone has none)
    if (retyped) continue;
    h.columns.push_back(c.name);
    keep_column(c);
  }
  // a keep column removed: its values go with it
  for (const auto& [item, v] : was) {
    if (item.rfind("column ", 0) != 0 || field(v, "on_change") != "keep") continue;
    const std::string name = item.substr(7);
    if (!now.count(item)) h.lost.push_back("keep column " + name + " is removed: its values go");
  }
  if (!h.possible) {
    h.columns.clear();
    h.keep.clear();
  }
  return h;
}

}  // namespace starling
