#include "loader/loader.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

#include "loader/yaml_tree.hpp"
#include "project/check.hpp"
#include "project/template.hpp"
#include "util/strings.hpp"

namespace fs = std::filesystem;

namespace starling {

std::function<std::optional<std::string>(const std::string&)> LoadOptions::getenv_lookup_fn() {
  return [](const std::string& n) { return getenv_lookup(n); };
}

namespace {

// The text of one YAML file and how to turn positions into SourceLocs.
struct YamlFile {
  FileName path;  // as shown in messages
  std::string text;
  std::vector<size_t> line_starts;  // offset of each line in text

  static YamlFile of(const std::string& path, std::string text) {
    YamlFile f{FileName(path), std::move(text), {0}};
    for (size_t i = 0; i < f.text.size(); ++i)
      if (f.text[i] == '\n') f.line_starts.push_back(i + 1);
    return f;
  }
  // Line `i` (0-based) without its newline; empty past the end.
  std::string_view line(size_t i) const {
    if (i >= line_starts.size()) return {};
    size_t b = line_starts[i];
    size_t e = i + 1 < line_starts.size() ? line_starts[i + 1] - 1 : text.size();
    return std::string_view(text).substr(b, e - b);
  }

  SourceLoc at(const yaml::Mark& m) const {
    if (m.line < 0) return SourceLoc{path, 0, 0};
    return SourceLoc{path, m.line + 1, m.column + 1};
  }
  SourceLoc at(const yaml::Node& n) const { return at(n.GetMark()); }
};

const char* kind_name(const yaml::Node& n) {
  switch (n.Type()) {
    case yaml::NodeType::Map:
      return "a map";
    case yaml::NodeType::Sequence:
      return "a list";
    case yaml::NodeType::Scalar:
      return "a scalar";
    case yaml::NodeType::Null:
      return "empty";
    default:
      return "undefined";
  }
}

// Reads one YAML map: checks its keys against those allowed and reads typed
// values, adding a diagnostic for anything missing or mistyped.
class MapReader {
 public:
  MapReader(
      const YamlFile& f, const yaml::Node& node, Diagnostics& d, std::string what,
      std::vector<std::string> allowed,
      const std::function<std::string(const std::string&, const SourceLoc&)>& expand = nullptr,
      const std::map<std::string, std::string>& misplaced = {})
      : f_(f), node_(node), d_(d), what_(std::move(what)), expand_(expand) {
    if (!node.IsMap()) {
      if (!node.IsNull()) d_.add(f_.at(node), what_ + " must be a map, found " + kind_name(node));
      ok_ = false;
      return;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
      const std::string& k = it->first.Scalar();
      SourceLoc kl = f_.at(it->first);
      keys_[k] = it->first.GetMark();  // a duplicate is reported by the YAML tree
      if (std::find(allowed.begin(), allowed.end(), k) == allowed.end()) {
        auto mis = misplaced.find(k);
        if (mis != misplaced.end()) {
          d_.add(kl, "key '" + k + "' does not apply to " + what_, mis->second);
        } else {
          d_.add(kl, "unknown key '" + k + "' in " + what_, unknown_hint(k, allowed));
        }
      }
    }
  }

  bool ok() const { return ok_; }
  bool has(const std::string& k) const { return ok_ && node_[k] && !node_[k].IsNull(); }
  yaml::Node get(const std::string& k) const { return ok_ ? node_[k] : yaml::Node(); }
  SourceLoc loc(const std::string& k) const {
    auto it = keys_.find(k);
    return it == keys_.end() ? f_.at(node_) : f_.at(it->second);
  }
  SourceLoc value_loc(const std::string& k) const { return has(k) ? f_.at(node_[k]) : loc(k); }

  std::optional<std::string> str(const std::string& k, bool required = false) const {
    if (!has(k)) {
      if (required) missing(k);
      return std::nullopt;
    }
    auto n = node_[k];
    if (!n.IsScalar()) {
      d_.add(f_.at(n), "'" + k + "' must be a string, found " + kind_name(n));
      return std::nullopt;
    }
    std::string v = n.Scalar();
    return expand_ ? expand_(v, f_.at(n)) : v;
  }

  std::optional<long long> integer(const std::string& k, long long lo, long long hi) const {
    if (!has(k)) return std::nullopt;
    auto n = node_[k];
    std::string s = n.IsScalar() ? n.Scalar() : "";
    static const std::regex int_re(R"(^-?[0-9]{1,15}$)");
    if (!std::regex_match(s, int_re)) {
      d_.add(f_.at(n), "'" + k + "' must be a whole number, found '" + s + "'");
      return std::nullopt;
    }
    long long v = std::stoll(s);
    if (v < lo || v > hi) {
      d_.add(f_.at(n), "'" + k + "' must be between " + std::to_string(lo) + " and " +
                           std::to_string(hi) + ", found " + s);
      return std::nullopt;
    }
    return v;
  }

  std::optional<bool> boolean(const std::string& k) const {
    if (!has(k)) return std::nullopt;
    auto s = str(k);
    if (!s) return std::nullopt;
    if (*s == "true" || *s == "yes") return true;
    if (*s == "false" || *s == "no") return false;
    d_.add(value_loc(k), "'" + k + "' must be true or false, found '" + *s + "'");
    return std::nullopt;
  }

  // Index of the value among `choices`, with a diagnostic when it is none of them.
  std::optional<size_t> choice(const std::string& k, const std::vector<std::string>& choices,
                               bool required = false) const {
    auto s = str(k, required);
    if (!s) return std::nullopt;
    for (size_t i = 0; i < choices.size(); ++i)
      if (choices[i] == *s) return i;
    std::string hint = did_you_mean(*s, choices);
    if (hint.empty()) hint = "expected " + join(choices, " | ");
    d_.add(value_loc(k), "invalid value '" + *s + "' for '" + k + "'", hint);
    return std::nullopt;
  }

