#include "sql/redshift/redshift_dialect.hpp"

#include "project/check.hpp"
#include "sql/redshift/ddl.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace starling {

std::string RedshiftDialect::column_type(const std::string& model_type) const {
  if (on_postgres_) return PostgresDialect::column_type(model_type);
  auto t = redshift_column_type(model_type);
  if (!t)
    throw Error(ErrorCategory::project, "type '" + model_type + "' has no Redshift equivalent");
  return *t;
}

std::vector<Statement> RedshiftDialect::create_table(const TableSpec& t) const {
  if (on_postgres_) return PostgresDialect::create_table(t);
  return redshift_create_table(t);
}

// Redshift has no indexes: its sort key orders the rows
std::optional<std::pair<std::string, Statement>> RedshiftDialect::create_index(
    const TableSpec& t) const {
  if (on_postgres_) return PostgresDialect::create_index(t);
  return std::nullopt;
}

std::optional<Statement> RedshiftDialect::existing_indexes(const Ident& schema) const {
  if (on_postgres_) return PostgresDialect::existing_indexes(schema);
  return std::nullopt;
}

Statement RedshiftDialect::add_column(const QualifiedName& table, const StoredColumn& c) const {
  if (on_postgres_) return PostgresDialect::add_column(table, c);
  return redshift_add_column(table, c);
}

Statement RedshiftDialect::meta_version_table_exists(const Ident& meta) const {
  return {
      "SELECT count(*) > 0 FROM information_schema.tables WHERE table_schema = $1 AND "
      "table_name = 'meta_version'",
      {meta.name()},
      "meta schema version",
      Statement::Kind::read_state};
}

