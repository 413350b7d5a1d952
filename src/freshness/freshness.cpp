#include "freshness/freshness.hpp"

#include <fmt/format.h>

#include <cmath>

#include "sql/identifier.hpp"
#include "sql/meta.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace starling {

std::vector<FreshnessTarget> freshness_targets(const Config& c) {
  std::vector<FreshnessTarget> out;
  for (const auto& s : c.sources)
    for (const auto& t : s.tables) {
      auto loaded_at = t.loaded_at ? t.loaded_at : s.loaded_at;
      if (!loaded_at) continue;
      FreshnessTarget f{s.name, t.name, s.schema, *loaded_at, {}, {}, t.filter};
      // a table's freshness replaces its source's as a whole
      const auto& fr = t.freshness ? t.freshness : s.freshness;
      if (fr) {
        f.warn_after = fr->warn_after;
        f.error_after = fr->error_after;
      }
      out.push_back(std::move(f));
    }
  return out;
}

std::string freshness_status(long long lag, std::optional<std::chrono::seconds> warn_after,
                             std::optional<std::chrono::seconds> error_after) {
  if (error_after && lag > error_after->count()) return "error";
  if (warn_after && lag > warn_after->count()) return "warn";
  return "ok";
}

int FreshnessReport::errors() const {
  int n = 0;
  for (const auto& c : checks) n += c.status == "error";
  return n;
}

int FreshnessReport::warnings() const {
  int n = 0;
  for (const auto& c : checks) n += c.status == "warn";
  return n;
}

std::set<std::string> FreshnessReport::erroring() const {
  std::set<std::string> out;
  for (const auto& c : checks)
    if (c.status == "error") out.insert(c.target.name());
  return out;
}

std::string format_lag(long long s) {
  if (s < 0) s = 0;
  long long d = s / 86400, h = s % 86400 / 3600, m = s % 3600 / 60, sec = s % 60;
  if (d) return fmt::format("{}d {}h", d, h);
  if (h) return fmt::format("{}h {:02}m", h, m);
  if (m) return fmt::format("{}m {:02}s", m, sec);
  return fmt::format("{}s", sec);
}

namespace {

bool is_time_type(const std::string& t) {
  return t == "timestamp with time zone" || t == "timestamp without time zone" || t == "date";
}

std::string short_error(const Error& err) {
  std::string m = err.message();
  auto nl = m.find('\n');
  if (nl != std::string::npos) m = m.substr(0, nl);
  return m;
}

// A column of the source table, as information_schema names it and its type.
struct ColumnType {
  std::optional<std::string> name, data_type;
};

std::vector<ColumnType> column_types(Executor& e, const MetaSql& sql, const FreshnessTarget& t) {
  std::vector<ColumnType> out;
  for (const auto& r : e.execute(sql.column_types(t.schema, t.table)).rows)
    out.push_back({r[0], r[1]});
  return out;
}

// The newest loaded_at of a source table: as the server wrote it, and as seconds since the epoch.
struct Newest {
  std::string text;
  std::optional<std::string> epoch;
};

// Nothing when the table (or what its filter selects) has no rows.
std::optional<Newest> newest_loaded_at(Executor& e, const MetaSql& sql, const FreshnessTarget& t) {
  auto r = e.execute(sql.max_loaded_at(t.schema, t.table, t.loaded_at, t.filter));
  if (r.rows.empty() || !r.rows[0][0]) return std::nullopt;
  return Newest{*r.rows[0][0], r.rows[0][1]};
}

FreshnessCheck measure_one(Executor& e, const MetaSql& sql, const FreshnessTarget& t, double now) {
  FreshnessCheck c{t, std::nullopt, std::nullopt, std::nullopt, "error", ""};
  auto cols = column_types(e, sql, t);
  if (cols.empty()) {
    c.message = "table " + t.schema + "." + t.table + " does not exist";
    return c;
  }
  std::optional<std::string> type;
  for (const auto& col : cols)
    if (col.name == t.loaded_at) type = col.data_type;
  if (!type) {
    c.message = "table " + t.schema + "." + t.table + " has no column " + t.loaded_at;
    return c;
  }
  if (!is_time_type(*type)) {
    c.message = "column " + t.loaded_at + " is " + *type + ", not a timestamp or date";
    return c;
  }
  std::optional<Newest> newest;
  try {
    newest = newest_loaded_at(e, sql, t);
  } catch (const Error& err) {
    if (err.category() == ErrorCategory::unreachable) throw;
    c.message = (t.filter ? "the freshness query (with filter) failed: " : "the query failed: ") +
                short_error(err);
    return c;
  }
  if (!newest) {
    // no row is as stale as can be: past every threshold the table has
    c.status = t.error_after ? "error" : t.warn_after ? "warn" : "ok";
    c.message = t.filter ? "no rows match the filter" : "the table has no rows";
    return c;
  }
  c.max_loaded_at = newest->text;
  c.max_loaded_at_epoch = newest->epoch;
  double at = std::stod(newest->epoch.value_or("0"));
  long long lag = static_cast<long long>(std::floor(now - at));
  if (lag < 0) lag = 0;  // a clock ahead of the server's: as fresh as can be
  c.lag_seconds = lag;
  c.status = freshness_status(lag, t.warn_after, t.error_after);
  if (c.status == "error")
    c.message = "past error_after (" + format_duration(*t.error_after) + ")";
  else if (c.status == "warn")
    c.message = "past warn_after (" + format_duration(*t.warn_after) + ")";
  return c;
}

}  // namespace

FreshnessReport measure_freshness(Executor& e, const MetaSql& sql,
                                  const std::vector<FreshnessTarget>& targets,
                                  std::optional<double> now) {
  FreshnessReport rep;
  rep.what_if = now.has_value();
  if (targets.empty()) return rep;
  double clock = now ? *now : std::stod(e.execute(sql.server_epoch()).scalar().value_or("0"));
  for (const auto& t : targets) rep.checks.push_back(measure_one(e, sql, t, clock));
  return rep;
}

void record_freshness(Executor& e, const MetaSql& sql, const std::string& meta,
                      const FreshnessReport& r, std::optional<long long> run_id,
                      std::optional<std::chrono::seconds> retention) {
  if (r.what_if) return;
  Ident m(meta);
  auto secs = [](const std::optional<std::chrono::seconds>& d) {
    return d ? std::optional<long long>(d->count()) : std::nullopt;
  };
  for (const auto& c : r.checks)
    e.execute(sql.record_freshness(
        m, {run_id, c.target.source, c.target.table, c.max_loaded_at_epoch, c.lag_seconds,
            secs(c.target.warn_after), secs(c.target.error_after), c.status,
            c.message.empty() ? std::nullopt : std::optional<std::string>(c.message)}));
  if (retention) e.execute(sql.prune_freshness(m, retention->count()));
}

}  // namespace starling
