// Statements that read and write starling's own state in the meta schema (SPEC §5).
#pragma once

#include <string>

#include <optional>
#include <vector>

#include "project/model.hpp"
#include "sql/identifier.hpp"
#include "sql/statement.hpp"

namespace starling {

namespace meta_sql {
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
struct Grant {
  std::string privilege;  // SELECT, INSERT, …
  std::string grantee;    // a quoted name, GROUP and a quoted name, or PUBLIC
  bool grantable = false;
};
struct FreshnessRow {
  std::optional<long long> run_id;
  std::string source, table;
  std::optional<std::string> max_loaded_at_epoch;
  std::optional<long long> lag_seconds, warn_after_seconds, error_after_seconds;
  std::string status;
  std::optional<std::string> message;
};
// The oid of the relation $2 in schema $1, in catalog queries both dialects send.
inline constexpr const char* k_relation_oid =
    "(SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "
    "n.nspname = $1 AND c.relname = $2)";

}  // namespace meta_sql

// Statements that read and write starling's own state (SPEC §5): the shared base. What both
// dialects send alike is written here; what each spells its own way (the clock, starting a run,
// the upserts of models, watermarks and built periods, privileges) is pure virtual, answered by
// PostgresMetaSql and RedshiftMetaSql, so neither inherits the other's. (Redshift's versions of
// finish_run, record_model_run and record_freshness cut their texts, then send these.)
class MetaSql {
 public:
  virtual ~MetaSql() = default;

  // The current time in statements that write the meta schema.
  virtual std::string now() const = 0;
  // A timestamp read back as text (PostgreSQL: text; Redshift: a sized VARCHAR, its TEXT being
  // VARCHAR(256)).
  virtual std::string timestamp_text(const std::string& column) const = 0;
  // "LIMIT n" (PostgreSQL: a parameter added to `params`; Redshift: a literal, its LIMIT taking a
  // number, https://docs.aws.amazon.com/redshift/latest/dg/r_ORDER_BY_clause.html)
  virtual std::string limit(int n, std::vector<std::optional<std::string>>& params) const = 0;

  // one row: max(version) or NULL
  virtual Statement current_version(const Ident& meta) const;
  virtual Statement set_version(const Ident& meta, int version) const;

  // rows: version, name, file, checksum, applied_at
  virtual Statement applied_migrations(const Ident& meta) const;
  virtual Statement record_migration(const Ident& meta, const Migration& m, long long ms,
                                     std::optional<long long> run_id) const;
  // rows: name, file, checksum, applied_at
  virtual Statement applied_repeatables(const Ident& meta) const;
  virtual Statement forget_repeatable(const Ident& meta, const std::string& name) const;
  virtual Statement record_repeatable(const Ident& meta, const Migration& m, long long ms,
                                      std::optional<long long> run_id) const;

  // in one transaction, the last statement answers one row: run_id
  virtual std::vector<Statement> start_run(const Ident& meta, const std::string& command,
                                           const std::string& target, const std::string& version,
                                           const std::string& arguments) const = 0;
  virtual Statement finish_run(const Ident& meta, long long run_id, const std::string& status,
                               const std::optional<std::string>& error) const;
  // Runs before `run_id` of the commands that hold the run lock, still `running`: killed without
  // recording their end. They become failed, ended at the last model they recorded (else at their
  // start), with `error` saying so. Run by a command that holds the lock: no such run is alive.
  Statement close_interrupted_runs(const Ident& meta, long long run_id,
                                   const std::string& error) const;

  // The ledger of one model in one run.
  virtual Statement record_model_run(const Ident& meta, const meta_sql::ModelRunRecord& r) const;

  // The models row: kind, table, fingerprint and shape; built_at set now when `built`, else
  // left as it was (NULL for a new row: a table whose first build is under way).
  virtual std::vector<Statement> record_model(const Ident& meta, const std::string& model,
                                              const std::string& kind, const std::string& table,
                                              const std::string& fingerprint,
                                              const std::string& shape,
                                              const std::string& definition,
                                              bool built = true) const = 0;
  // rows: model, fingerprint, definition (NULL when built by a starling before meta version 3)
  virtual Statement recorded_models(const Ident& meta) const;
  // Forget a model's watermarks / built periods (an additive change backfills; restate).
  // Forgets a fact's positions in its inputs (src/run/changes.hpp).
  Statement forget_positions(const Ident& meta, const std::string& model) const;
  virtual Statement forget_watermarks(const Ident& meta, const std::string& model) const;
  // built periods overlapping [from, to) (local timestamps; nullopt: unbounded)
  virtual Statement forget_built_periods(const Ident& meta, const std::string& model,
                                         const std::optional<std::string>& from,
                                         const std::optional<std::string>& to) const;