std::vector<std::vector<Statement>> RedshiftDialect::meta_schema_versions(const Ident& meta) const {
  const std::string m = meta.sql();
  const std::string now = "GETDATE()";
  // Version 1 is the whole of PostgreSQL's version 3: the meta schema came to Redshift after it.
  // The numbers stay the same so that "version 2 or later" means the same on both.
  std::vector<Statement> v1 = {
      {"CREATE SCHEMA IF NOT EXISTS " + m, {}, "meta schema"},
      {"CREATE TABLE " + m +
           ".meta_version (version INTEGER NOT NULL, upgraded_at TIMESTAMPTZ NOT NULL DEFAULT " +
           now + ")",
       {},
       "meta_version"},
      {"CREATE TABLE " + m + R"(.runs (
  run_id BIGINT NOT NULL,
  command VARCHAR(256) NOT NULL,
  target VARCHAR(256) NOT NULL,
  started_at TIMESTAMPTZ NOT NULL DEFAULT )" +
           now + R"(,
  finished_at TIMESTAMPTZ,
  status VARCHAR(32) NOT NULL DEFAULT 'running',
  starling_version VARCHAR(64) NOT NULL,
  arguments VARCHAR(65535),
  error VARCHAR(65535),
  PRIMARY KEY (run_id)
))",
       {},
       "runs"},
      {"CREATE TABLE " + m + R"(.model_runs (
  run_id BIGINT NOT NULL,
  model VARCHAR(1024) NOT NULL,
  status VARCHAR(32) NOT NULL,
  started_at TIMESTAMPTZ NOT NULL DEFAULT )" +
           now + R"(,
  finished_at TIMESTAMPTZ,
  duration_ms BIGINT,
  rows_inserted BIGINT NOT NULL DEFAULT 0,
  rows_updated BIGINT NOT NULL DEFAULT 0,
  rows_deleted BIGINT NOT NULL DEFAULT 0,
  periods_built INTEGER NOT NULL DEFAULT 0,
  message VARCHAR(65535),
  error VARCHAR(65535),
  PRIMARY KEY (run_id, model)
))",
       {},
       "model_runs"},
      {"CREATE TABLE " + m + R"(.built_periods (
  model VARCHAR(1024) NOT NULL,
  period_start TIMESTAMP NOT NULL,
  period_end TIMESTAMP NOT NULL,
  built_at TIMESTAMPTZ NOT NULL DEFAULT )" +
           now + R"(,
  run_id BIGINT,
  row_count BIGINT,
  PRIMARY KEY (model, period_start)
))",
       {},
       "built_periods"},
      {"CREATE TABLE " + m + R"(.watermarks (
  model VARCHAR(1024) NOT NULL,
  source VARCHAR(1024) NOT NULL,
  value TIMESTAMPTZ,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT )" +
           now + R"(,
  run_id BIGINT,
  PRIMARY KEY (model, source)
))",
       {},
       "watermarks"},
      {"CREATE TABLE " + m + R"(.models (
  model VARCHAR(1024) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  table_name VARCHAR(1024) NOT NULL,
  fingerprint VARCHAR(128) NOT NULL,
  shape VARCHAR(65535) NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT )" +
           now + R"(,
  built_at TIMESTAMPTZ,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT )" +
           now + R"(,
  definition VARCHAR(65535),
  PRIMARY KEY (model)
))",
       {},
       "models"},
      {"CREATE TABLE " + m + R"(.source_freshness (
  run_id BIGINT,
  source VARCHAR(1024) NOT NULL,
  table_name VARCHAR(1024) NOT NULL,
  checked_at TIMESTAMPTZ NOT NULL DEFAULT )" +
           now + R"(,
  max_loaded_at TIMESTAMPTZ,
  lag_seconds BIGINT,
  warn_after_seconds BIGINT,
  error_after_seconds BIGINT,
  status VARCHAR(32) NOT NULL,
  message VARCHAR(65535)
))",
       {},
       "source_freshness"},
      {"CREATE TABLE " + m + R"(.schema_migrations (
  version INTEGER NOT NULL,
  name VARCHAR(1024) NOT NULL,
  file VARCHAR(1024) NOT NULL,
  checksum VARCHAR(128) NOT NULL,
  applied_at TIMESTAMPTZ NOT NULL DEFAULT )" +
           now + R"(,
  execution_ms BIGINT,
  run_id BIGINT,
  PRIMARY KEY (version)
))",
       {},
       "schema_migrations"},
      {"CREATE TABLE " + m + R"(.repeatable_migrations (
  name VARCHAR(1024) NOT NULL,
  file VARCHAR(1024) NOT NULL,
  checksum VARCHAR(128) NOT NULL,
  applied_at TIMESTAMPTZ NOT NULL DEFAULT )" +
           now + R"(,
  execution_ms BIGINT,
  run_id BIGINT,
  PRIMARY KEY (name)
))",
       {},
       "repeatable_migrations"},
      {"CREATE TABLE " + m + R"(.loads (
  load_id BIGINT NOT NULL,
  run_id BIGINT,
  source VARCHAR(1024) NOT NULL,
  table_name VARCHAR(1024) NOT NULL,
  file VARCHAR(4096) NOT NULL,
  checksum VARCHAR(128) NOT NULL,
  started_at TIMESTAMPTZ NOT NULL DEFAULT )" +
           now + R"(,
  finished_at TIMESTAMPTZ,
  status VARCHAR(32) NOT NULL,
  rows_in BIGINT NOT NULL DEFAULT 0,
  rows_loaded BIGINT NOT NULL DEFAULT 0,
  rows_skipped BIGINT NOT NULL DEFAULT 0,
  rows_rejected BIGINT NOT NULL DEFAULT 0,
  error VARCHAR(65535),
  PRIMARY KEY (load_id)
))",
       {},
       "loads"},
      {"CREATE TABLE " + m + R"(.rejected_rows (
  load_id BIGINT NOT NULL,
  line BIGINT NOT NULL,
  reason VARCHAR(65535) NOT NULL,
  raw VARCHAR(65535)
))",
       {},
       "rejected_rows"},
      // PostgreSQL's view of version 2, without DISTINCT ON and with Redshift's clock
      {"CREATE VIEW " + m + R"SQL(.pipeline_health AS
WITH latest_check AS (
  SELECT source, table_name, checked_at, max_loaded_at, lag_seconds, warn_after_seconds,
         error_after_seconds, status, message
  FROM (SELECT f.*, row_number() OVER (PARTITION BY f.source, f.table_name
                                       ORDER BY f.checked_at DESC) AS n
        FROM )SQL" +
           m + R"SQL(.source_freshness f) x
  WHERE n = 1
), source_now AS (
  SELECT c.*,
         greatest(0, CAST(extract(epoch FROM CAST(GETDATE() AS TIMESTAMPTZ))
                          - extract(epoch FROM c.max_loaded_at) AS BIGINT)) AS lag_now
  FROM latest_check c
), source_rows AS (
  SELECT s.*,
         CASE WHEN s.status = 'error' OR s.lag_now > s.error_after_seconds THEN 'error'
              WHEN s.status = 'warn' OR s.lag_now > s.warn_after_seconds THEN 'warn'
              ELSE 'ok' END AS status_now
  FROM source_now s
), model_names AS (
  SELECT model FROM )SQL" +
           m + R"SQL(.models
  UNION
  SELECT model FROM )SQL" +
           m + R"SQL(.model_runs
), last_model_run AS (
  SELECT model, status, finished_at, error, message
  FROM (SELECT mr.*, row_number() OVER (PARTITION BY mr.model ORDER BY mr.run_id DESC) AS n
        FROM )SQL" +
           m + R"SQL(.model_runs mr
        WHERE mr.status <> 'running') x
  WHERE n = 1
), last_success AS (
  SELECT model, max(finished_at) AS finished_at
  FROM )SQL" +
           m + R"SQL(.model_runs
  WHERE status = 'success'
  GROUP BY model
)
SELECT CAST('source' AS VARCHAR(6)) AS kind,
       r.source || '.' || r.table_name AS name,
       r.status_now AS status,
       r.max_loaded_at AS last_success,
       coalesce(r.lag_now, r.lag_seconds) AS lag_seconds,
       CASE WHEN r.status_now = 'ok' THEN coalesce(r.warn_after_seconds, r.error_after_seconds)
            ELSE r.error_after_seconds END AS threshold_seconds,
       r.warn_after_seconds,
       r.error_after_seconds,
       CASE WHEN r.status_now = r.status THEN r.message
            WHEN r.status_now = 'error' THEN 'past error_after since the last check'
            ELSE 'past warn_after since the last check' END AS message,
       r.checked_at
