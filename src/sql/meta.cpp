#include "sql/meta.hpp"

#include "util/strings.hpp"

namespace starling::meta_sql {

namespace {
std::optional<std::string> opt_id(std::optional<long long> v) {
  if (!v) return std::nullopt;
  return std::to_string(*v);
}
}  // namespace

Statement current_version(const Ident& meta) {
  return {"SELECT max(version) FROM " + meta.sql() + ".meta_version",
          {},
          "meta schema version",
          Statement::Kind::read_state};
}

Statement set_version(const Ident& meta, int version) {
  return {"INSERT INTO " + meta.sql() + ".meta_version (version) VALUES ($1::integer)",
          {std::to_string(version)},
          "meta schema version"};
}

Statement applied_migrations(const Ident& meta) {
  return {"SELECT version, name, file, checksum, CAST(applied_at AS text) FROM " + meta.sql() +
              ".schema_migrations ORDER BY version",
          {},
          "applied migrations",
          Statement::Kind::read_state};
}

Statement record_migration(const Ident& meta, const Migration& m, long long ms,
                           std::optional<long long> run_id) {
  return {
      "INSERT INTO " + meta.sql() +
          ".schema_migrations (version, name, file, checksum, execution_ms, run_id) VALUES "
          "($1::integer, $2, $3, $4, $5::bigint, $6::bigint)",
      {std::to_string(m.version), m.name, m.file, m.checksum, std::to_string(ms), opt_id(run_id)},
      "record migration " + m.file};
}

Statement applied_repeatables(const Ident& meta) {
  return {"SELECT name, file, checksum, CAST(applied_at AS text) FROM " + meta.sql() +
              ".repeatable_migrations ORDER BY name",
          {},
          "applied repeatable migrations",
          Statement::Kind::read_state};
}

Statement forget_repeatable(const Ident& meta, const std::string& name) {
  return {"DELETE FROM " + meta.sql() + ".repeatable_migrations WHERE name = $1",
          {name},
          "forget repeatable migration " + name};
}

Statement record_repeatable(const Ident& meta, const Migration& m, long long ms,
                            std::optional<long long> run_id) {
  return {"INSERT INTO " + meta.sql() +
              ".repeatable_migrations (name, file, checksum, execution_ms, run_id) VALUES "
              "($1, $2, $3, $4::bigint, $5::bigint)",
          {m.name, m.file, m.checksum, std::to_string(ms), opt_id(run_id)},
          "record repeatable migration " + m.file};
}

Statement start_run(const Ident& meta, const std::string& command, const std::string& target,
                    const std::string& version, const std::string& arguments) {
  return {"INSERT INTO " + meta.sql() +
              ".runs (command, target, starling_version, arguments) VALUES ($1, $2, $3, $4) "
              "RETURNING run_id",
          {command, target, version, arguments},
          "start run"};
}

Statement finish_run(const Ident& meta, long long run_id, const std::string& status,
                     const std::optional<std::string>& error) {
  return {"UPDATE " + meta.sql() +
              ".runs SET finished_at = now(), status = $2, error = $3 WHERE run_id = $1::bigint",
          {std::to_string(run_id), status, error},
          "finish run"};
}

Statement record_model_run(const Ident& meta, const ModelRunRecord& r) {
  return {"INSERT INTO " + meta.sql() +
              ".model_runs (run_id, model, status, started_at, finished_at, duration_ms, "
              "rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES "
              "($1::bigint, $2, $3, now() - $4::bigint * interval '1 millisecond', now(), "
              "$4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10)",
          {std::to_string(r.run_id), r.model, r.status, std::to_string(r.duration_ms),
           std::to_string(r.inserted), std::to_string(r.updated), std::to_string(r.deleted),
           std::to_string(r.periods), r.message, r.error},
          "record model run " + r.model};
}

Statement record_model(const Ident& meta, const std::string& model, const std::string& kind,
                       const std::string& table, const std::string& fingerprint,
                       const std::string& shape, const std::string& definition) {
  return {"INSERT INTO " + meta.sql() +
              ".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES "
              "($1, $2, $3, $4, $5, $6, now()) ON CONFLICT (model) DO UPDATE SET kind = "
              "EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = "
              "EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, "
              "built_at = now(), updated_at = now()",
          {model, kind, table, fingerprint, shape, definition},
          "record model " + model};
}

Statement recorded_models(const Ident& meta) {
  return {"SELECT model, fingerprint, definition FROM " + meta.sql() + ".models",
          {},
          "recorded models",
          Statement::Kind::read_state};
}

Statement forget_watermarks(const Ident& meta, const std::string& model) {
  return {"DELETE FROM " + meta.sql() + ".watermarks WHERE model = $1",
          {model},
          "forget watermarks of " + model};
}

Statement forget_built_periods(const Ident& meta, const std::string& model,
                               const std::optional<std::string>& from,
                               const std::optional<std::string>& to) {
  return {"DELETE FROM " + meta.sql() +
              ".built_periods WHERE model = $1 AND ($2::timestamp IS NULL OR period_end > "
              "$2::timestamp) AND ($3::timestamp IS NULL OR period_start < $3::timestamp)",
          {model, from, to},
          "forget built periods of " + model};
}

Statement watermarks(const Ident& meta, const std::string& model) {
  return {"SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM " + meta.sql() +
              ".watermarks WHERE model = $1",
          {model},
          "watermarks of " + model,
          Statement::Kind::read_state};
}

Statement set_watermark(const Ident& meta, const std::string& model, const std::string& source,
                        const std::optional<std::string>& value, long long run_id) {
  return {"INSERT INTO " + meta.sql() +
              ".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, "
              "$4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, "
              "run_id = EXCLUDED.run_id, updated_at = now()",
          {model, source, value, std::to_string(run_id)},
          "watermark of " + model};
}

Statement built_periods(const Ident& meta, const std::string& model) {
  return {"SELECT to_char(period_start, 'YYYY-MM-DD HH24:MI:SS') FROM " + meta.sql() +
              ".built_periods WHERE model = $1",
          {model},
          "built periods of " + model,
          Statement::Kind::read_state};
}

Statement record_built_periods(const Ident& meta, const std::string& model,
                               const std::vector<std::pair<std::string, std::string>>& periods,
                               long long run_id) {
  Statement s;
  s.label = "record built periods of " + model;
  std::string values;
  s.params.push_back(model);
  s.params.push_back(std::to_string(run_id));
  for (const auto& [start, end] : periods) {
    if (!values.empty()) values += ", ";
    s.params.push_back(start);
    s.params.push_back(end);
    values += "($1, $" + std::to_string(s.params.size() - 1) + "::timestamp, $" +
              std::to_string(s.params.size()) + "::timestamp, $2::bigint)";
  }
  s.sql = "INSERT INTO " + meta.sql() +
          ".built_periods (model, period_start, period_end, run_id) VALUES " + values +
          " ON CONFLICT (model, period_start) DO UPDATE SET period_end = EXCLUDED.period_end, "
          "run_id = EXCLUDED.run_id, built_at = now()";
  return s;
}

Statement recent_runs(const Ident& meta, int limit) {
  return {
      "SELECT run_id, command, target, status, to_char(started_at, 'YYYY-MM-DD HH24:MI:SS'), "
      "round(extract(epoch FROM coalesce(finished_at, now()) - started_at)::numeric, 1), "
      "error FROM " +
          meta.sql() + ".runs ORDER BY run_id DESC LIMIT $1::integer",
      {std::to_string(limit)},
      "recent runs"};
}

Statement model_states(const Ident& meta) {
  const std::string m = meta.sql();
  return {
      "SELECT DISTINCT ON (r.model) r.model, r.status, to_char(r.finished_at, 'YYYY-MM-DD "
      "HH24:MI:SS'), r.rows_inserted, r.rows_updated, r.rows_deleted, r.periods_built, "
      "coalesce(r.error, r.message), (SELECT to_char(max(s.finished_at), 'YYYY-MM-DD "
      "HH24:MI:SS') FROM " +
          m +
          ".model_runs s WHERE s.model = r.model AND s.status = "
          "'success'), (SELECT string_agg(w.source || '=' || to_char(w.value, 'YYYY-MM-DD "
          "HH24:MI:SS'), ', ' ORDER BY w.source) FROM " +
          m +
          ".watermarks w WHERE w.model = "
          "r.model) FROM " +
          m + ".model_runs r JOIN " + m +
          ".runs u ON u.run_id = r.run_id "
          "WHERE u.command = 'run' ORDER BY r.model, r.run_id DESC",
      {},
      "model states"};
}

Statement column_types(const std::string& schema, const std::string& table) {
  return {
      "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 "
      "AND table_name = $2 ORDER BY ordinal_position",
      {schema, table},
      "columns of " + schema + "." + table,
      Statement::Kind::read_state};
}

Statement max_loaded_at(const std::string& schema, const std::string& table,
                        const std::string& loaded_at, const std::optional<std::string>& filter) {
  std::string t = Ident(schema).sql() + "." + Ident(table).sql();
  return {
      "SELECT to_char(m, 'YYYY-MM-DD HH24:MI:SS'), extract(epoch FROM m) FROM (SELECT "
      "max(" +
          Ident(loaded_at).sql() + ")::timestamptz AS m FROM " + t +
          (filter ? " WHERE (" + *filter + ")" : "") + ") x",
      {},
      "freshness of " + schema + "." + table,
      Statement::Kind::read_state};
}

Statement server_epoch() {
  return {"SELECT extract(epoch FROM now())", {}, "server clock", Statement::Kind::read_state};
}

Statement record_freshness(const Ident& meta, const FreshnessRow& r) {
  auto num = [](const std::optional<long long>& v) {
    return v ? std::optional<std::string>(std::to_string(*v)) : std::nullopt;
  };
  return {"INSERT INTO " + meta.sql() +
              ".source_freshness (run_id, source, table_name, max_loaded_at, lag_seconds, "
              "warn_after_seconds, error_after_seconds, status, message) VALUES ($1::bigint, $2, "
              "$3, to_timestamp($4::double precision), $5::bigint, $6::bigint, $7::bigint, $8, $9)",
          {num(r.run_id), r.source, r.table, r.max_loaded_at_epoch, num(r.lag_seconds),
           num(r.warn_after_seconds), num(r.error_after_seconds), r.status, r.message},
          "record freshness of " + r.source + "." + r.table};
}

Statement prune_freshness(const Ident& meta, long long older_than_seconds) {
  return {"DELETE FROM " + meta.sql() +
              ".source_freshness WHERE checked_at < now() - $1::bigint * interval '1 second'",
          {std::to_string(older_than_seconds)},
          "prune freshness history"};
}

Statement health_rows(const Ident& meta) {
  return {
      "SELECT kind, name, status, to_char(last_success, 'YYYY-MM-DD HH24:MI:SS'), lag_seconds, "
      "threshold_seconds, warn_after_seconds, error_after_seconds, message, "
      "to_char(checked_at, 'YYYY-MM-DD HH24:MI:SS') FROM " +
          meta.sql() + ".pipeline_health ORDER BY kind DESC, name",
      {},
      "pipeline health",
      Statement::Kind::read_state};
}

Statement health_runs(const Ident& meta, int limit) {
  const std::string m = meta.sql();
  return {
      "SELECT r.run_id, r.command, r.status, to_char(r.started_at, 'YYYY-MM-DD HH24:MI:SS'), "
      "round(extract(epoch FROM r.finished_at - r.started_at)::numeric, 1), "
      "coalesce(sum(mr.rows_inserted), 0), coalesce(sum(mr.rows_updated), 0), "
      "coalesce(sum(mr.rows_deleted), 0), count(*) FILTER (WHERE mr.status = 'success'), "
      "count(*) FILTER (WHERE mr.status = 'failed'), count(*) FILTER (WHERE mr.status = "
      "'skipped'), r.error FROM " +
          m + ".runs r LEFT JOIN " + m +
          ".model_runs mr ON mr.run_id = r.run_id GROUP BY r.run_id ORDER BY r.run_id DESC "
          "LIMIT $1::integer",
      {std::to_string(limit)},
      "recent runs with their rows",
      Statement::Kind::read_state};
}

Statement lag_history(const Ident& meta, int days) {
  return {"SELECT source || '.' || table_name, extract(epoch FROM checked_at), lag_seconds FROM " +
              meta.sql() +
              ".source_freshness WHERE checked_at > now() - $1::integer * interval '1 day' AND "
              "lag_seconds IS NOT NULL ORDER BY 1, checked_at",
          {std::to_string(days)},
          "source lag history",
          Statement::Kind::read_state};
}

Statement run_durations(const Ident& meta, int days) {
  return {
      "SELECT extract(epoch FROM started_at), extract(epoch FROM finished_at - started_at), "
      "status FROM " +
          meta.sql() +
          ".runs WHERE command = 'run' AND finished_at IS NOT NULL AND started_at > now() - "
          "$1::integer * interval '1 day' ORDER BY run_id",
      {std::to_string(days)},
      "run duration history",
      Statement::Kind::read_state};
}

Statement dependent_views(const std::string& table_sql) {
  return {
      "WITH RECURSIVE deps(oid) AS ("
      " SELECT DISTINCT r.ev_class FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid"
      " WHERE d.refobjid = $1::regclass AND r.ev_class <> $1::regclass"
      " UNION"
      " SELECT r.ev_class FROM deps JOIN pg_depend d ON d.refobjid = deps.oid"
      " JOIN pg_rewrite r ON r.oid = d.objid WHERE r.ev_class <> deps.oid)"
      " SELECT DISTINCT format('%I.%I', n.nspname, c.relname) FROM deps JOIN pg_class c ON "
      "c.oid = deps.oid JOIN pg_namespace n ON n.oid = c.relnamespace",
      {table_sql},
      "views reading " + table_sql,
      Statement::Kind::read_state};
}

Statement privileges_of(const std::string& relation_sql) {
  return {
      "SELECT a.privilege_type, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE "
      "quote_ident(r.rolname) END, a.is_grantable FROM pg_class c CROSS JOIN LATERAL "
      "aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee WHERE c.oid = "
      "$1::regclass AND a.grantee <> c.relowner",
      {relation_sql},
      "privileges on " + relation_sql,
      Statement::Kind::read_state};
}

Statement relation_exists(const std::string& relation_sql) {
  return {"SELECT to_regclass($1) IS NOT NULL",
          {relation_sql},
          "exists " + relation_sql,
          Statement::Kind::read_state};
}

std::vector<Statement> adopt_model_state(const Ident& live, const Ident& shadow,
                                         const std::vector<std::string>& models,
                                         const std::string& live_schema, long long run_id) {
  const std::string l = live.sql(), sh = shadow.sql();
  std::string list = "{" + join(models, ",") + "}";  // identifiers: no quoting needed
  std::string id = std::to_string(run_id);
  std::vector<Statement> out;
  for (const char* t : {"watermarks", "built_periods", "models"})
    out.push_back({"DELETE FROM " + l + "." + t + " WHERE model = ANY($1::text[])",
                   {list},
                   std::string("rebuild: forget ") + t});
  out.push_back({"INSERT INTO " + l +
                     ".watermarks (model, source, value, updated_at, run_id) SELECT model, "
                     "source, value, updated_at, $2::bigint FROM " +
                     sh + ".watermarks WHERE model = ANY($1::text[])",
                 {list, id},
                 "rebuild: adopt watermarks"});
  out.push_back({"INSERT INTO " + l +
                     ".built_periods (model, period_start, period_end, built_at, run_id, "
                     "row_count) SELECT model, period_start, period_end, built_at, $2::bigint, "
                     "row_count FROM " +
                     sh + ".built_periods WHERE model = ANY($1::text[])",
                 {list, id},
                 "rebuild: adopt built periods"});
  out.push_back({"INSERT INTO " + l +
                     ".models (model, kind, table_name, fingerprint, shape, definition, "
                     "created_at, built_at, updated_at) SELECT model, kind, $2 || '.' || model, "
                     "fingerprint, shape, definition, created_at, built_at, updated_at FROM " +
                     sh + ".models WHERE model = ANY($1::text[])",
                 {list, live_schema},
                 "rebuild: adopt models"});
  out.push_back({"INSERT INTO " + l +
                     ".model_runs (run_id, model, status, started_at, finished_at, duration_ms, "
                     "rows_inserted, rows_updated, rows_deleted, periods_built, message, error) "
                     "SELECT $2::bigint, model, status, started_at, finished_at, duration_ms, "
                     "rows_inserted, rows_updated, rows_deleted, periods_built, message, error "
                     "FROM " +
                     sh + ".model_runs WHERE model = ANY($1::text[])",
                 {list, id},
                 "rebuild: record model runs"});
  return out;
}

Statement upstream_changed(const Ident& meta, const std::string& model,
                           const std::vector<std::string>& upstream) {
  const std::string m = meta.sql();
  return {"SELECT coalesce((SELECT max(finished_at) FROM " + m +
              ".model_runs WHERE model = ANY($2::text[]) AND rows_inserted + rows_updated + "
              "rows_deleted > 0), '-infinity') >= coalesce((SELECT max(finished_at) FROM " +
              m + ".model_runs WHERE model = $1 AND status = 'success'), 'infinity')",
          {model, "{" + join(upstream, ",") + "}"},
          "upstream changes of " + model,
          Statement::Kind::read_state};
}

Statement set_time_zone(const std::string& tz) {
  return {"SELECT set_config('TimeZone', $1, false)",
          {tz},
          "session time zone",
          Statement::Kind::read_state};
}

}  // namespace starling::meta_sql