  std::optional<std::chrono::seconds> duration(const std::string& k) const {
    auto s = str(k);
    if (!s) return std::nullopt;
    auto d = parse_duration(*s);
    if (!d) {
      d_.add(value_loc(k), "invalid duration '" + *s + "' for '" + k + "'",
             "write a number and a unit: 30s, 30m, 2h, 1d, 1w or 1h30m");
    }
    return d;
  }

  // A string or a list of strings.
  std::vector<std::string> str_list(const std::string& k, bool required = false) const {
    std::vector<std::string> out;
    if (!has(k)) {
      if (required) missing(k);
      return out;
    }
    auto n = node_[k];
    if (n.IsScalar()) {
      out.push_back(n.Scalar());
    } else if (n.IsSequence()) {
      for (const auto& e : n) {
        if (e.IsScalar()) {
          out.push_back(e.Scalar());
        } else {
          d_.add(f_.at(e), "'" + k + "' entries must be strings, found " + kind_name(e));
        }
      }
    } else {
      d_.add(f_.at(n), "'" + k + "' must be a string or a list of strings, found " + kind_name(n));
    }
    return out;
  }

  std::map<std::string, SourceLoc> key_locations() const {
    std::map<std::string, SourceLoc> out;
    for (const auto& [k, m] : keys_) out[k] = f_.at(m);
    return out;
  }

  void missing(const std::string& k) const {
    d_.add(f_.at(node_), what_ + " has no '" + k + "'", "add '" + k + ": ...'");
  }

 private:
  static std::string unknown_hint(const std::string& k, const std::vector<std::string>& allowed) {
    std::string h = did_you_mean(k, allowed);
    return h.empty() ? "allowed keys: " + join(allowed, ", ") : h;
  }