FROM source_rows r
UNION ALL
SELECT CAST('model' AS VARCHAR(6)) AS kind,
       n.model AS name,
       CASE WHEN lr.status = 'failed' THEN 'failed'
            WHEN ls.finished_at IS NULL THEN 'never'
            WHEN lr.status = 'skipped' THEN 'warn'
            ELSE 'ok' END AS status,
       ls.finished_at AS last_success,
       CAST(extract(epoch FROM CAST(GETDATE() AS TIMESTAMPTZ))
            - extract(epoch FROM ls.finished_at) AS BIGINT) AS lag_seconds,
       CAST(NULL AS BIGINT) AS threshold_seconds,
       CAST(NULL AS BIGINT) AS warn_after_seconds,
       CAST(NULL AS BIGINT) AS error_after_seconds,
       coalesce(lr.error, lr.message) AS message,
       lr.finished_at AS checked_at
FROM model_names n
LEFT JOIN last_model_run lr ON lr.model = n.model
LEFT JOIN last_success ls ON ls.model = n.model)SQL",
       {},
       "pipeline_health"},
  };
  return {v1, {}, {}};
}

std::optional<std::string> RedshiftDialect::server_mismatch(const std::string& version) const {
  if (on_postgres_ || version.find("Redshift") != std::string::npos) return std::nullopt;
  return "the target has dialect: redshift, but the server is not Redshift (" +
         version.substr(0, version.find(',')) +
         "): starling writes Redshift's SQL there; use dialect: postgres for PostgreSQL";
}

