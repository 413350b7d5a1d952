#include "sql/meta.hpp"

#include "util/strings.hpp"

namespace starling {

namespace {
std::optional<std::string> opt_id(std::optional<long long> v) {
  if (!v) return std::nullopt;
  return std::to_string(*v);
}
}  // namespace

std::string in_params(const std::vector<std::string>& values,
                      std::vector<std::optional<std::string>>& params) {
  std::string out;
  for (const auto& v : values) {
    params.push_back(v);
    out += (out.empty() ? "$" : ", $") + std::to_string(params.size());
  }
  return out.empty() ? "NULL" : out;
}

Statement MetaSql::current_version(const Ident& meta) const {
  return {"SELECT max(version) FROM " + meta.sql() + ".meta_version",
          {},
          "meta schema version",
          Statement::Kind::read_state};
}

Statement MetaSql::set_version(const Ident& meta, int version) const {
  return {"INSERT INTO " + meta.sql() + ".meta_version (version) VALUES ($1::integer)",
          {std::to_string(version)},
          "meta schema version"};
}

Statement MetaSql::applied_migrations(const Ident& meta) const {
  return {"SELECT version, name, file, checksum, " + timestamp_text("applied_at") + " FROM " +
              meta.sql() + ".schema_migrations ORDER BY version",
          {},
          "applied migrations",
          Statement::Kind::read_state};
}

Statement MetaSql::record_migration(const Ident& meta, const Migration& m, long long ms,
                                    std::optional<long long> run_id) const {
  return {
      "INSERT INTO " + meta.sql() +
          ".schema_migrations (version, name, file, checksum, execution_ms, run_id) VALUES "
          "($1::integer, $2, $3, $4, $5::bigint, $6::bigint)",
      {std::to_string(m.version), m.name, m.file, m.checksum, std::to_string(ms), opt_id(run_id)},
      "record migration " + m.file};
}

Statement MetaSql::applied_repeatables(const Ident& meta) const {
  return {"SELECT name, file, checksum, " + timestamp_text("applied_at") + " FROM " + meta.sql() +
              ".repeatable_migrations ORDER BY name",
          {},
          "applied repeatable migrations",
          Statement::Kind::read_state};
}

Statement MetaSql::forget_repeatable(const Ident& meta, const std::string& name) const {
  return {"DELETE FROM " + meta.sql() + ".repeatable_migrations WHERE name = $1",
          {name},
          "forget repeatable migration " + name};
}

Statement MetaSql::record_repeatable(const Ident& meta, const Migration& m, long long ms,
                                     std::optional<long long> run_id) const {
  return {"INSERT INTO " + meta.sql() +
              ".repeatable_migrations (name, file, checksum, execution_ms, run_id) VALUES "
              "($1, $2, $3, $4::bigint, $5::bigint)",
          {m.name, m.file, m.checksum, std::to_string(ms), opt_id(run_id)},
          "record repeatable migration " + m.file};
}

Statement MetaSql::finish_run(const Ident& meta, long long run_id, const std::string& status,
                              const std::optional<std::string>& error) const {
  return {"UPDATE " + meta.sql() + ".runs SET finished_at = " + now() +
              ", status = $2, error = $3 WHERE run_id = $1::bigint",
          {std::to_string(run_id), status, error},
          "finish run"};
}

Statement MetaSql::close_interrupted_runs(const Ident& meta, long long run_id,
                                          const std::string& error) const {
  const std::string m = meta.sql();
  return {"UPDATE " + m + ".runs SET status = 'failed', finished_at = x.last_at, error = $2 FROM " +
              "(SELECT r.run_id, coalesce(max(mr.finished_at), r.started_at) AS last_at FROM " + m +
              ".runs r LEFT JOIN " + m +
              ".model_runs mr ON mr.run_id = r.run_id WHERE r.status = 'running' AND r.run_id < "
              "$1::bigint AND r.command IN ('run', 'restate', 'rebuild', 'migrate') GROUP BY "
              "r.run_id, r.started_at) AS x WHERE runs.run_id = x.run_id",
          {std::to_string(run_id), error},
          "close interrupted runs"};
}

Statement MetaSql::record_model_run(const Ident& meta, const meta_sql::ModelRunRecord& r) const {
  return {"INSERT INTO " + meta.sql() +
              ".model_runs (run_id, model, status, started_at, finished_at, duration_ms, "
              "rows_inserted, rows_updated, rows_deleted, periods_built, message, error) VALUES "
              "($1::bigint, $2, $3, " +
              now() + " - $4::bigint * interval '1 millisecond', " + now() +
              ", $4::bigint, $5::bigint, $6::bigint, $7::bigint, $8::integer, $9, $10)",
          {std::to_string(r.run_id), r.model, r.status, std::to_string(r.duration_ms),
           std::to_string(r.inserted), std::to_string(r.updated), std::to_string(r.deleted),
           std::to_string(r.periods), r.message, r.error},
          "record model run " + r.model};
}

Statement MetaSql::recorded_models(const Ident& meta) const {
  return {
      "SELECT model, fingerprint, definition, built_at IS NOT NULL FROM " + meta.sql() + ".models",
      {},
      "recorded models",
      Statement::Kind::read_state};
}

Statement MetaSql::forget_positions(const Ident& meta, const std::string& model) const {
  return {"DELETE FROM " + meta.sql() + ".positions WHERE model = $1",
          {model},
          "forget positions of " + model};
}

Statement MetaSql::forget_watermarks(const Ident& meta, const std::string& model) const {
  return {"DELETE FROM " + meta.sql() + ".watermarks WHERE model = $1",
          {model},
          "forget watermarks of " + model};
}

Statement MetaSql::forget_built_periods(const Ident& meta, const std::string& model,
                                        const std::optional<std::string>& from,
                                        const std::optional<std::string>& to) const {
  return {"DELETE FROM " + meta.sql() +
              ".built_periods WHERE model = $1 AND ($2::timestamp IS NULL OR period_end > "
              "$2::timestamp) AND ($3::timestamp IS NULL OR period_start < $3::timestamp)",
          {model, from, to},
          "forget built periods of " + model};
}

Statement MetaSql::watermarks(const Ident& meta, const std::string& model) const {
  return {"SELECT source, to_char(value, 'YYYY-MM-DD HH24:MI:SS.US') FROM " + meta.sql() +
              ".watermarks WHERE model = $1",
          {model},
          "watermarks of " + model,
          Statement::Kind::read_state};
}

Statement MetaSql::built_periods(const Ident& meta, const std::string& model) const {
  return {"SELECT to_char(period_start, 'YYYY-MM-DD HH24:MI:SS') FROM " + meta.sql() +
              ".built_periods WHERE model = $1",
          {model},
          "built periods of " + model,
          Statement::Kind::read_state};
}

Statement MetaSql::recent_runs(const Ident& meta, int n) const {
  Statement s;
  s.sql =
      "SELECT run_id, command, target, status, to_char(started_at, 'YYYY-MM-DD HH24:MI:SS'), "
      "round(CAST(extract(epoch FROM coalesce(finished_at, " +
      now() + ")) - extract(epoch FROM started_at) AS numeric(18, 1)), 1), error FROM " +
      meta.sql() + ".runs ORDER BY run_id DESC " + limit(n, s.params);
  s.label = "recent runs";
  return s;
}

Statement MetaSql::model_states(const Ident& meta) const {
  const std::string m = meta.sql();
  return {
      "SELECT r.model, r.status, to_char(r.finished_at, 'YYYY-MM-DD HH24:MI:SS'), "
      "r.rows_inserted, r.rows_updated, r.rows_deleted, r.periods_built, coalesce(r.error, "
      "r.message), to_char(s.last_success, 'YYYY-MM-DD HH24:MI:SS') FROM (SELECT mr.*, "
      "row_number() OVER (PARTITION BY mr.model ORDER BY mr.run_id DESC) AS n FROM " +
          m + ".model_runs mr JOIN " + m +
          ".runs u ON u.run_id = mr.run_id WHERE u.command = 'run') r LEFT JOIN (SELECT "
          "model, max(finished_at) AS last_success FROM " +
          m +
          ".model_runs WHERE status = 'success' GROUP BY model) s ON s.model = r.model WHERE "
          "r.n = 1 ORDER BY r.model",
      {},
      "model states",
      Statement::Kind::read_state};
}

Statement MetaSql::all_watermarks(const Ident& meta) const {
  return {"SELECT model, source, to_char(value, 'YYYY-MM-DD HH24:MI:SS') FROM " + meta.sql() +
              ".watermarks ORDER BY model, source",
          {},
          "watermarks",
          Statement::Kind::read_state};
}

Statement MetaSql::column_types(const std::string& schema, const std::string& table) const {
  return {
      "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 "
      "AND table_name = $2 ORDER BY ordinal_position",
      {schema, table},
      "columns of " + schema + "." + table,
      Statement::Kind::read_state};
}

Statement MetaSql::max_loaded_at(const std::string& schema, const std::string& table,
                                 const std::string& loaded_at,
                                 const std::optional<std::string>& filter) const {
  std::string t = Ident(schema).sql() + "." + Ident(table).sql();
  return {
      "SELECT to_char(m, 'YYYY-MM-DD HH24:MI:SS'), extract(epoch FROM m) FROM (SELECT "
      "CAST(max(" +
          Ident(loaded_at).sql() + ") AS timestamptz) AS m FROM " + t +
          (filter ? " WHERE (" + *filter + ")" : "") + ") x",
      {},
      "freshness of " + schema + "." + table,
      Statement::Kind::read_state};
}

Statement MetaSql::server_epoch() const {
  return {
      "SELECT extract(epoch FROM " + now() + ")", {}, "server clock", Statement::Kind::read_state};
}

Statement MetaSql::record_freshness(const Ident& meta, const meta_sql::FreshnessRow& r) const {
  auto num = [](const std::optional<long long>& v) {
    return v ? std::optional<std::string>(std::to_string(*v)) : std::nullopt;
  };
  return {"INSERT INTO " + meta.sql() +
              ".source_freshness (run_id, source, table_name, max_loaded_at, lag_seconds, "
              "warn_after_seconds, error_after_seconds, status, message) VALUES ($1::bigint, $2, "
              "$3, (TIMESTAMP 'epoch' + $4::double precision * interval '1 second') AT TIME ZONE "
              "'UTC', $5::bigint, $6::bigint, $7::bigint, $8, $9)",
          {num(r.run_id), r.source, r.table, r.max_loaded_at_epoch, num(r.lag_seconds),
           num(r.warn_after_seconds), num(r.error_after_seconds), r.status, r.message},
          "record freshness of " + r.source + "." + r.table};
}

Statement MetaSql::prune_freshness(const Ident& meta, long long older_than_seconds) const {
  return {"DELETE FROM " + meta.sql() + ".source_freshness WHERE checked_at < " + now() +
              " - $1::bigint * interval '1 second'",
          {std::to_string(older_than_seconds)},
          "prune freshness history"};
}

Statement MetaSql::health_rows(const Ident& meta) const {
  return {
      "SELECT kind, name, status, to_char(last_success, 'YYYY-MM-DD HH24:MI:SS'), lag_seconds, "
      "threshold_seconds, warn_after_seconds, error_after_seconds, message, "
      "to_char(checked_at, 'YYYY-MM-DD HH24:MI:SS') FROM " +
          meta.sql() + ".pipeline_health ORDER BY kind DESC, name",
      {},
      "pipeline health",
      Statement::Kind::read_state};
}

Statement MetaSql::health_runs(const Ident& meta, int n) const {
  const std::string m = meta.sql();
  Statement s{
      "SELECT r.run_id, r.command, r.status, to_char(r.started_at, 'YYYY-MM-DD HH24:MI:SS'), "
      "round(CAST(extract(epoch FROM r.finished_at) - extract(epoch FROM r.started_at) AS "
      "numeric(18, 1)), 1), coalesce(sum(mr.rows_inserted), 0), coalesce(sum(mr.rows_updated), "
      "0), coalesce(sum(mr.rows_deleted), 0), sum(CASE WHEN mr.status = 'success' THEN 1 ELSE 0 "
      "END), sum(CASE WHEN mr.status = 'failed' THEN 1 ELSE 0 END), sum(CASE WHEN mr.status = "
      "'skipped' THEN 1 ELSE 0 END), r.error FROM " +
          m + ".runs r LEFT JOIN " + m +
          ".model_runs mr ON mr.run_id = r.run_id GROUP BY r.run_id, r.command, r.status, "
          "r.started_at, r.finished_at, r.error ORDER BY r.run_id DESC ",
      {},
      "recent runs with their rows",
      Statement::Kind::read_state};
  s.sql += limit(n, s.params);
  return s;
}

Statement MetaSql::lag_history(const Ident& meta, int days) const {
  return {"SELECT source || '.' || table_name, extract(epoch FROM checked_at), lag_seconds FROM " +
              meta.sql() + ".source_freshness WHERE checked_at > " + now() +
              " - $1::integer * interval '1 day' AND "
              "lag_seconds IS NOT NULL ORDER BY 1, checked_at",
          {std::to_string(days)},
          "source lag history",
          Statement::Kind::read_state};
}

Statement MetaSql::run_durations(const Ident& meta, int days) const {
  return {
      "SELECT extract(epoch FROM started_at), extract(epoch FROM finished_at) - extract(epoch "
      "FROM started_at), status FROM " +
          meta.sql() + ".runs WHERE command = 'run' AND finished_at IS NOT NULL AND started_at > " +
          now() +
          " - "
          "$1::integer * interval '1 day' ORDER BY run_id",
      {std::to_string(days)},
      "run duration history",
      Statement::Kind::read_state};
}

// The catalog queries below keep to what PostgreSQL and Redshift's leader node share: pg_class,
// pg_namespace, pg_depend, pg_rewrite, a recursive CTE with UNION ALL, relacl as text.

Statement MetaSql::dependent_views(const std::string& schema, const std::string& table) const {
  return {std::string("WITH RECURSIVE deps(oid) AS (") +
              " SELECT r.ev_class FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid"
              " WHERE d.refobjid = " +
              meta_sql::k_relation_oid + " AND r.ev_class <> d.refobjid" +
              " UNION ALL"
              " SELECT r.ev_class FROM deps JOIN pg_depend d ON d.refobjid = deps.oid"
              " JOIN pg_rewrite r ON r.oid = d.objid WHERE r.ev_class <> deps.oid)"
              " SELECT DISTINCT n.nspname, c.relname FROM deps JOIN pg_class c ON c.oid = deps.oid"
              " JOIN pg_namespace n ON n.oid = c.relnamespace",
          {schema, table},
          "views reading " + schema + "." + table,
          Statement::Kind::read_state};
}

Statement MetaSql::views_reading(const std::string& schema, const std::string& relation) const {
  // late-binding views (WITH NO SCHEMA BINDING) have no dependency: not among them
  return {std::string("SELECT DISTINCT n.nspname, c.relname, pg_get_viewdef(c.oid), "
                      "pg_get_userbyid(c.relowner), pg_get_userbyid(c.relowner) = current_user "
                      "FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid JOIN pg_class c ON "
                      "c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace WHERE "
                      "d.refobjid = ") +
              meta_sql::k_relation_oid +
              " AND r.ev_class <> d.refobjid AND c.relkind = 'v' ORDER BY 1, 2",
          {schema, relation},
          "views reading " + schema + "." + relation,
          Statement::Kind::read_state};
}

Statement MetaSql::create_view(const QualifiedName& view, const std::string& definition) const {
  std::string body = trim(definition);  // pg_get_viewdef ends it with ';'
  while (!body.empty() && body.back() == ';') body = trim(body.substr(0, body.size() - 1));
  return {"CREATE VIEW " + view.sql() + " AS " + body,
          {},
          "recreate view " + view.schema.name() + "." + view.name.name()};
}

Statement MetaSql::set_owner(const QualifiedName& relation, const std::string& owner) const {
  // ALTER TABLE gives views too (https://docs.aws.amazon.com/redshift/latest/dg/r_ALTER_TABLE.html)
  return {"ALTER TABLE " + relation.sql() + " OWNER TO " + quote_any_name(owner),
          {},
          "owner of " + relation.schema.name() + "." + relation.name.name()};
}

Statement MetaSql::grant(const QualifiedName& relation, const meta_sql::Grant& g) const {
  const std::string to = relation.sql();
  return {"GRANT " + g.privilege + " ON " + to + " TO " + g.grantee +
              (g.grantable ? " WITH GRANT OPTION" : ""),
          {},
          "grant on " + to};
}

Statement MetaSql::drop_retired(const Ident& retired) const {
  return {"DROP SCHEMA " + retired.sql() + " CASCADE", {}, "drop retired tables"};
}

Statement MetaSql::relation_exists(const std::string& schema, const std::string& relation) const {
  return {std::string("SELECT count(*) > 0 FROM pg_class c JOIN pg_namespace n ON n.oid = ") +
              "c.relnamespace WHERE n.nspname = $1 AND c.relname = $2",
          {schema, relation},
          "exists " + schema + "." + relation,
          Statement::Kind::read_state};
}

std::vector<Statement> MetaSql::adopt_model_state(const Ident& live, const Ident& shadow,
                                                  const std::vector<std::string>& models,
                                                  const std::string& live_schema,
                                                  long long run_id) const {
  const std::string l = live.sql(), sh = shadow.sql();
  std::vector<Statement> out;
  // `first` is $1 when given; the models follow it
  auto add = [&](const std::string& head, const std::optional<std::string>& first,
                 const std::string& tail, const std::string& label) {
    Statement s;
    if (first) s.params.push_back(first);
    s.sql = head + in_params(models, s.params) + tail;
    s.label = label;
    out.push_back(std::move(s));
  };
  for (const char* t : {"watermarks", "positions", "built_periods", "models"})
    add("DELETE FROM " + l + "." + t + " WHERE model IN (", std::nullopt, ")",
        std::string("rebuild: forget ") + t);
  const std::string id = std::to_string(run_id);
  add("INSERT INTO " + l +
          ".watermarks (model, source, value, updated_at, run_id) SELECT model, source, value, "
          "updated_at, $1::bigint FROM " +
          sh + ".watermarks WHERE model IN (",
      id, ")", "rebuild: adopt watermarks");
  add("INSERT INTO " + l +
          ".positions (model, input, seqs, updated_at, run_id) SELECT model, input, seqs, "
          "updated_at, $1::bigint FROM " +
          sh + ".positions WHERE model IN (",
      id, ")", "rebuild: adopt positions");
  add("INSERT INTO " + l +
          ".built_periods (model, period_start, period_end, built_at, run_id, row_count) SELECT "
          "model, period_start, period_end, built_at, $1::bigint, row_count FROM " +
          sh + ".built_periods WHERE model IN (",
      id, ")", "rebuild: adopt built periods");
  add("INSERT INTO " + l +
          ".models (model, kind, table_name, fingerprint, shape, definition, created_at, "
          "built_at, updated_at) SELECT model, kind, $1 || '.' || model, fingerprint, shape, "
          "definition, created_at, built_at, updated_at FROM " +
          sh + ".models WHERE model IN (",
      live_schema, ")", "rebuild: adopt models");
  add("INSERT INTO " + l +
          ".model_runs (run_id, model, status, started_at, finished_at, duration_ms, "
          "rows_inserted, rows_updated, rows_deleted, periods_built, message, error) SELECT "
          "$1::bigint, model, status, started_at, finished_at, duration_ms, rows_inserted, "
          "rows_updated, rows_deleted, periods_built, message, error FROM " +
          sh + ".model_runs WHERE model IN (",
      id, ")", "rebuild: record model runs");
  return out;
}

Statement MetaSql::upstream_changed(const Ident& meta, const std::string& model,
                                    const std::vector<std::string>& upstream) const {
  const std::string m = meta.sql();
  Statement s;
  s.params.push_back(model);
  // by run ids, not clocks: Redshift's GETDATE() has whole seconds, and a run builds the upstream
  // models before this one, so a write in the run of the model's last success was seen by it
  s.sql = "SELECT coalesce((SELECT max(run_id) FROM " + m + ".model_runs WHERE model IN (" +
          in_params(upstream, s.params) +
          ") AND rows_inserted + rows_updated + rows_deleted > 0) > (SELECT max(run_id) "
          "FROM " +
          m + ".model_runs WHERE model = $1 AND status = 'success'), false)";
  s.label = "upstream changes of " + model;
  s.kind = Statement::Kind::read_state;
  return s;
}

Statement MetaSql::set_time_zone(const std::string& tz) const {
  return {"SELECT set_config('TimeZone', $1, false)",
          {tz},
          "session time zone",
          Statement::Kind::read_state};
}

}  // namespace starling