  const YamlFile& f_;
  yaml::Node node_;
  Diagnostics& d_;
  std::string what_;
  std::function<std::string(const std::string&, const SourceLoc&)> expand_;
  std::map<std::string, yaml::Mark> keys_;
  bool ok_ = true;
};

// Parses a whole YAML document: what stops the parser becomes one diagnostic, the document's
// other problems one each.
std::optional<yaml::Document> parse_yaml(const YamlFile& f, Diagnostics& d) {
  try {
    yaml::Document doc = yaml::Load(f.text);
    for (const auto& p : doc.problems()) {
      std::string msg = p.message;
      if (p.other.line >= 0) msg += ", first at " + f.at(p.other).str();
      d.add(f.at(p.mark), msg, p.hint);
    }
    return doc;
  } catch (const yaml::ParserException& e) {
    if (e.syntax)
      d.add(f.at(e.mark), "YAML syntax error: " + e.msg,
            e.hint.empty() ? "fix the YAML at this position" : e.hint);
    else
      d.add(f.at(e.mark), e.msg, e.hint);
  }
  return std::nullopt;
}

YamlFile read_file(const fs::path& p, const std::string& shown) {
  std::ifstream in(p, std::ios::binary | std::ios::ate);
  std::string text(static_cast<size_t>(std::max<std::streamoff>(0, in.tellg())), '\0');
  in.seekg(0);
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  return YamlFile::of(shown, std::move(text));
}

// Locates offsets inside a scalar's value within the file text.
std::function<SourceLoc(size_t)> scalar_locator(const YamlFile& f, const yaml::Node& n) {
  const yaml::Mark m = n.GetMark();
  bool block = false;
  bool quoted = false;
  int indent = 0;  // a block scalar's indentation: that of its first non-empty line
  if (m.line >= 0) {
    std::string_view l = f.line(static_cast<size_t>(m.line));
    if (static_cast<size_t>(m.column) < l.size()) {
      char c = l[static_cast<size_t>(m.column)];
      block = c == '|' || c == '>';
      quoted = c == '"' || c == '\'';
    }
    for (size_t i = static_cast<size_t>(m.line) + 1; block && i < f.line_starts.size(); ++i) {
      std::string_view s = f.line(i);
      size_t first = s.find_first_not_of(' ');
      if (first == std::string_view::npos) continue;
      indent = static_cast<int>(first);
      break;
    }
  }
  std::vector<size_t> starts{0};  // where each line of the value starts
  const std::string& value = n.Scalar();
  for (size_t i = 0; i < value.size(); ++i)
    if (value[i] == '\n') starts.push_back(i + 1);
  return [&f, starts = std::move(starts), m, block, quoted, indent](size_t offset) {
    auto it = std::upper_bound(starts.begin(), starts.end(), offset) - 1;
    int line = static_cast<int>(it - starts.begin());
    int col_in = static_cast<int>(offset - *it);
    if (block) return SourceLoc{f.path, m.line + 1 + line + 1, indent + col_in + 1};
    if (line == 0) return SourceLoc{f.path, m.line + 1, m.column + (quoted ? 1 : 0) + col_in + 1};
    return SourceLoc{f.path, m.line + line + 1, 0};
  };
}

// How to write a date, for `v`, which is not one.
std::string date_hint(const std::string& v) {
  static const std::regex form(R"(^[0-9]{4}-[0-9]{2}-[0-9]{2}$)");
  return std::regex_match(v, form) ? "there is no such day; write an existing date as YYYY-MM-DD"
                                   : "write the date as YYYY-MM-DD";
}

std::optional<Freshness> read_freshness(const YamlFile& f, const yaml::Node& n, Diagnostics& d) {
  MapReader r(f, n, d, "freshness", {"warn_after", "error_after"});
  if (!r.ok()) return std::nullopt;
  Freshness fr;
  fr.loc = f.at(n);
  fr.warn_after = r.duration("warn_after");
  fr.error_after = r.duration("error_after");
  if (fr.warn_after && fr.error_after && *fr.warn_after > *fr.error_after)
    d.add(r.value_loc("warn_after"), "warn_after is longer than error_after",
          "warn_after must be at most error_after");
  return fr;
}

std::optional<LoadSpec> read_load(const YamlFile& f, const yaml::Node& n, Diagnostics& d) {
  MapReader r(f, n, d, "load", {"format", "columns", "dedupe_on", "replace_window"});
  if (!r.ok()) return std::nullopt;
  LoadSpec l;
  l.loc = f.at(n);
  if (auto c = r.choice("format", {"csv", "jsonl"}, true)) l.format = *c == 0 ? "csv" : "jsonl";
  if (r.has("columns")) {
    auto cols = r.get("columns");
    if (!cols.IsMap()) {
      d.add(f.at(cols), "'columns' must be a map of column: {path, type}");
    } else {
      for (auto it = cols.begin(); it != cols.end(); ++it) {
        LoadColumn c;
        c.name = it->first.Scalar();
        c.loc = f.at(it->first);
        c.path = c.name;
        c.type = "text";
        if (it->second.IsScalar()) {
          c.path = it->second.Scalar();
        } else {
          MapReader cr(f, it->second, d, "load column '" + c.name + "'", {"path", "type"});
          if (auto p = cr.str("path")) c.path = *p;
          if (auto t = cr.str("type")) c.type = *t;
        }
        l.columns.push_back(c);
      }
    }
  }
  l.dedupe_on = r.str_list("dedupe_on");
  l.replace_window = r.str("replace_window");
  return l;
}

// Expands ${VAR} in a config value, adding a diagnostic for each variable that is not set.
using Expand = std::function<std::string(const std::string&, const SourceLoc&)>;

void read_targets(const YamlFile& f, const yaml::Node& targets, Diagnostics& d,
                  const Expand& expand, Config& c) {
  if (!targets.IsMap()) {
    d.add(f.at(targets), "'targets' must be a map of name: {dialect, dsn, ...}");
    return;
  }
  for (auto it = targets.begin(); it != targets.end(); ++it) {
    Target t;
    t.name = it->first.Scalar();
    t.loc = f.at(it->first);
    MapReader tr(f, it->second, d, "target '" + t.name + "'",
                 {"dialect", "dsn", "schema", "meta_schema", "statement_timeout", "run_lock_lease"},
                 expand);
    if (auto di = tr.choice("dialect", {"postgres", "redshift"}))
      t.dialect = *di == 0 ? DialectName::postgres : DialectName::redshift;
    if (auto dsn = tr.str("dsn", true)) t.dsn = *dsn;
    if (auto s = tr.str("schema")) t.schema = *s;
    if (auto s = tr.str("meta_schema")) t.meta_schema = *s;
    t.statement_timeout = tr.duration("statement_timeout");
    // a statement outside a transaction renews no lease: by default it outlasts the longest one
    if (t.statement_timeout && *t.statement_timeout + std::chrono::minutes(1) > t.run_lock_lease)
      t.run_lock_lease = *t.statement_timeout + std::chrono::minutes(1);
    if (auto lease = tr.duration("run_lock_lease")) {
      if (lease->count() > 0)
        t.run_lock_lease = *lease;
      else
        d.add(tr.value_loc("run_lock_lease"), "run_lock_lease must be longer than 0",
              "write how long a command may go without a transaction, e.g. 10m");
    }
    c.targets.push_back(std::move(t));
  }
}

void read_source_tables(const YamlFile& f, const yaml::Node& tables, Diagnostics& d,
                        const Expand& expand, Source& s) {
  if (!tables.IsMap()) {
    d.add(f.at(tables), "'tables' must be a map of table: {...}");
    return;
  }
  for (auto tt = tables.begin(); tt != tables.end(); ++tt) {
    SourceTable t;
    t.name = tt->first.Scalar();
    t.loc = f.at(tt->first);
    MapReader tr(f, tt->second, d, "table '" + s.name + "." + t.name + "'",
                 {"loaded_at", "freshness", "filter", "load", "description"}, expand);
    t.loaded_at = tr.str("loaded_at");
    if (tr.has("freshness")) t.freshness = read_freshness(f, tr.get("freshness"), d);
    t.filter = tr.str("filter");
    if (tr.has("load")) t.load = read_load(f, tr.get("load"), d);
    s.tables.push_back(std::move(t));
  }
}

void read_sources(const YamlFile& f, const yaml::Node& sources, Diagnostics& d,
                  const Expand& expand, Config& c) {
  if (!sources.IsMap()) {
    d.add(f.at(sources), "'sources' must be a map of name: {schema, tables}");
    return;
  }
  for (auto it = sources.begin(); it != sources.end(); ++it) {
    Source s;
    s.name = it->first.Scalar();
    s.loc = f.at(it->first);
    MapReader sr(f, it->second, d, "source '" + s.name + "'",
                 {"schema", "loaded_at", "freshness", "tables", "description"}, expand);
    if (auto v = sr.str("schema", true)) s.schema = *v;
    s.loaded_at = sr.str("loaded_at");
    if (sr.has("freshness")) s.freshness = read_freshness(f, sr.get("freshness"), d);
    if (sr.has("tables"))
      read_source_tables(f, sr.get("tables"), d, expand, s);
    else if (sr.ok())
      sr.missing("tables");
    c.sources.push_back(std::move(s));
  }
}

void read_run_config(const YamlFile& f, const MapReader& r, Diagnostics& d, const Expand& expand,
                     Config& c) {
  MapReader rr(f, r.get("run"), d, "run",
               {"on_stale_source", "freshness_retention", "watermark_overlap"}, expand);
  c.run.loc = r.loc("run");
  if (auto v = rr.choice("on_stale_source", {"skip", "warn", "fail"}))
    c.run.on_stale_source = static_cast<OnStaleSource>(*v);
  c.run.freshness_retention = rr.duration("freshness_retention");
  c.run.watermark_overlap = rr.duration("watermark_overlap");
}

}  // namespace

Config load_config_text(const std::string& text, const std::string& file, Diagnostics& d,
                        const LoadOptions& opts) {
  YamlFile f = YamlFile::of(file, text);
  Config c;
  c.loc = SourceLoc{file, 1, 1};
  auto parsed = parse_yaml(f, d);
  if (!parsed) return c;
  const yaml::Node root = parsed->root();
  Expand expand = [&](const std::string& s, const SourceLoc& at) {
    std::vector<std::string> missing;
    std::string v = expand_env(s, opts.env, &missing);
    for (const auto& m : missing)
      d.add(at, "environment variable " + m + " is not set",
            "set it, or give a default: ${" + m + ":-value}");
    return v;
  };
  MapReader r(f, root, d, "config.yaml",
              {"project", "timezone", "target", "targets", "sources", "run"}, expand);
  if (!r.ok()) {
    if (root.IsNull()) d.add(c.loc, "config.yaml is empty", "see docs/config.md");
    return c;
  }
  c.key_locs = r.key_locations();
  if (auto p = r.str("project", true)) c.project = *p;
  if (auto tz = r.str("timezone")) c.timezone = *tz;
  if (auto t = r.str("target")) c.default_target = *t;
  if (r.has("targets"))
    read_targets(f, r.get("targets"), d, expand, c);
  else
    r.missing("targets");
  if (c.default_target.empty() && c.targets.size() == 1) c.default_target = c.targets[0].name;
  if (r.has("sources")) read_sources(f, r.get("sources"), d, expand, c);
  if (r.has("run")) read_run_config(f, r, d, expand, c);
  return c;
}

namespace {

const std::vector<std::string> k_common_keys{"name", "kind",  "description",
                                             "tags", "tests", "redshift"};
const std::vector<std::string> k_dimension_keys{"sql",           "from",         "key",
                                                "surrogate_key", "history",      "valid_from",
                                                "columns",       "overwrite_in", "unknown_member"};
const std::vector<std::string> k_fact_keys{"sql",      "from",        "grain",   "references",
                                           "measures", "incremental", "densify", "columns"};
const std::vector<std::string> k_date_keys{"start", "end", "fiscal_year_start", "holidays"};

std::vector<std::string> concat(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

// The top-level keys a model of a kind may have, and a hint for keys of the other kinds.
struct KindKeys {
  std::vector<std::string> allowed;
  std::map<std::string, std::string> misplaced;
};

KindKeys make_kind_keys(const std::string& kind) {
  KindKeys k;
  k.allowed = k_common_keys;
  if (kind == "dimension") {
    k.allowed = concat(k.allowed, k_dimension_keys);
  } else if (kind == "fact") {
    k.allowed = concat(k.allowed, k_fact_keys);
  } else if (kind == "date_dimension") {
    k.allowed = concat(k.allowed, k_date_keys);
  } else {
    // kind missing or wrong: accept every known key so only the kind is reported
    k.allowed = concat(concat(concat(k.allowed, k_dimension_keys), k_fact_keys), k_date_keys);
  }
  for (const auto& [keys, name] :
       {std::pair{&k_fact_keys, "fact"}, std::pair{&k_dimension_keys, "dimension"},
        std::pair{&k_date_keys, "date_dimension"}})
    for (const auto& key : *keys)
      if (std::find(k.allowed.begin(), k.allowed.end(), key) == k.allowed.end())
        k.misplaced.emplace(key, "'" + key + "' is for kind: " + name);
  return k;
}

const KindKeys& keys_for_kind(const std::string& kind) {
  static const KindKeys dimension = make_kind_keys("dimension");
  static const KindKeys fact = make_kind_keys("fact");
  static const KindKeys date = make_kind_keys("date_dimension");
  static const KindKeys other = make_kind_keys("");
  if (kind == "dimension") return dimension;
  if (kind == "fact") return fact;
  if (kind == "date_dimension") return date;
  return other;
}

// `tags: [name, ...]`: a list of names (letters, digits, '_' and '-', starting with a letter).
void read_tags(const YamlFile& f, const MapReader& r, Model& m, Diagnostics& d) {
  if (!r.has("tags")) return;
  auto ts = r.get("tags");
  if (!ts.IsSequence()) {
    d.add(f.at(ts), std::string("'tags' must be a list of names, found ") + kind_name(ts),
          "write 'tags: [" + (ts.IsScalar() ? ts.Scalar() : "core") + "]'");
    return;
  }
  static const std::regex name(R"(^[A-Za-z][A-Za-z0-9_-]*$)");
  for (const auto& e : ts) {
    // (the length first: a regex's repetition recurses once per character)
    if (!e.IsScalar() || e.Scalar().size() > 200 || !std::regex_match(e.Scalar(), name)) {
      d.add(f.at(e),
            e.IsScalar() ? "invalid tag '" + e.Scalar() + "'"
                         : std::string("a tag must be a name, found ") + kind_name(e),
            "a tag is letters, digits, '_' and '-', starting with a letter");
      continue;
    }
    m.tags.push_back(e.Scalar());
  }
}

// A `default:` must be a value of the column's or measure's type.
void check_default(const MapReader& r, const std::string& type,
                   const std::optional<std::string>& value, Diagnostics& d) {
  if (type.empty() || !value || !is_valid_type(type)) return;
  std::string hint = value_problem(type, *value);
  if (!hint.empty())
    d.add(r.value_loc("default"), "default '" + *value + "' is not a value of type " + type, hint);
}

void read_columns(const YamlFile& f, const MapReader& r, Model& m, Diagnostics& d) {
  if (!r.has("columns")) return;
  auto cols = r.get("columns");
  if (!cols.IsMap()) {
    d.add(f.at(cols), "'columns' must be a map of column: {type, ...}");
    return;
  }
  for (auto it = cols.begin(); it != cols.end(); ++it) {
    ColumnSpec c;
    c.name = it->first.Scalar();
    c.loc = f.at(it->first);
    if (!it->second.IsMap()) {
      d.add(c.loc, "column '" + c.name + "' must be a map with at least a type",
            "write '" + c.name + ": {type: text}'");
      m.columns.push_back(std::move(c));
      continue;
    }
    MapReader cr(f, it->second, d, "column '" + c.name + "'",
                 {"type", "expr", "on_change", "refresh", "default", "description"});
    if (cr.ok()) {
      if (auto t = cr.str("type", true)) c.type = *t;
      c.expr = cr.str("expr");
      if (auto oc = cr.choice("on_change", {"overwrite", "keep", "version"}))
        c.on_change = static_cast<OnChange>(*oc);
      if (auto rf = cr.choice("refresh", {"always", "on_change"})) c.refresh_always = *rf == 0;
      c.default_value = cr.str("default");
      check_default(cr, c.type, c.default_value, d);
      if (auto ds = cr.str("description")) c.description = *ds;
    } else {
      d.add(c.loc, "column '" + c.name + "' needs a type", "write '" + c.name + ": {type: text}'");
    }
    m.columns.push_back(std::move(c));
  }
}

// `grain: {grain_column: source_column, ...}` of a late_data or refresh_on entry.
std::vector<GrainKey> read_grain_keys(const YamlFile& f, const MapReader& r, Diagnostics& d) {
  std::vector<GrainKey> out;
  if (!r.has("grain")) return out;
  auto g = r.get("grain");
  if (!g.IsMap() || g.size() == 0) {
    d.add(f.at(g), "'grain' must map grain columns to columns of the source table",
          "write 'grain: {user_id: user_id}'");
    return out;
  }
  for (auto it = g.begin(); it != g.end(); ++it) {
    if (!it->second.IsScalar()) {
      d.add(f.at(it->second),
            std::string("'grain' values must be column names, found ") + kind_name(it->second));
      continue;
    }
    out.push_back(GrainKey{it->first.Scalar(), it->second.Scalar()});
  }
  return out;
}

void read_references(const YamlFile& f, const yaml::Node& refs, Model& m, Diagnostics& d) {
  if (!refs.IsMap()) {
    d.add(f.at(refs), "'references' must be a map of surrogate_key_column: {dimension, key}");
    return;
  }
  for (auto it = refs.begin(); it != refs.end(); ++it) {
    Reference ref;
    ref.column = it->first.Scalar();
    ref.loc = f.at(it->first);
    if (!it->second.IsMap()) {
      d.add(ref.loc, "reference '" + ref.column + "' must be a map with a dimension and a key",
            "write '" + ref.column + ": {dimension: dim_x, key: x_id}'");
      continue;
    }
    MapReader rr(f, it->second, d, "reference '" + ref.column + "'",
                 {"dimension", "key", "on_missing", "as_of"});
    if (auto v = rr.str("dimension", true)) ref.dimension = *v;
    if (auto v = rr.str("key", true)) ref.key = *v;
    if (auto v = rr.choice("on_missing", {"infer", "unknown", "fail"}))
      ref.on_missing = static_cast<OnMissing>(*v);
    ref.as_of = rr.str("as_of");
    m.references.push_back(std::move(ref));
  }
}

void read_refresh_on(const YamlFile& f, const yaml::Node& ro, Measure& me, Diagnostics& d) {
  if (!ro.IsSequence()) {
    d.add(f.at(ro), "'refresh_on' must be a list of {source: s.table, grain: {column: column}}");
    return;
  }
  for (const auto& e : ro) {
    MapReader rr(f, e, d, "refresh_on entry", {"source", "grain"});
    RefreshOn r;
    r.loc = f.at(e);
    if (auto v = rr.str("source", rr.ok())) r.source = *v;
    if (rr.ok() && !rr.has("grain")) rr.missing("grain");
    r.grain = read_grain_keys(f, rr, d);
    me.refresh_on.push_back(std::move(r));
  }
}

void read_measures(const YamlFile& f, const yaml::Node& ms, Model& m, Diagnostics& d) {
  if (!ms.IsMap()) {
    d.add(f.at(ms), "'measures' must be a map of name: {type, default}");
    return;
  }
  for (auto it = ms.begin(); it != ms.end(); ++it) {
    Measure me;
    me.name = it->first.Scalar();
    me.loc = f.at(it->first);
    if (!it->second.IsMap()) {
      d.add(me.loc, "measure '" + me.name + "' must be a map with at least a type",
            "write '" + me.name + ": {type: integer}'");
      continue;
    }
    MapReader mr(f, it->second, d, "measure '" + me.name + "'",
                 {"type", "default", "refresh", "refresh_on", "description"});
    if (auto v = mr.str("type", true)) me.type = *v;
    me.default_value = mr.str("default");
    check_default(mr, me.type, me.default_value, d);
    if (auto rf = mr.choice("refresh", {"always", "on_change"})) me.refresh_always = *rf == 0;
    if (mr.has("refresh_on")) read_refresh_on(f, mr.get("refresh_on"), me, d);
    if (auto ds = mr.str("description")) me.description = *ds;
    m.measures.push_back(std::move(me));
  }
}

void read_late_data(const YamlFile& f, const yaml::Node& ld, Incremental& inc, Diagnostics& d) {
  if (!ld.IsSequence()) {
    d.add(f.at(ld), "'late_data' must be a list of {source: s.table, time: column}");
    return;
  }
  for (const auto& e : ld) {
    MapReader lr(f, e, d, "late_data entry", {"source", "time", "grain"});
    LateData l;
    l.loc = f.at(e);
    if (auto v = lr.str("source", lr.ok())) l.source = *v;
    if (auto v = lr.str("time", lr.ok())) l.time = *v;
    l.grain = read_grain_keys(f, lr, d);
    inc.late_data.push_back(std::move(l));
  }
}

Incremental read_incremental(const YamlFile& f, const MapReader& r, Diagnostics& d) {
  MapReader ir(
      f, r.get("incremental"), d, "incremental",
      {"strategy", "time", "period", "lookback", "start", "batch", "late_data", "deletes"});
  Incremental inc;
  inc.loc = r.loc("incremental");
  auto strategy = ir.choice("strategy", {"period", "key", "full"}, ir.ok());
  if (strategy) inc.strategy = static_cast<Strategy>(*strategy);
  inc.time = ir.str("time");
  if (auto p = ir.choice("period", {"hour", "day", "week", "month"}))
    inc.period = static_cast<Period>(*p);
  if (ir.has("lookback") && ir.get("lookback").IsScalar() &&
      ir.get("lookback").Scalar() == "none") {
    inc.lookback = k_lookback_none;
  } else if (auto v = ir.integer("lookback", 0, 100000)) {
    inc.lookback = static_cast<int>(*v);
  }
  if (auto v = ir.str("start")) {
    inc.start = *v;
    if (!is_calendar_date(*v))
      d.add(ir.value_loc("start"), "invalid date '" + *v + "' for 'start'", date_hint(*v));
  }
  if (auto v = ir.integer("batch", 1, 100000)) inc.batch = static_cast<int>(*v);
  if (auto v = ir.choice("deletes", {"none", "scan"})) inc.deletes = static_cast<Deletes>(*v);
  if (ir.has("late_data")) read_late_data(f, ir.get("late_data"), inc, d);
  if (strategy && inc.strategy == Strategy::period) {
    if (!inc.time) ir.missing("time");
    if (!inc.start) ir.missing("start");
  }
  return inc;
}

void read_fact(const YamlFile& f, const MapReader& r, Model& m, Diagnostics& d) {
  m.grain = r.str_list("grain", true);
  if (r.has("references")) read_references(f, r.get("references"), m, d);
  if (r.has("measures")) read_measures(f, r.get("measures"), m, d);
  if (!r.has("incremental"))
    d.add(r.loc("kind"), "fact '" + m.name + "' has no 'incremental' block",
          "add 'incremental: {strategy: period|key|full, ...}'");
  else
    m.incremental = read_incremental(f, r, d);
  if (r.has("densify")) {
    MapReader dr(f, r.get("densify"), d, "densify", {"dimension", "from"});
    Densify de;
    de.loc = r.loc("densify");
    if (auto v = dr.str("dimension", dr.ok())) de.dimension = *v;
    if (auto v = dr.str("from", dr.ok())) de.from = *v;
    m.densify = std::move(de);
  }
}

void read_tests(const YamlFile& f, const MapReader& r, Model& m, Diagnostics& d) {
  if (!r.has("tests")) return;
  auto ts = r.get("tests");
  if (!ts.IsSequence()) {
    d.add(f.at(ts), "'tests' must be a list, e.g. '- not_null: user_id'");
    return;
  }
  const std::vector<std::string> kinds{"not_null", "unique", "accepted_values", "relationships",
                                       "expression"};
  for (const auto& e : ts) {
    if (!e.IsMap() || e.size() != 1) {
      d.add(f.at(e), "a test must be one of " + join(kinds, ", ") + " with its arguments",
            "e.g. '- not_null: user_id'");
      continue;
    }
    auto it = e.begin();
    std::string k = it->first.Scalar();
    ModelTest t;
    t.loc = f.at(it->first);
    auto kind = std::find(kinds.begin(), kinds.end(), k);
    if (kind == kinds.end()) {
      std::string hint = did_you_mean(k, kinds);
      d.add(t.loc, "unknown test '" + k + "'",
            hint.empty() ? "expected " + join(kinds, ", ") : hint);
      continue;
    }
    t.kind = static_cast<TestKind>(kind - kinds.begin());
    const yaml::Node v = it->second;  // a copy: the iterator yields a temporary
    switch (t.kind) {
      case TestKind::not_null:
      case TestKind::unique:
        if (v.IsScalar()) {
          t.column = v.Scalar();
        } else if (v.IsSequence()) {
          std::vector<std::string> cols;
          for (const auto& c : v) cols.push_back(c.Scalar());
          t.column = join(cols, ",");
        } else {
          d.add(f.at(v), "'" + k + "' takes a column name");
        }
        break;
      case TestKind::expression:
        if (v.IsScalar()) {
          t.expression = v.Scalar();
        } else {
          d.add(f.at(v), "'expression' takes a boolean SQL expression");
        }
        break;
      case TestKind::accepted_values: {
        MapReader ar(f, v, d, "accepted_values", {"column", "values"});
        t.column = ar.str("column", ar.ok());
        t.values = ar.str_list("values", ar.ok());
        break;
      }
      case TestKind::relationships: {
        MapReader ar(f, v, d, "relationships", {"column", "to", "field"});
        t.column = ar.str("column", ar.ok());
        t.to = ar.str("to", ar.ok());
        t.field = ar.str("field", ar.ok());
        break;
      }
    }
    m.tests.push_back(std::move(t));
  }
}

// `sql:` or `from:` of a dimension or fact: exactly one of them.
void read_model_source(const YamlFile& f, const MapReader& r, Model& m, Diagnostics& d) {
  if (r.has("sql") && r.has("from")) {
    d.add(r.loc("from"), "model '" + m.name + "' has both 'sql' and 'from'", "keep one of them");
  } else if (!r.has("sql") && !r.has("from")) {
    d.add(m.loc, "model '" + m.name + "' has neither 'sql' nor 'from'",
          "add 'from: source.table' or 'sql: SELECT ...'");
  }
  if (auto s = r.str("sql")) {
    m.raw_sql = *s;
    m.sql = parse_template(*s, scalar_locator(f, r.get("sql")), d);
  }
  if (auto fr = r.str("from")) {
    auto parts = split(*fr, '.');
    if (parts.size() != 2 || parts[0].empty() || parts[1].empty()) {
      d.add(r.value_loc("from"), "invalid 'from: " + *fr + "'", "write 'from: source.table'");
    } else {
      m.from = SourceRef{parts[0], parts[1]};
    }
  }
}

void read_dimension(const YamlFile& f, const MapReader& r, Model& m, Diagnostics& d) {
  m.key = r.str_list("key", true);
  m.surrogate_key = r.str("surrogate_key");
  if (auto h = r.choice("history", {"overwrite", "versions"})) m.history = static_cast<History>(*h);
  m.valid_from = r.str("valid_from");
  if (auto o = r.choice("overwrite_in", {"every_version", "current_version"}))
    m.overwrite_in = static_cast<OverwriteIn>(*o);
  if (r.has("unknown_member")) {
    auto um = r.get("unknown_member");
    if (!um.IsMap()) {
      d.add(f.at(um), "'unknown_member' must be a map of column: value");
    } else {
      for (auto it = um.begin(); it != um.end(); ++it) {
        if (!it->second.IsScalar()) {
          d.add(f.at(it->second), "unknown_member values must be scalars");
          continue;
        }
        m.unknown_member[it->first.Scalar()] = it->second.Scalar();
      }
    }
  }
}

DateDimensionSpec read_date_spec(const YamlFile& f, const MapReader& r, Diagnostics& d) {
  DateDimensionSpec ds;
  if (auto v = r.str("start", true)) {
    ds.start = *v;
    if (!is_calendar_date(*v))
      d.add(r.value_loc("start"), "invalid date '" + *v + "' for 'start'", date_hint(*v));
  }
  if (auto v = r.str("end", true)) {
    ds.end = *v;
    // today, or today followed by a sign, digits and a unit (d, m, y); parsed by hand: a
    // regex's repetition recurses once per character, and a long value overflows the stack
    const std::string& e = *v;
    const size_t digits_end = e.size() > 0 ? e.size() - 1 : 0;
    const bool relative =
        e.size() > 7 && starts_with(e, "today") && (e[5] == '+' || e[5] == '-') &&
        std::string("dmy").find(e.back()) != std::string::npos &&
        std::all_of(e.begin() + 6, e.begin() + static_cast<std::ptrdiff_t>(digits_end),
                    [](unsigned char c) { return std::isdigit(c); });
    if (is_calendar_date(e) || e == "today") {
      // a date, or today
    } else if (!relative) {
      d.add(r.value_loc("end"), "invalid 'end: " + e + "'",
            "write YYYY-MM-DD or today+Nd / today+Nm / today+Ny");
    } else {
      // at most a hundred years from today, either way
      const std::string n = e.substr(6, digits_end - 6), unit(1, e.back());
      const long long k_max = unit == "d" ? 36525 : unit == "m" ? 1200 : 100;
      if (n.size() > 6 || std::stoll(n) > k_max)
        d.add(r.value_loc("end"), "'end: " + e + "' is out of range",
              "at most 100 years from today: today" + std::string(1, e[5]) + std::to_string(k_max) +
                  unit);
    }
  }
  if (auto v = r.integer("fiscal_year_start", 1, 12)) ds.fiscal_year_start = static_cast<int>(*v);
  if (r.has("holidays")) {
    auto hs = r.get("holidays");
    if (!hs.IsSequence()) {
      d.add(f.at(hs), "'holidays' must be a list of {date, name}");
    } else {
      for (const auto& e : hs) {
        MapReader hr(f, e, d, "holiday", {"date", "name"});
        Holiday h;
        h.loc = f.at(e);
        if (auto v = hr.str("date", hr.ok())) {
          h.date = *v;
          if (!is_calendar_date(*v))
            d.add(hr.value_loc("date"), "invalid holiday date '" + *v + "'", date_hint(*v));
        }
        if (auto v = hr.str("name")) h.name = *v;
        ds.holidays.push_back(std::move(h));
      }
    }
  }
  return ds;
}

RedshiftOptions read_redshift_options(const YamlFile& f, const MapReader& r, Diagnostics& d) {
  MapReader rr(f, r.get("redshift"), d, "redshift", {"diststyle", "distkey", "sortkey"});
  RedshiftOptions ro;
  ro.loc = r.loc("redshift");
  if (auto v = rr.choice("diststyle", {"auto", "even", "key", "all"})) {
    static const char* names[] = {"auto", "even", "key", "all"};
    ro.diststyle = names[*v];
  }
  ro.distkey = rr.str("distkey");
  ro.sortkey = rr.str_list("sortkey");
  return ro;
}

}  // namespace

std::optional<Model> load_model_text(const std::string& text, const std::string& file,
                                     Diagnostics& d) {
  YamlFile f = YamlFile::of(file, text);
  auto parsed = parse_yaml(f, d);
  if (!parsed) return std::nullopt;
  const yaml::Node root = parsed->root();
  const yaml::Node* doc = &root;
  Model m;
  m.loc = SourceLoc{file, 1, 1};
  if (!doc->IsMap()) {
    d.add(m.loc, "a model file must be a map with at least 'kind'", "see docs/models.md");
    return std::nullopt;
  }
  // the file's stem is the default name
  m.name = fs::path(file).stem().string();
  std::string kind_text =
      (*doc)["kind"] && (*doc)["kind"].IsScalar() ? (*doc)["kind"].Scalar() : "";
  const KindKeys& keys = keys_for_kind(kind_text);
  MapReader r(f, *doc, d, "model '" + m.name + "'", keys.allowed, nullptr, keys.misplaced);
  m.key_locs = r.key_locations();
  if (auto n = r.str("name")) m.name = *n;
  if (auto k = r.choice("kind", {"dimension", "date_dimension", "fact"}, true))
    m.kind = static_cast<ModelKind>(*k);
  else
    return std::nullopt;
  if (auto v = r.str("description")) m.description = *v;
  read_tags(f, r, m, d);

  if (m.kind != ModelKind::date_dimension) read_model_source(f, r, m, d);
  read_columns(f, r, m, d);
  read_tests(f, r, m, d);

  switch (m.kind) {
    case ModelKind::dimension:
      read_dimension(f, r, m, d);
      break;
    case ModelKind::fact:
      read_fact(f, r, m, d);
      break;
    case ModelKind::date_dimension:
      m.date_spec = read_date_spec(f, r, d);
      break;
  }

  if (r.has("redshift")) m.redshift = read_redshift_options(f, r, d);
  return m;
}

namespace {

// The model files under models/ (.yaml, .yml), sorted.
std::vector<fs::path> model_files_under(const fs::path& dir) {
  std::vector<fs::path> files;
  if (fs::is_directory(dir)) {
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
      if (!e.is_regular_file()) continue;
      auto ext = e.path().extension().string();
      if (ext == ".yaml" || ext == ".yml") files.push_back(e.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Parses the files on every core; each file's problems are kept apart and added in file order.
// The models go into `p` by name (Project::model's binary search needs it), a duplicate name
// refused.
void load_models(const std::vector<fs::path>& files,
                 const std::function<std::string(const fs::path&)>& rel, Project& p,
                 Diagnostics& d) {
  struct Parsed {
    std::optional<Model> model;
    Diagnostics diags;
  };
  std::vector<Parsed> parsed(files.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < files.size(); i = next++) {
      YamlFile f = read_file(files[i], rel(files[i]));
      parsed[i].model = load_model_text(f.text, f.path, parsed[i].diags);
    }
  };
  size_t threads =
      std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()), files.size() / 64 + 1);
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();

  // moving indices is cheaper than sorting the models themselves
  std::vector<size_t> by_name(parsed.size());
  for (size_t i = 0; i < by_name.size(); ++i) by_name[i] = i;
  auto name_of = [&](size_t i) -> const std::string& {
    static const std::string none;
    return parsed[i].model ? parsed[i].model->name : none;
  };
  std::stable_sort(by_name.begin(), by_name.end(),
                   [&](size_t a, size_t b) { return name_of(a) < name_of(b); });
  for (const auto& x : parsed)
    for (const auto& item : x.diags.items()) d.add(item.loc, item.message, item.hint);
  std::map<std::string, std::string> seen;
  p.models.reserve(parsed.size());
  for (size_t i : by_name) {
    auto& x = parsed[i];
    if (!x.model) continue;
    auto [it, fresh] = seen.emplace(x.model->name, x.model->loc.file.str());
    if (!fresh) {
      d.add(x.model->loc,
            "duplicate model name '" + x.model->name + "' (also defined in " + it->second + ")",
            "rename one of them");
      continue;
    }
    p.models.push_back(std::move(*x.model));
  }
}

// A migration file by its name: NNNN_name.sql or R__name.sql; nothing (with a diagnostic, or
// none for a README or a hidden file) for any other name.
std::optional<Migration> migration_named(const std::string& fn, const std::string& file,
                                         Diagnostics& d) {
  static const std::regex versioned(R"(^([0-9]+)_([A-Za-z0-9_]+)\.sql$)");
  static const std::regex repeatable(R"(^R__([A-Za-z0-9_]+)\.sql$)");
  std::smatch mm;
  Migration mig;
  mig.file = file;
  if (std::regex_match(fn, mm, versioned)) {
    mig.kind = Migration::Kind::versioned;
    if (mm[1].str().size() > 9) {
      d.add(SourceLoc{file, 0, 0}, "migration version " + mm[1].str() + " is too long",
            "use at most 9 digits");
      return std::nullopt;
    }
    mig.version = std::stoi(mm[1]);
    mig.name = mm[2];
  } else if (std::regex_match(fn, mm, repeatable)) {
    mig.kind = Migration::Kind::repeatable;
    mig.name = mm[1];
  } else {
    if (!ends_with(fn, ".md") && !starts_with(fn, "."))
      d.add(SourceLoc{file, 0, 0}, "unrecognised migration file name '" + fn + "'",
            "name it NNNN_name.sql (versioned) or R__name.sql (repeatable)");
    return std::nullopt;
  }
  return mig;
}

// The migrations in `dir`: versioned ones by version, then repeatable ones by name.
void load_migrations(const fs::path& dir, const std::function<std::string(const fs::path&)>& rel,
                     Project& p, Diagnostics& d) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::map<int, std::string> versions;
  for (const auto& mf : files) {
    auto mig = migration_named(mf.filename().string(), rel(mf), d);
    if (!mig) continue;
    std::ifstream in(mf, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    mig->sql = ss.str();
    mig->checksum = sha256_hex(mig->sql);
    if (mig->kind == Migration::Kind::versioned) {
      auto [it, fresh] = versions.emplace(mig->version, mig->file);
      if (!fresh) {
        d.add(
            SourceLoc{mig->file, 0, 0},
            "migration version " + std::to_string(mig->version) + " is also used by " + it->second,
            "give each versioned migration its own number");
        continue;
      }
    }
    p.migrations.push_back(std::move(*mig));
  }
  std::stable_sort(p.migrations.begin(), p.migrations.end(),
                   [](const Migration& a, const Migration& b) {
                     if (a.kind != b.kind) return a.kind == Migration::Kind::versioned;
                     if (a.kind == Migration::Kind::versioned) return a.version < b.version;
                     return a.name < b.name;
                   });
}

}  // namespace

Project load_project(const std::string& root, Diagnostics& d, const LoadOptions& opts) {
  Project p;
  p.root = root;
  fs::path rp(root);
  fs::path cfg = rp / "config.yaml";
  if (!fs::exists(cfg)) {
    d.add(SourceLoc{"config.yaml", 0, 0}, "no config.yaml in the project folder",
          "run starling in a project folder or pass --project DIR");
    return p;
  }
  // paths come from walking rp itself, so a lexical relative path is exact (and needs no syscalls)
  auto rel = [&](const fs::path& x) { return x.lexically_relative(rp).string(); };
  {
    YamlFile f = read_file(cfg, "config.yaml");
    p.config = load_config_text(f.text, "config.yaml", d, opts);
  }
  load_models(model_files_under(rp / "models"), rel, p, d);
  if (fs::is_directory(rp / "migrations")) load_migrations(rp / "migrations", rel, p, d);
  return p;
}

}  // namespace starling
