// Statements that read and write starling's own state in the meta schema (SPEC §5).
#pragma once

#include <string>

#include "project/model.hpp"
#include "sql/dialect.hpp"

namespace starling {

namespace meta_sql {

Statement current_version(const Ident& meta);  // one row: max(version) or NULL
Statement set_version(const Ident& meta, int version);

// rows: version, name, file, checksum, applied_at
Statement applied_migrations(const Ident& meta);
Statement record_migration(const Ident& meta, const Migration& m, long long ms,
                           std::optional<long long> run_id);
// rows: name, file, checksum, applied_at
Statement applied_repeatables(const Ident& meta);
Statement forget_repeatable(const Ident& meta, const std::string& name);
Statement record_repeatable(const Ident& meta, const Migration& m, long long ms,
                            std::optional<long long> run_id);

// one row: run_id
Statement start_run(const Ident& meta, const std::string& command, const std::string& target,
                    const std::string& version, const std::string& arguments);
Statement finish_run(const Ident& meta, long long run_id, const std::string& status,
                     const std::optional<std::string>& error);

// The ledger of one model in one run.
struct ModelRunRecord {
  long long run_id = 0;
  std::string model;
  std::string status;  // success | failed | skipped
  long long duration_ms = 0;
  long long inserted = 0, updated = 0, deleted = 0;
  int periods = 0;
  std::optional<std::string> message;
  std::optional<std::string> error;
};
Statement record_model_run(const Ident& meta, const ModelRunRecord& r);

// The models row: kind, table, fingerprint and shape; built_at set now.
Statement record_model(const Ident& meta, const std::string& model, const std::string& kind,
                       const std::string& table, const std::string& fingerprint,
                       const std::string& shape, const std::string& definition);
// rows: model, fingerprint, definition (NULL when built by a starling before meta version 3)
Statement recorded_models(const Ident& meta);
// Forget a model's watermarks / built periods (an additive change backfills; restate).
Statement forget_watermarks(const Ident& meta, const std::string& model);
// built periods overlapping [from, to) (local timestamps; nullopt: unbounded)
Statement forget_built_periods(const Ident& meta, const std::string& model,
                               const std::optional<std::string>& from,
                               const std::optional<std::string>& to);

// rows: source, value (local timestamp text)
Statement watermarks(const Ident& meta, const std::string& model);
Statement set_watermark(const Ident& meta, const std::string& model, const std::string& source,
                        const std::optional<std::string>& value, long long run_id);

// rows: period_start (local timestamp text)
Statement built_periods(const Ident& meta, const std::string& model);
Statement record_built_periods(const Ident& meta, const std::string& model,
                               const std::vector<std::pair<std::string, std::string>>& periods,
                               long long run_id);

// rows: run_id, command, target, status, started_at, duration_s, error (newest first)
Statement recent_runs(const Ident& meta, int limit);
// rows: model, status, finished_at, inserted, updated, deleted, periods, error, last_success,
// watermarks ("source=value, …") — the latest run of every model that has one
Statement model_states(const Ident& meta);

// rows: column_name, data_type of a table (none when it does not exist or cannot be seen)
Statement column_types(const std::string& schema, const std::string& table);
// one row: the newest `loaded_at` as local text 'YYYY-MM-DD HH24:MI:SS' and as epoch seconds, both
// NULL when no row (matching `filter`) exists
Statement max_loaded_at(const std::string& schema, const std::string& table,
                        const std::string& loaded_at, const std::optional<std::string>& filter);
// one row: the server's now() in seconds since the epoch
Statement server_epoch();

// One source_freshness row.
struct FreshnessRow {
  std::optional<long long> run_id;
  std::string source, table;
  std::optional<std::string> max_loaded_at_epoch;
  std::optional<long long> lag_seconds, warn_after_seconds, error_after_seconds;
  std::string status;
  std::optional<std::string> message;
};
Statement record_freshness(const Ident& meta, const FreshnessRow& r);
Statement prune_freshness(const Ident& meta, long long older_than_seconds);

// The health page's reads (meta schema version 2 or later).
// rows: kind, name, status, last_success, lag_seconds, threshold_seconds, warn_after_seconds,
// error_after_seconds, message, checked_at — pipeline_health, sources first
Statement health_rows(const Ident& meta);
// rows: run_id, command, status, started_at, duration_s, inserted, updated, deleted, models ok,
// failed, skipped, error — newest first
Statement health_runs(const Ident& meta, int limit);
// rows: source.table, checked_at epoch, lag_seconds — the last `days` days, oldest first
Statement lag_history(const Ident& meta, int days);
// rows: started_at epoch, duration_s, status of `run` commands in the last `days` days
Statement run_durations(const Ident& meta, int days);

// A rebuild's swap (PostgreSQL catalogs).
// rows: schema-qualified, quoted names of the views that read `table` (directly or through other
// views), each once
Statement dependent_views(const std::string& table_sql);
// rows: privilege, grantee (quoted, or PUBLIC), grantable ("t"/"f") of a table or view
Statement privileges_of(const std::string& relation_sql);
// one row: whether a relation of that name exists
Statement relation_exists(const std::string& relation_sql);
// Replaces the live ledger state (watermarks, built periods, models) of `models` with that of the
// shadow meta schema, and copies the shadow build's model_runs under the live run `run_id`.
std::vector<Statement> adopt_model_state(const Ident& live, const Ident& shadow,
                                         const std::vector<std::string>& models,
                                         const std::string& live_schema, long long run_id);

// one row: whether any of `upstream` wrote rows after `model` last built successfully (true when
// `model` never did)
Statement upstream_changed(const Ident& meta, const std::string& model,
                           const std::vector<std::string>& upstream);

// Sets the session's time zone, which turns local timestamps into instants.
Statement set_time_zone(const std::string& tz);

}  // namespace meta_sql

}  // namespace starling