  // rows: source, value (local timestamp text)
  virtual Statement watermarks(const Ident& meta, const std::string& model) const;
  virtual std::vector<Statement> set_watermark(const Ident& meta, const std::string& model,
                                               const std::string& source,
                                               const std::optional<std::string>& value,
                                               long long run_id) const = 0;

  // rows: period_start (local timestamp text)
  virtual Statement built_periods(const Ident& meta, const std::string& model) const;
  virtual std::vector<Statement> record_built_periods(
      const Ident& meta, const std::string& model,
      const std::vector<std::pair<std::string, std::string>>& periods, long long run_id) const = 0;

  // rows: run_id, command, target, status, started_at, duration_s, error (newest first)
  virtual Statement recent_runs(const Ident& meta, int limit) const;
  // rows: model, status, finished_at, inserted, updated, deleted, periods, error, last_success
  // — the latest run of every model that has one
  virtual Statement model_states(const Ident& meta) const;
  // rows: model, source, value (local timestamp text), ordered
  virtual Statement all_watermarks(const Ident& meta) const;

  // rows: column_name, data_type of a table (none when it does not exist or cannot be seen)
  virtual Statement column_types(const std::string& schema, const std::string& table) const;
  // one row: the newest `loaded_at` as local text 'YYYY-MM-DD HH24:MI:SS' and as epoch seconds,
  // both NULL when no row (matching `filter`) exists
  virtual Statement max_loaded_at(const std::string& schema, const std::string& table,
                                  const std::string& loaded_at,
                                  const std::optional<std::string>& filter) const;
  // one row: the server's now() in seconds since the epoch
  virtual Statement server_epoch() const;

  // One source_freshness row.
  virtual Statement record_freshness(const Ident& meta, const meta_sql::FreshnessRow& r) const;
  virtual Statement prune_freshness(const Ident& meta, long long older_than_seconds) const;

  // The health page's reads (meta schema version 2 or later).
  // rows: kind, name, status, last_success, lag_seconds, threshold_seconds, warn_after_seconds,
  // error_after_seconds, message, checked_at — pipeline_health, sources first
  virtual Statement health_rows(const Ident& meta) const;
  // rows: run_id, command, status, started_at, duration_s, inserted, updated, deleted, models ok,
  // failed, skipped, error — newest first
  virtual Statement health_runs(const Ident& meta, int limit) const;
  // rows: source.table, checked_at epoch, lag_seconds — the last `days` days, oldest first
  virtual Statement lag_history(const Ident& meta, int days) const;
  // rows: started_at epoch, duration_s, status of `run` commands in the last `days` days
  virtual Statement run_durations(const Ident& meta, int days) const;

  // A rebuild's swap (PostgreSQL catalogs).
  // rows: schema, name of the views that read `table` (directly or through other views), each once
  virtual Statement dependent_views(const std::string& schema, const std::string& table) const;
  // rows: schema, name, definition, owner, whether the session's user owns it — of the views that
  // read `relation` directly (one level: a caller walks the levels, so no recursive query)
  virtual Statement views_reading(const std::string& schema, const std::string& relation) const;
  // CREATE VIEW `view` AS `definition` (a definition as views_reading read it)
  virtual Statement create_view(const QualifiedName& view, const std::string& definition) const;
  // Gives `relation` to the user `owner`.
  virtual Statement set_owner(const QualifiedName& relation, const std::string& owner) const;
  // what others than the owner may do with a table or view, read by grants()
  virtual Statement privileges_of(const std::string& schema, const std::string& relation) const = 0;
  // The answer of privileges_of as grants.
  virtual std::vector<meta_sql::Grant> grants(
      const std::vector<std::vector<std::optional<std::string>>>& rows) const = 0;
  // The GRANT that gives `relation` again what `g` let others do with it.
  virtual Statement grant(const QualifiedName& relation, const meta_sql::Grant& g) const;
  // Drops the schema a swap moved the replaced tables into, and them with it.
  virtual Statement drop_retired(const Ident& retired) const;
  // one row: whether a relation of that name exists
  virtual Statement relation_exists(const std::string& schema, const std::string& relation) const;
  // Replaces the live ledger state (watermarks, built periods, models) of `models` with that of the
  // shadow meta schema, and copies the shadow build's model_runs under the live run `run_id`.
  virtual std::vector<Statement> adopt_model_state(const Ident& live, const Ident& shadow,
                                                   const std::vector<std::string>& models,
                                                   const std::string& live_schema,
                                                   long long run_id) const;

  // one row: whether any of `upstream` wrote rows in a later run than the one `model` last built
  // successfully in (runs build upstream models first; ids, not clocks, order them)
  virtual Statement upstream_changed(const Ident& meta, const std::string& model,
                                     const std::vector<std::string>& upstream) const;

  // Sets the session's time zone, which turns local timestamps into instants.
  virtual Statement set_time_zone(const std::string& tz) const;
};

}  // namespace starling
