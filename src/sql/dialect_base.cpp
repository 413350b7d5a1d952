#include "sql/dialect_base.hpp"

#include <algorithm>

#include "util/strings.hpp"

namespace starling {

Statement DialectBase::create_schema(const Ident& schema) const {
  return {"CREATE SCHEMA IF NOT EXISTS " + schema.sql(), {}, "schema " + schema.name()};
}

Statement DialectBase::existing_tables(const Ident& schema) const {
  return {"SELECT table_name FROM information_schema.tables WHERE table_schema = $1",
          {schema.name()},
          "existing tables",
          Statement::Kind::read_state};
}

// The meta schema (SPEC §5) as data: its tables, their columns and the version that added each.
constexpr int k_not_null = 1;
// numbered by the database where the dialect can; else given out by starling
constexpr int k_identity = 2;
// numbered by the database, and left out where it cannot (nobody else gives it)
constexpr int k_identity_only = 4;

struct MetaColumn {
  const char* name;
  MetaType type;
  int bytes;                            // a text's longest, where the dialect sizes texts
  int flags;                            // k_not_null, k_identity, k_identity_only
  const char* default_value = nullptr;  // "now": the dialect's current time
  const char* references = nullptr;     // a meta table and its column
  int since = 1;                        // the meta schema version that added it
};

namespace {

struct MetaTable {
  const char* name;
  std::vector<MetaColumn> columns;
  std::vector<std::string> key;  // the primary key
  const char* index = nullptr;   // CREATE INDEX <index> ON the table <index_on>
  const char* index_on = nullptr;
  bool one_line = false;  // the columns on the line of CREATE TABLE
  int since = 1;          // the meta schema version that added it
};

// The newest meta schema version: what version 1 of a dialect whose meta schema began later holds.
constexpr int k_latest_meta = 4;
// What version 1 of a dialect whose meta schema began later (Redshift) holds.
constexpr int k_later_dialects_begin = 3;
// The version that made pipeline_health what it is now.
constexpr int k_pipeline_health_version = 2;

using T = MetaType;
constexpr int nn = k_not_null;

const std::vector<MetaTable> k_meta_tables = {
    {"meta_version",
     {{"version", T::integer, 0, nn}, {"upgraded_at", T::timestamptz, 0, nn, "now"}},
     {},
     nullptr,
     nullptr,
     true},
    {"runs",
     {{"run_id", T::bigint, 0, k_identity},
      {"command", T::text, 256, nn},
      {"target", T::text, 256, nn},
      {"started_at", T::timestamptz, 0, nn, "now"},
      {"finished_at", T::timestamptz, 0, 0},
      {"status", T::text, 32, nn, "'running'"},
      {"starling_version", T::text, 64, nn},
      {"arguments", T::text, 65535, 0},
      {"error", T::text, 65535, 0}},
     {"run_id"}},
    {"model_runs",
     {{"run_id", T::bigint, 0, nn, nullptr, "runs (run_id)"},
      {"model", T::text, 1024, nn},
      {"status", T::text, 32, nn},
      {"started_at", T::timestamptz, 0, nn, "now"},
      {"finished_at", T::timestamptz, 0, 0},
      {"duration_ms", T::bigint, 0, 0},
      {"rows_inserted", T::bigint, 0, nn, "0"},
      {"rows_updated", T::bigint, 0, nn, "0"},
      {"rows_deleted", T::bigint, 0, nn, "0"},
      {"periods_built", T::integer, 0, nn, "0"},
      {"message", T::text, 65535, 0},
      {"error", T::text, 65535, 0}},
     {"run_id", "model"}},
    {"built_periods",
     {{"model", T::text, 1024, nn},
      {"period_start", T::timestamp, 0, nn},
      {"period_end", T::timestamp, 0, nn},
      {"built_at", T::timestamptz, 0, nn, "now"},
      {"run_id", T::bigint, 0, 0},
      {"row_count", T::bigint, 0, 0}},
     {"model", "period_start"}},
    {"watermarks",
     {{"model", T::text, 1024, nn},
      {"source", T::text, 1024, nn},
      {"value", T::timestamptz, 0, 0},
      {"updated_at", T::timestamptz, 0, nn, "now"},
      {"run_id", T::bigint, 0, 0}},
     {"model", "source"}},
    {"models",
     {{"model", T::text, 1024, 0},
      {"kind", T::text, 32, nn},
      {"table_name", T::text, 1024, nn},
      {"fingerprint", T::text, 128, nn},
      {"shape", T::text, 65535, nn},
      {"created_at", T::timestamptz, 0, nn, "now"},
      {"built_at", T::timestamptz, 0, 0},
      {"updated_at", T::timestamptz, 0, nn, "now"},
      // what each model was built from, so a change can be classified against it
      {"definition", T::text, 65535, 0, nullptr, nullptr, 3}},
     {"model"}},
    {"source_freshness",
     {{"check_id", T::bigint, 0, k_identity_only},
      {"run_id", T::bigint, 0, 0},
      {"source", T::text, 1024, nn},
      {"table_name", T::text, 1024, nn},
      {"checked_at", T::timestamptz, 0, nn, "now"},
      {"max_loaded_at", T::timestamptz, 0, 0},
      {"lag_seconds", T::bigint, 0, 0},
      {"warn_after_seconds", T::bigint, 0, 0},
      {"error_after_seconds", T::bigint, 0, 0},
      {"status", T::text, 32, nn},
      {"message", T::text, 65535, 0}},
     {"check_id"},
     "source_freshness_by_table",
     "(source, table_name, checked_at DESC)"},
    {"schema_migrations",
     {{"version", T::integer, 0, 0},
      {"name", T::text, 1024, nn},
      {"file", T::text, 1024, nn},
      {"checksum", T::text, 128, nn},
      {"applied_at", T::timestamptz, 0, nn, "now"},
      {"execution_ms", T::bigint, 0, 0},
      {"run_id", T::bigint, 0, 0}},
     {"version"}},
    {"repeatable_migrations",
     {{"name", T::text, 1024, 0},
      {"file", T::text, 1024, nn},
      {"checksum", T::text, 128, nn},
      {"applied_at", T::timestamptz, 0, nn, "now"},
      {"execution_ms", T::bigint, 0, 0},
      {"run_id", T::bigint, 0, 0}},
     {"name"}},
    {"loads",
     {{"load_id", T::bigint, 0, k_identity},
      {"run_id", T::bigint, 0, 0},
      {"source", T::text, 1024, nn},
      {"table_name", T::text, 1024, nn},
      {"file", T::text, 4096, nn},
      {"checksum", T::text, 128, nn},
      {"started_at", T::timestamptz, 0, nn, "now"},
      {"finished_at", T::timestamptz, 0, 0},
      {"status", T::text, 32, nn},
      {"rows_in", T::bigint, 0, nn, "0"},
      {"rows_loaded", T::bigint, 0, nn, "0"},
      {"rows_skipped", T::bigint, 0, nn, "0"},
      {"rows_rejected", T::bigint, 0, nn, "0"},
      {"error", T::text, 65535, 0}},
     {"load_id"}},
    // every table a fact reads, watched for changes (src/run/changes.hpp): its row versions
    // (`shadow`, a table of this schema), the number of their last refresh, the refresh that
    // (re)made them, how many are current, the newest loaded_at read, and the shape they copy
    {"inputs",
     {{"input", T::text, 1024, 0},
      {"shadow", T::text, 128, nn},
      {"seq", T::bigint, 0, nn},
      {"epoch", T::bigint, 0, nn},
      {"open_rows", T::bigint, 0, nn},
      {"high_water", T::text, 64, 0},
      {"shape", T::text, 65535, nn},
      {"refreshed_run", T::bigint, 0, 0},
      {"refreshed_at", T::timestamptz, 0, nn, "now"}},
     {"input"},
     nullptr,
     nullptr,
     false,
     4},
    // a fact's positions in its inputs: the refreshes of their versions its rows were read at
    {"positions",
     {{"model", T::text, 1024, nn},
      {"input", T::text, 1024, nn},
      {"seqs", T::text, 65535, nn},
      {"updated_at", T::timestamptz, 0, nn, "now"},
      {"run_id", T::bigint, 0, 0}},
     {"model", "input"},
     nullptr,
     nullptr,
     false,
     4},
    {"rejected_rows",
     {{"load_id", T::bigint, 0, nn, nullptr, "loads (load_id)"},
      {"line", T::bigint, 0, nn},
      {"reason", T::text, 65535, nn},
      {"raw", T::text, 65535, 0}},
     {}},
};

}  // namespace

std::string DialectBase::meta_column(const std::string& m, const MetaColumn& c, bool key) const {
  const bool key_here = key && primary_key_with_column();
  std::string sql = std::string(c.name) + " " + meta_type(c.type, c.bytes);
  if (c.flags & (k_identity | k_identity_only)) sql += identity().value_or("");
  if ((c.flags & k_not_null) || (key && !key_here)) sql += " NOT NULL";
  if (c.references && foreign_keys()) sql += " REFERENCES " + m + "." + c.references;
  if (c.default_value)
    sql += " DEFAULT " + (c.default_value == std::string("now") ? meta_now() : c.default_value);
  if (key_here) sql += " PRIMARY KEY";
  return sql;
}

std::vector<Statement> DialectBase::meta_tables(const std::string& m, int version,
                                                int added_in) const {
  std::vector<Statement> out;
  for (const MetaTable& t : k_meta_tables) {
    // version 0 of `added_in`: only the tables that version adds
    if (added_in ? t.since != added_in : t.since > version) continue;
    std::vector<std::string> key, cols;
    for (const auto& k : t.key)
      for (const auto& c : t.columns)
        if (c.name == k && ((c.flags & k_identity_only) == 0 || identity())) key.push_back(k);
    for (const auto& c : t.columns) {
      if (c.since > version || ((c.flags & k_identity_only) && !identity())) continue;
      cols.push_back(meta_column(m, c, key.size() == 1 && key[0] == c.name));
    }
    if (key.size() > 1 || (key.size() == 1 && !primary_key_with_column()))
      cols.push_back("PRIMARY KEY (" + join(key, ", ") + ")");
    const std::string head = "CREATE TABLE " + m + "." + t.name + " (";
    out.push_back(
        {t.one_line ? head + join(cols, ", ") + ")" : head + "\n  " + join(cols, ",\n  ") + "\n)",
         {},
         t.name});
    if (t.index && indexes())
      out.push_back(
          {std::string("CREATE INDEX ") + t.index + " ON " + m + "." + t.name + " " + t.index_on,
           {},
           std::string(t.name) + " index"});
  }
  return out;
}

std::vector<std::vector<Statement>> DialectBase::meta_schema_versions(const Ident& meta) const {
  const std::string m = meta.sql();
  const std::optional<Statement> first = first_pipeline_health(m);
  std::vector<std::vector<Statement>> v(k_latest_meta);
  v[0].push_back({"CREATE SCHEMA IF NOT EXISTS " + m, {}, "meta schema"});
  // a dialect whose meta schema began later starts at the whole of that version
  const int begun = first ? 1 : k_later_dialects_begin;
  for (auto& s : meta_tables(m, begun)) v[0].push_back(std::move(s));
  v[0].push_back(first ? *first : pipeline_health(m));
  for (int version = begun + 1; version <= k_latest_meta; ++version) {
    auto& step = v[version - 1];
    if (version == k_pipeline_health_version) {
      step.push_back({"DROP VIEW " + m + ".pipeline_health", {}, "pipeline_health (old)"});
      step.push_back(pipeline_health(m));
    }
    for (auto& s : meta_tables(m, version, version)) step.push_back(std::move(s));
    for (const MetaTable& t : k_meta_tables)
      for (const auto& c : t.columns)
        if (c.since == version && t.since < version)
          step.push_back(
              {"ALTER TABLE " + m + "." + t.name + " ADD COLUMN " + meta_column(m, c, false),
               {},
               std::string(t.name) + "." + c.name});
  }
  return v;
}

Statement DialectBase::pipeline_health(const std::string& m) const {
  const std::string null_bigint = meta_cast("NULL", MetaType::bigint, 0);
  return {"CREATE VIEW " + m + R"SQL(.pipeline_health AS
WITH latest_check AS (
)SQL" + latest_check(m) +
              R"SQL(
), source_now AS (
  SELECT c.*,
         greatest(0, )SQL" +
              seconds_since("c.max_loaded_at", 21) + R"SQL() AS lag_now
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
)SQL" + last_model_run(m) +
              R"SQL(
), last_success AS (
  SELECT model, max(finished_at) AS finished_at
  FROM )SQL" + m +
              R"SQL(.model_runs
  WHERE status = 'success'
  GROUP BY model
)
SELECT )SQL" + meta_cast("'source'", MetaType::text, 6) +
              R"SQL( AS kind,
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
SELECT )SQL" + meta_cast("'model'", MetaType::text, 6) +
              R"SQL( AS kind,
       n.model AS name,
       CASE WHEN lr.status = 'failed' THEN 'failed'
            WHEN ls.finished_at IS NULL THEN 'never'
            WHEN lr.status = 'skipped' THEN 'warn'
            ELSE 'ok' END AS status,
       ls.finished_at AS last_success,
       )SQL" + seconds_since("ls.finished_at", 7) +
              R"SQL( AS lag_seconds,
       )SQL" + null_bigint +
              R"SQL( AS threshold_seconds,
       )SQL" + null_bigint +
              R"SQL( AS warn_after_seconds,
       )SQL" + null_bigint +
              R"SQL( AS error_after_seconds,
       coalesce(lr.error, lr.message) AS message,
       lr.finished_at AS checked_at
FROM model_names n
LEFT JOIN last_model_run lr ON lr.model = n.model
LEFT JOIN last_success ls ON ls.model = n.model)SQL" +
              view_order(),
          {},
          "pipeline_health"};
}

}  // namespace starling
