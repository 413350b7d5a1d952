// Source freshness (SPEC §2 `sources`, §4 `freshness`, §5 `source_freshness`): how long ago each
// source table last received a row, against its warn_after / error_after thresholds.
#pragma once

#include <chrono>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "db/executor.hpp"
#include "project/model.hpp"
#include "sql/meta.hpp"

namespace starling {

// One source table as freshness sees it: its settings, with the source's as defaults.
struct FreshnessTarget {
  std::string source, table, schema;
  std::string loaded_at;
  std::optional<std::chrono::seconds> warn_after, error_after;
  std::optional<std::string> filter;
  std::string name() const { return source + "." + table; }
};

// Every source table that has a loaded_at column (its own or its source's), in config order.
std::vector<FreshnessTarget> freshness_targets(const Config& c);

struct FreshnessCheck {
  FreshnessTarget target;
  std::optional<std::string> max_loaded_at;        // local time in the project's time zone
  std::optional<std::string> max_loaded_at_epoch;  // the same instant, seconds since the epoch
  std::optional<long long> lag_seconds;  // now - max(loaded_at); 0 when it is in the future
  std::string status;                    // ok | warn | error
  std::string message;                   // why, for warn and error
};

// ok when lag <= warn_after; warn when past warn_after (lag > warn_after); error when past
// error_after. A threshold that is not set is never passed.
std::string freshness_status(long long lag_seconds, std::optional<std::chrono::seconds> warn_after,
                             std::optional<std::chrono::seconds> error_after);

struct FreshnessReport {
  std::vector<FreshnessCheck> checks;
  // measured against a given "now" instead of the server's clock: a what-if, never recorded
  bool what_if = false;
  int errors() const;
  int warnings() const;
  // "source.table" of every check in error
  std::set<std::string> erroring() const;
};

// Measures every table of `targets` with one read each; a missing table, a missing or non-time
// column or a failing filter is that table's error, and the others are still measured. A table
// without rows is past every threshold it has (error with error_after set). `now` (seconds since
// the epoch) replaces the server's clock when given, and makes the report a what-if.
FreshnessReport measure_freshness(Executor& e, const MetaSql& sql,
                                  const std::vector<FreshnessTarget>& targets,
                                  std::optional<double> now = std::nullopt);

// Appends one source_freshness row per check (with the run that made them), then prunes rows older
// than `retention` when it is set. A what-if report records nothing and prunes nothing.
void record_freshness(Executor& e, const MetaSql& sql, const std::string& meta,
                      const FreshnessReport& r, std::optional<long long> run_id,
                      std::optional<std::chrono::seconds> retention);

// "2h 05m", "3d 4h", "45s": a lag as a person reads it.
std::string format_lag(long long seconds);

}  // namespace starling