std::vector<Statement> RedshiftDialect::swap_in(const QualifiedName& shadow, const TableSpec& spec,
                                                const Ident&, bool live_exists) const {
  // Redshift cannot move a table to another schema: the live table is dropped (its views with it,
  // which the R__ migrations recreate) and made again from the rebuilt rows. Readers wait for the
  // copy; they never see a missing or half-filled table.
  std::vector<Statement> out;
  const std::string name = spec.table.name.name();
  if (live_exists)
    out.push_back({"DROP TABLE " + spec.table.sql() + " CASCADE", {}, "retire " + name});
  TableSpec bare = spec;
  bare.unknown_member.clear();  // it comes with the rows
  for (auto& s : create_table(bare)) out.push_back(std::move(s));
  std::vector<std::string> cols;
  for (const auto& c : spec.columns) cols.push_back(Ident(c.name).sql());
  const std::string list = join(cols, ", ");
  out.push_back({"INSERT INTO " + spec.table.sql() + " (" + list + ") SELECT " + list + " FROM " +
                     shadow.sql(),
                 {},
                 "swap in " + name});
  return out;
}

RunLockSql RedshiftDialect::run_lock(const Ident& meta) const {
  RunLockSql l;
  l.kind = RunLockSql::Kind::lease;
  const std::string t = meta.sql() + ".run_lock";
  l.prepare = {
      {"CREATE SCHEMA IF NOT EXISTS " + meta.sql(), {}, "meta schema", Statement::Kind::lock},
      {"CREATE TABLE IF NOT EXISTS " + t + " (holder INTEGER, taken_at TIMESTAMPTZ)",
       {},
       "run lock table",
       Statement::Kind::lock}};
  // shown by plans: it opens every transaction a run writes in
  l.lock_table = {"LOCK " + t, {}, "run lock"};
  l.session_id = {"SELECT pg_backend_pid()", {}, "session id", Statement::Kind::lock};
  l.holder = {"SELECT count(*) = 0, max(holder) FROM " + t +
                  " WHERE holder IS NOT NULL AND holder <> $1::integer AND holder <> $2::integer",
              {},
              "run lock holder",
              Statement::Kind::lock};
  l.session_alive = {on_postgres_
                         ? "SELECT count(*) > 0 FROM pg_stat_activity WHERE pid = $1::integer"
                         : "SELECT count(*) > 0 FROM stv_sessions WHERE process = $1::integer",
                     {},
                     "run lock holder connected",
                     Statement::Kind::lock};
  l.claim = {{"DELETE FROM " + t, {}, "take run lock", Statement::Kind::lock},
             {"INSERT INTO " + t +
                  " (holder, taken_at) VALUES ($1::integer, CAST(GETDATE() AS TIMESTAMPTZ))",
              {},
              "take run lock",
              Statement::Kind::lock}};
  l.release = {"DELETE FROM " + t + " WHERE holder = $1::integer",
               {},
               "give up run lock",
               Statement::Kind::lock};
  return l;
}

std::function<void(Statement&)> RedshiftDialect::statement_adapter() const {
  return [](Statement& s) {
    for (auto& p : s.params) {
      if (!p) continue;
      if (*p == "-infinity")
        p = "0001-01-01 00:00:00";
      else if (*p == "infinity")
        p = "9999-12-31 23:59:59";
    }
  };
}

std::vector<Statement> RedshiftDialect::session_setup() const {
  if (!on_postgres_) return {};
  // Redshift's GETDATE(): the statement's start in the session's time zone
  return {
      {"DO $$ BEGIN IF to_regprocedure('public.getdate()') IS NULL THEN CREATE FUNCTION "
       "public.getdate() RETURNS timestamp LANGUAGE sql STABLE AS 'SELECT "
       "statement_timestamp()::timestamp'; END IF; EXCEPTION WHEN unique_violation OR "
       "duplicate_function THEN NULL; END $$",
       {},
       "GETDATE() on PostgreSQL (test mode)",
       Statement::Kind::read_state}};
}

}  // namespace starling
