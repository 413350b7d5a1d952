#include "project/check.hpp"

#include <date/tz.h>

#include <algorithm>
#include <regex>
#include <set>

#include "project/graph.hpp"
#include "project/shape.hpp"
#include "util/strings.hpp"

namespace starling {

namespace {

// A column type as written: lower-case words, optional (n) or (n,m), optional " with time zone" or
// " without time zone", optional []; or a schema-qualified name of a type of one's own.
struct TypeName {
  std::string base;  // the words, single-spaced
  std::vector<long long> args;
  bool has_args = false;
  bool zone = false;  // with or without time zone
  bool array = false;
  bool qualified = false;  // schema.type
};

std::optional<TypeName> parse_type(const std::string& t) {
  TypeName out;
  size_t i = 0;
  auto word = [&] {
    if (i >= t.size() || !(std::islower(static_cast<unsigned char>(t[i])) || t[i] == '_'))
      return false;
    size_t b = i;
    while (i < t.size() && (std::islower(static_cast<unsigned char>(t[i])) ||
                            std::isdigit(static_cast<unsigned char>(t[i])) || t[i] == '_'))
      ++i;
    if (!out.base.empty()) out.base += ' ';
    out.base += t.substr(b, i - b);
    return true;
  };
  auto number = [&] {
    size_t start = i;
    while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i])) && i - start < 9) ++i;
    if (i == start || (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i]))))
      return false;
    out.args.push_back(std::stoll(t.substr(start, i - start)));
    return true;
  };
  auto literal = [&](std::string_view w) {
    if (t.compare(i, w.size(), w) != 0) return false;
    i += w.size();
    return true;
  };
  if (!word()) return std::nullopt;
  if (i < t.size() && t[i] == '.') {  // schema.type
    ++i;
    std::string schema = std::move(out.base);
    out.base.clear();
    if (!word()) return std::nullopt;
    out.base = schema + "." + out.base;
    out.qualified = true;
  } else {
    for (int words = 1; words < 4 && i + 1 < t.size() && t[i] == ' ' &&
                        std::islower(static_cast<unsigned char>(t[i + 1])) &&
                        t.compare(i, 6, " with ") != 0 && t.compare(i, 9, " without ") != 0;
         ++words) {
      ++i;
      word();
    }
  }
  if (i < t.size() && t[i] == '(') {
    ++i;
    out.has_args = true;
    if (!number()) return std::nullopt;
    if (i < t.size() && t[i] == ',') {
      ++i;
      if (i < t.size() && t[i] == ' ') ++i;
      if (!number()) return std::nullopt;
    }
    if (!literal(")")) return std::nullopt;
  }
  out.zone = literal(" with time zone") || literal(" without time zone");
  out.array = literal("[]");
  if (i != t.size()) return std::nullopt;
  return out;
}

// How many (arguments) a PostgreSQL type takes, and their range.
struct TypeRule {
  const char* name;
  int max_args;           // 0, 1 or 2
  long long lo, hi;       // the range of the first argument
  const char* arguments;  // as shown in a hint
};

const TypeRule k_postgres_types[] = {
    {"smallint", 0, 0, 0, ""},
    {"int2", 0, 0, 0, ""},
    {"integer", 0, 0, 0, ""},
    {"int", 0, 0, 0, ""},
    {"int4", 0, 0, 0, ""},
    {"bigint", 0, 0, 0, ""},
    {"int8", 0, 0, 0, ""},
    {"real", 0, 0, 0, ""},
    {"float4", 0, 0, 0, ""},
    {"double precision", 0, 0, 0, ""},
    {"float8", 0, 0, 0, ""},
    {"float", 1, 1, 53, "float(p) with p from 1 to 53"},
    {"numeric", 2, 1, 1000, "numeric(p) or numeric(p,s) with p from 1 to 1000 and s from 0 to p"},
    {"decimal", 2, 1, 1000, "decimal(p) or decimal(p,s) with p from 1 to 1000 and s from 0 to p"},
    {"money", 0, 0, 0, ""},
    {"boolean", 0, 0, 0, ""},
    {"bool", 0, 0, 0, ""},
    {"text", 0, 0, 0, ""},
    {"varchar", 1, 1, 10485760, "varchar(n) with n from 1 to 10485760"},
    {"character varying", 1, 1, 10485760, "character varying(n) with n from 1 to 10485760"},
    {"char", 1, 1, 10485760, "char(n) with n from 1 to 10485760"},
    {"character", 1, 1, 10485760, "character(n) with n from 1 to 10485760"},
    {"bpchar", 1, 1, 10485760, "bpchar(n) with n from 1 to 10485760"},
    {"date", 0, 0, 0, ""},
    {"timestamp", 1, 0, 6, "timestamp(p) with p from 0 to 6"},
    {"timestamptz", 1, 0, 6, "timestamptz(p) with p from 0 to 6"},
    {"time", 1, 0, 6, "time(p) with p from 0 to 6"},
    {"timetz", 1, 0, 6, "timetz(p) with p from 0 to 6"},
    {"interval", 1, 0, 6, "interval(p) with p from 0 to 6"},
    {"bytea", 0, 0, 0, ""},
    {"bit", 1, 1, 83886080, "bit(n) with n from 1 to 83886080"},
    {"bit varying", 1, 1, 83886080, "bit varying(n) with n from 1 to 83886080"},
    {"varbit", 1, 1, 83886080, "varbit(n) with n from 1 to 83886080"},
    {"json", 0, 0, 0, ""},
    {"jsonb", 0, 0, 0, ""},
    {"uuid", 0, 0, 0, ""},
    {"xml", 0, 0, 0, ""},
    {"inet", 0, 0, 0, ""},
    {"cidr", 0, 0, 0, ""},
    {"macaddr", 0, 0, 0, ""},
    {"macaddr8", 0, 0, 0, ""},
    {"point", 0, 0, 0, ""},
    {"line", 0, 0, 0, ""},
    {"lseg", 0, 0, 0, ""},
    {"box", 0, 0, 0, ""},
    {"path", 0, 0, 0, ""},
    {"polygon", 0, 0, 0, ""},
    {"circle", 0, 0, 0, ""},
    {"tsvector", 0, 0, 0, ""},
    {"tsquery", 0, 0, 0, ""},
    {"int4range", 0, 0, 0, ""},
    {"int8range", 0, 0, 0, ""},
    {"numrange", 0, 0, 0, ""},
    {"tsrange", 0, 0, 0, ""},
    {"tstzrange", 0, 0, 0, ""},
    {"daterange", 0, 0, 0, ""},
    {"oid", 0, 0, 0, ""},
    {"pg_lsn", 0, 0, 0, ""},
};

