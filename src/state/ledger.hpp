// Rows read from the ledger (the meta schema's runs, model_runs, models and watermarks), one small
// struct per query, each filled from its columns in one place. Text is as the server formatted it
// ("YYYY-MM-DD HH:MM:SS" in the session's time zone, numeric as written), so what a command shows
// is what the database answered.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "db/executor.hpp"
#include "plan/periods.hpp"
#include "sql/identifier.hpp"
#include "sql/meta.hpp"

namespace starling {

// A row of `runs`, newest first (MetaSql::recent_runs).
struct RecentRun {
  std::optional<long long> run_id;
  std::optional<std::string> command, target, status;
  std::optional<std::string> started_at;
  std::optional<std::string> duration_s;  // to a tenth of a second; until now while running
  std::optional<std::string> error;
};
std::vector<RecentRun> read_recent_runs(Executor& e, const MetaSql& sql, const Ident& meta,
                                        int limit);

// The last `run` of a model, with its last success (MetaSql::model_states), by model name.
struct LastModelRun {
  std::string model;
  std::optional<std::string> status, finished_at;
  std::optional<long long> rows_inserted, rows_updated, rows_deleted, periods_built;
  std::optional<std::string> message;  // its error, or else its message
  std::optional<std::string> last_success;
};
std::vector<LastModelRun> read_model_states(Executor& e, const MetaSql& sql, const Ident& meta);

// A model's watermark of one source (MetaSql::all_watermarks).
struct WatermarkRow {
  std::string model, source;
  std::optional<std::string> value;
};
// Every model's watermarks, in model then source order.
std::vector<WatermarkRow> read_watermarks(Executor& e, const MetaSql& sql, const Ident& meta);

// What `models` recorded of a model's last build (MetaSql::recorded_models).
struct RecordedModel {
  std::string fingerprint;
  std::optional<std::string> definition;  // none when built by a starling before meta version 3
  bool built = false;  // built_at is set: a build finished (a table whose first build never did
                       // is recreated)
};
// By model name.
std::map<std::string, RecordedModel> read_recorded_models(Executor& e, const MetaSql& sql,
                                                          const Ident& meta);

// A model's watermarks: source.table (or a starling marker) -> local timestamp text.
std::map<std::string, std::string> read_watermarks(Executor& e, const MetaSql& sql,
                                                   const Ident& meta, const std::string& model);

// The starts of a period fact's built periods (local time).
std::set<LocalTime> read_built_periods(Executor& e, const MetaSql& sql, const Ident& meta,
                                       const std::string& model);

// Whether one of `upstream` wrote rows after `model` last built successfully (true when it never
// did).
bool read_upstream_wrote(Executor& e, const MetaSql& sql, const Ident& meta,
                         const std::string& model, const std::set<std::string>& upstream);

}  // namespace starling