// Types only Redshift has: a table starling builds must also build on PostgreSQL.
const char* const k_redshift_only_types[] = {"super",     "varbyte",  "varbinary", "binary varying",
                                             "hllsketch", "nvarchar", "nchar",     "geography"};

const char* const k_type_examples =
    "e.g. text, bigint, date, numeric(12,2), timestamp with time zone";

}  // namespace

std::optional<TypeProblem> type_problem(const std::string& t) {
  auto parsed = parse_type(t);
  if (!parsed) return TypeProblem{false, k_type_examples};
  if (parsed->qualified) return std::nullopt;  // a type of one's own: the database checks it
  const TypeRule* rule = nullptr;
  for (const auto& r : k_postgres_types)
    if (parsed->base == r.name) rule = &r;
  if (!rule) {
    for (const char* r : k_redshift_only_types)
      if (parsed->base == r)
        return TypeProblem{true, "'" + parsed->base +
                                     "' is Redshift's alone; use a type both databases have (text, "
                                     "varchar(n), numeric(p,s), integer, bigint, boolean, date, "
                                     "timestamp, …)"};
    std::vector<std::string> names;
    for (const auto& r : k_postgres_types) names.emplace_back(r.name);
    std::string hint = did_you_mean(parsed->base, names);
    if (hint.empty())
      hint = std::string(k_type_examples) + ", or a type of your own as schema.name";
    return TypeProblem{true, hint};
  }
  const auto& a = parsed->args;
  if (parsed->has_args) {
    if (rule->max_args == 0)
      return TypeProblem{false, std::string(rule->name) + " takes no (arguments)"};
    if (static_cast<int>(a.size()) > rule->max_args || a[0] < rule->lo || a[0] > rule->hi ||
        (a.size() == 2 && a[1] > a[0]))
      return TypeProblem{false, std::string("write ") + rule->arguments};
  }
  std::string base = parsed->base;
  if (parsed->zone && base != "timestamp" && base != "time")
    return TypeProblem{false,
                       "'with time zone' and 'without time zone' go with timestamp and time"};
  return std::nullopt;
}

bool is_valid_type(const std::string& t) {
  return !type_problem(t);
}

bool is_calendar_date(const std::string& s) {
  // YYYY-MM-DD, a day that exists
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  int year = std::stoi(s.substr(0, 4));
  int month = (s[5] - '0') * 10 + (s[6] - '0');
  int day = (s[8] - '0') * 10 + (s[9] - '0');
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  static const int k_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= k_days[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::string value_problem(const std::string& type, const std::string& value) {
  auto parsed = parse_type(type);
  if (!parsed || parsed->array || parsed->qualified) return "";
  const std::string& b = parsed->base;
  static const std::regex whole(R"(^[+-]?[0-9]+$)");
  static const std::regex number(R"(^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$)");
  static const std::regex time_of_day(R"(^[ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?)"
                                      R"(( ?(Z|[+-][0-9]{2}(:?[0-9]{2})?))?$)");
  auto in_range = [&](long double lo, long double hi) {
    // (the length first: a regex's repetition recurses once per character)
    if (value.size() > 21 || !std::regex_match(value, whole)) return false;
    long double v = std::stold(value);
    return v >= lo && v <= hi;
  };
  if (b == "smallint" || b == "int2")
    return in_range(-32768, 32767) ? "" : "write a whole number from -32768 to 32767";
  if (b == "integer" || b == "int" || b == "int4")
    return in_range(-2147483648.0L, 2147483647.0L)
               ? ""
               : "write a whole number from -2147483648 to 2147483647";
  if (b == "bigint" || b == "int8")
    return in_range(-9223372036854775808.0L, 9223372036854775807.0L)
               ? ""
               : "write a whole number from -9223372036854775808 to 9223372036854775807";
  if (b == "numeric" || b == "decimal" || b == "real" || b == "float4" || b == "float8" ||
      b == "double precision" || b == "float" || b == "money")
    return value.size() <= 200 && std::regex_match(value, number) ? ""
                                                                  : "write a number, e.g. 0 or 1.5";
  if (b == "boolean" || b == "bool") {
    static const std::set<std::string> spellings = {"true", "false", "t",   "f", "yes",
                                                    "no",   "on",    "off", "1", "0"};
    return spellings.count(to_lower(value)) ? "" : "write true or false";
  }
  if (b == "date") return is_calendar_date(value) ? "" : "write the date as YYYY-MM-DD";
  if (b == "timestamp" || b == "timestamptz") {
    bool ok = value.size() >= 10 && is_calendar_date(value.substr(0, 10)) &&
              (value.size() == 10 ||
               (value.size() <= 40 && std::regex_match(value.substr(10), time_of_day)));
    return ok ? "" : "write the time as YYYY-MM-DD HH:MM:SS";
  }
  return "";
}

namespace {

void check_type(Diagnostics& d, const SourceLoc& loc, const std::string& type,
                const std::string& what) {
  if (auto p = type_problem(type))
    d.add(loc, std::string(p->unknown ? "unknown" : "invalid") + " type '" + type + "' for " + what,
          p->hint);
}

void check_ident(Diagnostics& d, const SourceLoc& loc, const std::string& what,
                 const std::string& name) {
  if (!is_valid_identifier(name))
    d.add(loc, "invalid " + what + " '" + name + "'",
          "use lower-case letters, digits and '_', starting with a letter or '_', at most 63 "
          "bytes");
}

std::vector<std::string> model_names(const Project& p) {
  std::vector<std::string> v;
  for (const auto& m : p.models) v.push_back(m.name);
  return v;
}

void check_source_ref(const Project& p, Diagnostics& d, const SourceLoc& loc,
                      const std::string& source, const std::string& table) {
  const Source* s = p.config.source(source);
  if (!s) {
    std::vector<std::string> names;
    for (const auto& x : p.config.sources) names.push_back(x.name);
    std::string hint = did_you_mean(source, names);
    d.add(loc, "unknown source '" + source + "'",
          hint.empty() ? "declare it under 'sources:' in config.yaml" : hint);
    return;
  }
  if (!s->table(table)) {
    std::vector<std::string> names;
    for (const auto& x : s->tables) names.push_back(x.name);
    std::string hint = did_you_mean(table, names);
    d.add(loc, "unknown table '" + table + "' in source '" + source + "'",
          hint.empty() ? "declare it under sources." + source + ".tables in config.yaml" : hint);
  }
}

// `grain:` of late_data and refresh_on entries, and `lookback: none`.
void check_grain_tracking(const Project& p, const Model& m, Diagnostics& d) {
  const Incremental& inc = *m.incremental;
  std::set<std::string> read;  // source.table the SQL reads
  for (const auto& part : m.sql.parts)
    if (auto s = std::get_if<SourceRef>(&part.value)) read.insert(s->source + "." + s->table);
  if (m.from) read.insert(m.from->source + "." + m.from->table);
  auto tracked = [&](const std::string& st) {
    auto parts = split(st, '.');
    const Source* s = parts.size() == 2 ? p.config.source(parts[0]) : nullptr;
    const SourceTable* t = s ? s->table(parts[1]) : nullptr;
    return t && (t->loaded_at || s->loaded_at);
  };
  // every entry of one kind maps the same grain columns: the keys found are one filter
  std::optional<std::set<std::string>> late_cols, refresh_cols;
  auto check_entry = [&](const SourceLoc& loc, const std::string& what, const std::string& source,
                         const std::vector<GrainKey>& keys,
                         std::optional<std::set<std::string>>& same) {
    if (keys.empty()) return;
    if (!read.count(source))
      d.add(loc, what + " source '" + source + "' is not read by the model's SQL",
            "a grain is only known for a source the model reads");
    else if (!tracked(source))
      d.add(loc, what + " source '" + source + "' has no loaded_at",
            "declare loaded_at for it in config.yaml: changed rows are found by it");
    std::set<std::string> cols;
    for (const auto& k : keys) {
      cols.insert(k.grain);
      check_ident(d, loc, what + " grain column", k.column);
      if (std::find(m.grain.begin(), m.grain.end(), k.grain) == m.grain.end()) {
        d.add(loc, "'" + k.grain + "' in " + what + " grain is not a grain column",
              "map the model's grain columns (" + join(m.grain, ", ") + ") to the source's");
        continue;
      }
      if (inc.time && k.grain == *inc.time)
        d.add(loc, "'" + k.grain + "' in " + what + " grain is the period's time column",
              "the period comes from the entry's time; map the other grain columns");
      for (const auto& r : m.references)
        if (r.key == k.grain && r.on_missing == OnMissing::unknown)
          d.add(loc,
                "'" + k.grain + "' in " + what + " grain resolves through reference '" + r.column +
                    "' with on_missing: unknown",
                "use on_missing: infer or fail, so that every key keeps its own surrogate key");
    }
    if (same && *same != cols)
      d.add(loc, "every " + what + " grain must map the same grain columns",
            "map " + join(std::vector<std::string>(same->begin(), same->end()), ", "));
    if (!same) same = cols;
  };
  for (const auto& ld : inc.late_data)
    check_entry(ld.loc, "late_data", ld.source, ld.grain, late_cols);
  for (const auto& me : m.measures) {
    if (!me.refresh_on.empty() && !me.refresh_always)
      d.add(me.refresh_on.front().loc, "refresh_on applies to measures with refresh: always",
            "add 'refresh: always' to measure '" + me.name + "'");
    for (const auto& r : me.refresh_on) {
      auto parts = split(r.source, '.');
      if (parts.size() != 2) {
        d.add(r.loc, "invalid refresh_on source '" + r.source + "'", "write source.table");
        continue;
      }
      check_source_ref(p, d, r.loc, parts[0], parts[1]);
      check_entry(r.loc, "refresh_on", r.source, r.grain, refresh_cols);
    }
  }
  if (inc.lookback != k_lookback_none) return;
  if (inc.strategy != Strategy::period) {
    d.add(inc.loc, "lookback: none applies to strategy: period");
    return;
  }
  // nothing else: every change in every input is found (src/run/changes.hpp), so no period
  // needs rebuilding whole once built
}

// Whether the clocks of `zone` (an IANA name) move during the year somewhere in 1970..2100, so
// that an hour of local time can occur twice. False for an unknown zone (reported elsewhere).
bool zone_shifts(const std::string& zone) {
  const date::time_zone* tz = nullptr;
  try {
    tz = date::locate_zone(zone);
  } catch (const std::exception&) {
    return false;
  }
  for (int y = 1970; y <= 2100; ++y) {
    auto jan = tz->get_info(date::sys_days{date::year{y} / 1 / 1});
    auto jul = tz->get_info(date::sys_days{date::year{y} / 7 / 1});
    if (jan.offset != jul.offset || jan.save.count() || jul.save.count()) return true;
  }
  return false;
}

// An hourly period cut by a local `timestamp`: where the clocks go back, two hours share one
// local time, and one period would hold both (DST fall-back, issue 17).
void check_hourly_time(const Project& p, const Model& m, Diagnostics& d) {
  const auto& inc = *m.incremental;
  if (inc.period != Period::hour || !inc.time || !zone_shifts(p.config.timezone)) return;
  const ColumnSpec* c = m.column(*inc.time);
  // undeclared, it is stored as a timestamp (default_time_type)
  std::string t = c ? to_lower(trim(c->type)) : "timestamp";
  if (t != "timestamp" && t != "timestamp without time zone") return;
  d.add(c ? c->loc : inc.loc,
        "time column '" + *inc.time + "' is " +
            (c ? "a timestamp without time zone"
               : "stored as a timestamp without time zone (it is not declared under 'columns')") +
            ", and in " + p.config.timezone +
            " the clocks go back once a year: two hours share one local time, so hourly periods "
            "cannot tell them apart",
        c ? "declare it timestamptz (timestamp with time zone), or use period: day"
          : "declare it under 'columns' as timestamptz (timestamp with time zone), or use "
            "period: day");
}

void check_config(const Project& p, Diagnostics& d) {
  const Config& c = p.config;
  if (!c.project.empty()) check_ident(d, c.at("project"), "project name", c.project);
  try {
    date::locate_zone(c.timezone);
  } catch (const std::exception&) {
    d.add(c.at("timezone"), "unknown time zone '" + c.timezone + "'",
          "use an IANA name such as UTC or Europe/Paris");
  }
  if (!c.default_target.empty() && !c.target(c.default_target)) {
    std::vector<std::string> names;
    for (const auto& t : c.targets) names.push_back(t.name);
    std::string hint = did_you_mean(c.default_target, names);
    d.add(c.at("target"), "default target '" + c.default_target + "' is not under 'targets:'",
          hint.empty() ? "targets: " + join(names, ", ") : hint);
  }
  for (const auto& t : c.targets) {
    check_ident(d, t.loc, "schema", t.schema);
    check_ident(d, t.loc, "meta_schema", t.meta_schema);
    if (t.schema == t.meta_schema)
      d.add(t.loc, "target '" + t.name + "' uses schema '" + t.schema + "' for models and meta",
            "give meta_schema its own name");
  }
  for (const auto& s : c.sources) {
    check_ident(d, s.loc, "source name", s.name);
    check_ident(d, s.loc, "schema", s.schema);
    if (s.loaded_at) check_ident(d, s.loc, "loaded_at column", *s.loaded_at);
    for (const auto& t : s.tables) {
      check_ident(d, t.loc, "table name", t.name);
      if (t.loaded_at) check_ident(d, t.loc, "loaded_at column", *t.loaded_at);
      if (t.load) {
        for (const auto& lc : t.load->columns) {
          check_ident(d, lc.loc, "column name", lc.name);
          check_type(d, lc.loc, lc.type, "load column '" + lc.name + "'");
        }
      }
    }
  }
}

// Names of the columns a model's SQL must produce or the table stores, for key/grain checks.
std::set<std::string> declared_names(const Model& m) {
  std::set<std::string> s;
  for (const auto& c : m.columns) s.insert(c.name);
  for (const auto& r : m.references) s.insert(r.key);
  for (const auto& me : m.measures) s.insert(me.name);
  return s;
}

void check_template(const Project& p, const Model& m, Diagnostics& d) {
  bool period =
      m.kind == ModelKind::fact && m.incremental && m.incremental->strategy == Strategy::period;
  for (const auto& part : m.sql.parts) {
    if (auto s = std::get_if<SourceRef>(&part.value)) {
      check_source_ref(p, d, part.loc, s->source, s->table);
    } else if (auto r = std::get_if<ModelRef>(&part.value)) {
      if (!p.model(r->model)) {
        std::string hint = did_you_mean(r->model, model_names(p));
        d.add(part.loc, "unknown model '" + r->model + "' in ref()",
              hint.empty() ? "add models/" + r->model + ".yaml or fix the name" : hint);
      } else if (r->model == m.name) {
        d.add(part.loc, "model '" + m.name + "' reads itself", "a model cannot ref() itself");
      }
    } else if (auto w = std::get_if<WindowVar>(&part.value)) {
      if ((*w == WindowVar::start || *w == WindowVar::end) && !period) {
        d.add(part.loc,
              std::string("'{{ ") + (*w == WindowVar::start ? "start" : "end") +
                  " }}' is only defined for facts with strategy: period",
              "use '{{ since }}' to read changed rows");
      }
      if (*w == WindowVar::since && period) {
        d.add(part.loc, "'{{ since }}' is not defined for facts with strategy: period",
              "filter the period with '{{ start }}' and '{{ end }}'");
      }
    }
  }
  if (period && !m.sql.empty() && (!m.sql.uses(WindowVar::start) || !m.sql.uses(WindowVar::end))) {
    d.add(m.sql.loc,
          "the SQL of period fact '" + m.name + "' does not use {{ start }} and {{ end }}",
          "filter rows with '>= {{ start }}' and '< {{ end }}' so each period is built alone");
  }
}

void check_columns(const Model& m, Diagnostics& d) {
  std::set<std::string> seen;
  for (const auto& c : m.columns) {
    check_ident(d, c.loc, "column name", c.name);
    if (!c.type.empty()) check_type(d, c.loc, c.type, "column '" + c.name + "'");
    if (c.on_change == OnChange::version && m.history != History::versions)
      d.add(c.loc, "on_change: version needs history: versions",
            "set 'history: versions' or use on_change: overwrite");
    seen.insert(c.name);
  }
}

// history: versions (SPEC §3.1): the columns it adds are its own, a change opens a version, and
// when it took effect is known.
void check_versions(const Project& p, const Model& m, Diagnostics& d) {
  if (m.history != History::versions) {
    if (m.valid_from)
      d.add(m.at("valid_from"), "valid_from is for history: versions",
            "set 'history: versions' or remove valid_from");
    if (m.key_locs.count("overwrite_in"))
      d.add(m.at("overwrite_in"), "overwrite_in is for history: versions",
            "set 'history: versions' or remove overwrite_in");
    return;
  }
  for (const char* own : {k_valid_from, k_valid_to, k_is_current})
    if (const ColumnSpec* c = m.column(own))
      d.add(c->loc, std::string("'") + own + "' is a column starling adds to a versions dimension",
            "rename this column");
  bool versioned = false;
  for (const auto& c : m.columns) {
    versioned = versioned || c.on_change == OnChange::version;
    if (c.refresh_always)
      d.add(c.loc, "refresh: always is not supported on a versions dimension yet",
            "compute the column in the dimension's SQL");
  }
  if (!versioned)
    d.add(m.at("history"), "history: versions, but no column is on_change: version",
          "mark the columns whose change opens a version with 'on_change: version'");
  if (!m.valid_from) {
    const Source* src = m.from ? p.config.source(m.from->source) : nullptr;
    const SourceTable* st = src ? src->table(m.from->table) : nullptr;
    if (!m.from)
      d.add(m.at("history"), "a versions dimension with 'sql:' needs valid_from",
            "set 'valid_from:' to an expression over the SQL's rows saying when a change took "
            "effect (e.g. updated_at)");
    else if (st && !st->loaded_at && !src->loaded_at)
      d.add(m.at("history"),
            "valid_from defaults to the loaded_at of " + m.from->source + "." + m.from->table +
                ", which has none",
            "set 'valid_from:' (e.g. updated_at) or give the source a loaded_at");
  }
}

void check_dimension(const Project& p, const Model& m, Diagnostics& d) {
  if (m.from) check_source_ref(p, d, m.at("from"), m.from->source, m.from->table);
  if (m.columns.empty())
    d.add(m.at("kind"), "dimension '" + m.name + "' declares no columns",
          "add 'columns:' with the natural key and the attributes");
  std::vector<std::string> cols;
  for (const auto& c : m.columns) cols.push_back(c.name);
  for (const auto& k : m.key) {
    if (!m.column(k)) {
      std::string hint = did_you_mean(k, cols);
      d.add(m.at("key"), "key column '" + k + "' is not declared under 'columns'",
            hint.empty() ? "add '" + k + ": {type: ...}' to columns" : hint);
    }
  }
  std::string sk = surrogate_key_of(m);
  check_ident(d, m.at("surrogate_key"), "surrogate key", sk);
  if (m.column(sk))
    d.add(m.column(sk)->loc, "column '" + sk + "' has the name of the surrogate key",
          "rename the column or set another 'surrogate_key'");
  if (m.column("is_inferred"))
    d.add(m.column("is_inferred")->loc, "'is_inferred' is a column starling adds itself",
          "rename this column");
  for (const auto& [k, v] : m.unknown_member) {
    if (!m.column(k)) {
      std::string hint = did_you_mean(k, cols);
      d.add(m.at("unknown_member"), "unknown_member sets '" + k + "', which is not a column",
            hint.empty() ? "columns: " + join(cols, ", ") : hint);
    }
  }
  check_versions(p, m, d);
}

// A reference resolves one key column: a dimension whose natural key has more is refused.
void refuse_composite_key(const Reference& r, const Model& dim, Diagnostics& d) {
  d.add(r.loc,
        "reference '" + r.column + "' points to dimension '" + r.dimension +
            "', whose natural key has " + std::to_string(dim.key.size()) + " columns (" +
            join(dim.key, ", ") + "): a reference resolves one key column",
        "give " + r.dimension +
            " a one-column natural key (e.g. an expression joining the columns), or store the "
            "key's columns in the fact as `columns`");
}

bool is_time_type(std::string t) {
  std::transform(t.begin(), t.end(), t.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  return t == "date" || starts_with(t, "timestamp");
}

// A reference to a versions dimension picks a version by the fact's `as_of` column, a time the
// fact stores (its facts are re-pointed by it when a backdated change splits a version).

void check_as_of(const Model& m, const Reference& r, const Model* dim, Diagnostics& d) {
  const bool versions = dim && has_versions(*dim);
  if (r.as_of && dim && !versions) {
    d.add(r.loc, "as_of is for dimensions with history: versions; " + dim->name + " has none",
          "remove as_of, or give " + dim->name + " history: versions");
  } else if (versions && !r.as_of) {
    d.add(r.loc,
          "reference '" + r.column + "' points to versions dimension '" + dim->name +
              "' without as_of",
          "add 'as_of: COLUMN', the fact's column saying when (e.g. its time), to pick the "
          "version valid then");
  } else if (r.as_of) {
    const bool stored = m.column(*r.as_of) || (m.incremental && m.incremental->time == r.as_of &&
                                               m.incremental->strategy == Strategy::period);
    const ColumnSpec* c = m.column(*r.as_of);
    if (!stored) {
      d.add(r.loc, "as_of '" + *r.as_of + "' is not a column of fact '" + m.name + "'",
            "declare it under 'columns' (the fact stores it: versions are picked by it)");
    } else if (c && !c->type.empty() && !is_time_type(c->type)) {
      d.add(c->loc,
            "as_of '" + *r.as_of + "' of reference '" + r.column + "' is " + c->type +
                ", not a time: versions are picked by a date, timestamp or timestamptz",
            "name the fact's time column in as_of, or declare this one with a time type");
    }
  }
}

// The column a reference keeps its unresolved keys in (keeps_unresolved) is starling's: a
// declared column of that name is refused.
void check_unresolved_names(const Project& p, const Model& m, const std::set<std::string>& stored,
                            Diagnostics& d) {
  for (const auto& r : m.references) {
    const std::string col = unresolved_column(r);
    if (!keeps_unresolved(r, p) || !stored.count(col)) continue;
    const ColumnSpec* c = m.column(col);
    d.add(c ? c->loc : r.loc,
          "'" + col + "' is the column starling adds to keep the keys of " + r.column +
              " not found in " + r.dimension,
          "rename this column");
  }
}

void check_fact(const Project& p, const Model& m, Diagnostics& d) {
  if (m.from) check_source_ref(p, d, m.at("from"), m.from->source, m.from->table);
  std::set<std::string> stored;
  auto store = [&](const std::string& n, const SourceLoc& loc) {
    if (!stored.insert(n).second)
      d.add(loc, "column '" + n + "' is declared twice in fact '" + m.name + "'",
            "references, columns and measures share one table: rename one");
  };
  for (const auto& r : m.references) {
    check_ident(d, r.loc, "reference column", r.column);
    store(r.column, r.loc);
    const Model* dim = p.model(r.dimension);
    if (!dim) {
      std::string hint = did_you_mean(r.dimension, model_names(p));
      d.add(r.loc, "reference '" + r.column + "' names unknown dimension '" + r.dimension + "'",
            hint.empty() ? "add models/" + r.dimension + ".yaml or fix the name" : hint);
    } else if (dim->kind == ModelKind::fact) {
      d.add(r.loc, "reference '" + r.column + "' points to fact '" + r.dimension + "'",
            "references point to dimensions");
    } else if (dim->kind == ModelKind::dimension && dim->key.size() > 1) {
      refuse_composite_key(r, *dim, d);
    } else if (dim->kind == ModelKind::date_dimension && r.on_missing == OnMissing::infer) {
      d.add(r.loc, "on_missing: infer is not possible for a date dimension",
            "use on_missing: unknown or fail, and extend the date dimension's end");
    }
    if (!r.key.empty()) check_ident(d, r.loc, "reference key", r.key);
    check_as_of(m, r, dim, d);
  }
  for (const auto& c : m.columns) store(c.name, c.loc);
  for (const auto& me : m.measures) {
    check_ident(d, me.loc, "measure name", me.name);
    if (!me.type.empty()) check_type(d, me.loc, me.type, "measure '" + me.name + "'");
    store(me.name, me.loc);
  }
  check_unresolved_names(p, m, stored, d);
  std::set<std::string> names = declared_names(m);
  std::vector<std::string> name_list(names.begin(), names.end());
  if (m.grain.empty() && m.key_locs.count("grain") && m.incremental &&
      m.incremental->strategy != Strategy::full)
    d.add(m.at("grain"), "fact '" + m.name + "' has an empty grain",
          "list the columns that make a row");
  for (const auto& g : m.grain) {
    if (!names.count(g)) {
      std::string hint = did_you_mean(g, name_list);
      d.add(m.at("grain"), "grain column '" + g + "' is not declared",
            hint.empty() ? "declare it under 'columns' or as a reference's key" : hint);
    } else if (std::any_of(m.measures.begin(), m.measures.end(),
                           [&](const Measure& me) { return me.name == g; })) {
      d.add(m.at("grain"), "grain column '" + g + "' is a measure",
            "the grain names dimensions of a row");
    }
  }
  if (m.incremental) {
    const auto& inc = *m.incremental;
    if (inc.time && !names.count(*inc.time)) {
      std::string hint = did_you_mean(*inc.time, name_list);
      d.add(inc.loc, "time column '" + *inc.time + "' is not declared",
            hint.empty() ? "declare it under 'columns' or as a reference's key" : hint);
    }
    check_hourly_time(p, m, d);
    for (const auto& ld : inc.late_data) {
      auto parts = split(ld.source, '.');
      if (parts.size() != 2) {
        d.add(ld.loc, "invalid late_data source '" + ld.source + "'", "write source.table");
      } else {
        check_source_ref(p, d, ld.loc, parts[0], parts[1]);
      }
      if (!ld.time.empty()) check_ident(d, ld.loc, "late_data time column", ld.time);
    }
    check_grain_tracking(p, m, d);
    if (inc.strategy != Strategy::key && inc.deletes == Deletes::scan)
      d.add(inc.loc, "deletes: scan applies to strategy: key",
            "period facts drop deleted rows when their period is rebuilt");
  }
  if (m.densify) {
    const Model* dim = p.model(m.densify->dimension);
    if (!dim || dim->kind != ModelKind::dimension) {
      d.add(m.densify->loc,
            "densify names '" + m.densify->dimension + "', which is not a dimension",
            "densify over one of the fact's dimensions");
    } else if (!dim->column(m.densify->from)) {
      d.add(m.densify->loc,
            "densify column '" + m.densify->from + "' is not a column of " + dim->name);
    }
    // over a versions dimension: a row per member and period, at the version the period's start
    // falls in, which the reference's as_of picks (so as_of is the period's time)
    if (dim && has_versions(*dim) && m.incremental && m.incremental->time)
      for (const auto& r : m.references)
        if (r.dimension == dim->name && r.as_of && *r.as_of != *m.incremental->time)
          d.add(m.densify->loc,
                "densify over versions dimension " + dim->name + " needs reference '" + r.column +
                    "' to pick its version by the period: as_of '" + *r.as_of + "' is not '" +
                    *m.incremental->time + "'",
                "write as_of: " + *m.incremental->time);
    if (!m.incremental || m.incremental->strategy != Strategy::period)
      d.add(m.densify->loc, "densify needs strategy: period", "densify fills every period");
    bool refs_dim = std::any_of(m.references.begin(), m.references.end(), [&](const Reference& r) {
      return r.dimension == m.densify->dimension;
    });
    if (dim && !refs_dim)
      d.add(m.densify->loc, "densify dimension '" + dim->name + "' is not among the references",
            "add a reference to it");
  }
}

void check_tests(const Project& p, const Model& m, Diagnostics& d) {
  std::vector<std::string> cols;
  for (const auto& c : stored_columns(m, p))
    if (std::find(cols.begin(), cols.end(), c.name) == cols.end()) cols.push_back(c.name);
  auto has_col = [&](const std::string& c) {
    return std::find(cols.begin(), cols.end(), c) != cols.end();
  };
  for (const auto& t : m.tests) {
    if (t.column && t.kind != TestKind::expression) {
      for (const auto& c : split(*t.column, ',')) {
        if (!has_col(c)) {
          std::string hint = did_you_mean(c, cols);
          d.add(t.loc, "test names column '" + c + "', which " + m.name + " does not store",
                hint.empty() ? "columns: " + join(cols, ", ") : hint);
        }
      }
    }
    if (t.kind == TestKind::relationships && t.to) {
      const Model* other = p.model(*t.to);
      if (!other) {
        d.add(t.loc, "relationships test names unknown model '" + *t.to + "'",
              did_you_mean(*t.to, model_names(p)));
      } else if (t.field) {
        bool found = false;
        for (const auto& c : stored_columns(*other, p)) found = found || c.name == *t.field;
        if (!found)
          d.add(t.loc, "relationships test names column '" + *t.field + "', which " + *t.to +
                           " does not store");
      }
    }
  }
}

// A model's `redshift:` block names stored columns. (Whether a target's database has each stored
// column's type is asked of its dialect: check_target_types, sql/dialect.hpp.)
void check_redshift(const Project& p, const Model& m, Diagnostics& d) {
  auto cols = stored_columns(m, p);
  auto stored = [&](const std::string& n) {
    return std::any_of(cols.begin(), cols.end(),
                       [&](const StoredColumn& c) { return c.name == n; });
  };
  std::vector<std::string> names;
  for (const auto& c : cols) names.push_back(c.name);
  if (m.redshift) {
    const RedshiftOptions& r = *m.redshift;
    auto unknown = [&](const std::string& what, const std::string& col) {
      std::string hint = did_you_mean(col, names);
      d.add(r.loc, "redshift " + what + " '" + col + "' is not a column of the table",
            hint.empty() ? "the table stores: " + join(names, ", ") : hint);
    };
    if (r.distkey && !stored(*r.distkey)) unknown("distkey", *r.distkey);
    for (const auto& s : r.sortkey)
      if (!stored(s)) unknown("sortkey", s);
    if (r.diststyle && *r.diststyle == "key" && !r.distkey)
      d.add(r.loc, "redshift diststyle: key needs a distkey", "add 'distkey: <column>'");
    if (r.distkey && r.diststyle && *r.diststyle != "key")
      d.add(r.loc, "redshift distkey goes with diststyle: key, not " + *r.diststyle,
            "write 'diststyle: key' or drop the distkey");
  }
}

}  // namespace

CheckedGraph check_project(const Project& p, Diagnostics& d) {
  check_config(p, d);
  for (const auto& m : p.models) {
    check_ident(d, m.at("name"), "model name", m.name);
    check_columns(m, d);
    check_template(p, m, d);
    if (m.kind == ModelKind::dimension) check_dimension(p, m, d);
    if (m.kind == ModelKind::fact) check_fact(p, m, d);
    if (m.kind == ModelKind::date_dimension && m.date_spec) {
      const auto& ds = *m.date_spec;
      if (ds.start.size() == 10 && ds.end.size() == 10 && ds.end < ds.start)
        d.add(m.at("end"),
              "date dimension ends (" + ds.end + ") before it starts (" + ds.start + ")");
    }
    check_tests(p, m, d);
    check_redshift(p, m, d);
  }
  CheckedGraph g;
  g.lineage = lineage_of(p);
  g.order = build_order(p, g.lineage, d);
  return g;
}

}  // namespace starling
