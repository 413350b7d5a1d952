#include "sql/redshift/redshift_dialect.hpp"

#include "sql/identifier.hpp"
#include "sql/redshift/ddl.hpp"
#include "sql/redshift/inline_params.hpp"
#include "sql/redshift/lint.hpp"
#include "sql/redshift/types.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace starling {

namespace {

const char* const k_test_getdate = "SELECT date_trunc('second', statement_timestamp())::timestamp";

// What the test mode lets through of the checker's findings: a TEXT cast runs on Redshift (as
// VARCHAR(256)), and a model's own SQL may mean it; starling's own statements are checked for it
// over the golden cases, the plans and the recordings.
const std::vector<std::string> k_runs_on_redshift = {"TEXT type"};

}  // namespace

std::string RedshiftDialect::column_type(const std::string& model_type) const {
  if (on_postgres_) return postgres_.column_type(model_type);
  auto t = redshift_column_type(model_type);
  if (!t)
    throw Error(ErrorCategory::project, "type '" + model_type + "' has no Redshift equivalent");
  return *t;
}

std::optional<TypeRefusal> RedshiftDialect::refuse_column_type(
    const std::string& column, const std::string& model_type) const {
  if (redshift_column_type(model_type)) return std::nullopt;
  return TypeRefusal{
      "column '" + column + "' has type '" + model_type + "', which Redshift does not have",
      "a redshift target is configured; use a type both databases have (text, varchar(n), "
      "numeric(p,s), integer, bigint, boolean, date, timestamp, …)"};
}

bool RedshiftDialect::StandIns::has(const std::string& text) {
  // as it is, or prepared by the catalog check (PREPARE name AS …)
  std::string prepared = text;
  if (prepared.rfind("PREPARE ", 0) == 0 && prepared.find(" AS ") != std::string::npos)
    prepared = prepared.substr(prepared.find(" AS ") + 4);
  std::lock_guard<std::mutex> hold(mutex);
  return sql.count(text) || sql.count(prepared);
}

bool RedshiftDialect::stands_in(const std::string& sql) const {
  return stand_ins_->has(sql);
}

std::vector<Statement> RedshiftDialect::stand_in(std::vector<Statement> statements) const {
  std::lock_guard<std::mutex> hold(stand_ins_->mutex);
  for (const auto& s : statements) stand_ins_->sql.insert(s.sql);
  return statements;
}

std::vector<Statement> RedshiftDialect::create_table(const TableSpec& t) const {
  if (on_postgres_) return stand_in(postgres_.create_table(t));
  return redshift_create_table(t);
}

// Redshift has no indexes: its sort key orders the rows
std::optional<std::pair<std::string, Statement>> RedshiftDialect::create_index(
    const TableSpec& t) const {
  if (on_postgres_) {
    auto i = postgres_.create_index(t);
    if (i) stand_in({i->second});
    return i;
  }
  return std::nullopt;
}

std::optional<Statement> RedshiftDialect::existing_indexes(const Ident& schema) const {
  if (on_postgres_) {
    auto s = postgres_.existing_indexes(schema);
    if (s) stand_in({*s});
    return s;
  }
  return std::nullopt;
}

Statement RedshiftDialect::add_column(const QualifiedName& table, const StoredColumn& c) const {
  if (on_postgres_) return stand_in({postgres_.add_column(table, c)})[0];
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

std::string RedshiftDialect::meta_type(MetaType t, int bytes) const {
  if (t == MetaType::text) return "VARCHAR(" + std::to_string(bytes) + ")";
  static const char* const k_names[] = {"INTEGER", "BIGINT", "TIMESTAMP", "TIMESTAMPTZ"};
  return k_names[static_cast<int>(t)];
}

std::string RedshiftDialect::meta_cast(const std::string& expr, MetaType t, int bytes) const {
  return "CAST(" + expr + " AS " + meta_type(t, bytes) + ")";
}

std::string RedshiftDialect::latest_check(const std::string& m) const {
  return R"SQL(  SELECT source, table_name, checked_at, max_loaded_at, lag_seconds, warn_after_seconds,
         error_after_seconds, status, message
  FROM (SELECT f.*, row_number() OVER (PARTITION BY f.source, f.table_name
                                       ORDER BY f.checked_at DESC) AS n
        FROM )SQL" +
         m + R"SQL(.source_freshness f) x
  WHERE n = 1)SQL";
}

std::string RedshiftDialect::last_model_run(const std::string& m) const {
  return R"SQL(  SELECT model, status, finished_at, error, message
  FROM (SELECT mr.*, row_number() OVER (PARTITION BY mr.model ORDER BY mr.run_id DESC) AS n
        FROM )SQL" +
         m + R"SQL(.model_runs mr
        WHERE mr.status <> 'running') x
  WHERE n = 1)SQL";
}

std::string RedshiftDialect::seconds_since(const std::string& instant, size_t column) const {
  // the second line under the first's `extract`
  return "CAST(extract(epoch FROM " + meta_cast(meta_now(), MetaType::timestamptz, 0) + ")\n" +
         std::string(column + 5, ' ') + "- extract(epoch FROM " + instant + ") AS BIGINT)";
}

std::optional<std::string> RedshiftDialect::server_mismatch(const std::string& version) const {
  if (on_postgres_ || version.find("Redshift") != std::string::npos) return std::nullopt;
  return "the target has dialect: redshift, but the server is not Redshift (" +
         version.substr(0, version.find(',')) +
         "): starling writes Redshift's SQL there; use dialect: postgres for PostgreSQL";
}

std::vector<Statement> RedshiftDialect::swap_in(const QualifiedName& shadow, const TableSpec& spec,
                                                const Ident&, bool live_exists) const {
  // Redshift cannot move a table to another schema. A live table of another shape is dropped (its
  // views with it, which the swap reads before and recreates) and made again from the rebuilt rows;
  // one of the same shape keeps its place (replace_rows).
  std::vector<Statement> out;
  const std::string name = spec.table.name.name();
  if (live_exists)
    out.push_back({"DROP TABLE " + spec.table.sql() + " CASCADE", {}, "retire " + name});
  TableSpec bare = spec;
  bare.unknown_member.clear();  // it comes with the rows
  for (auto& s : create_table(bare)) out.push_back(std::move(s));
  out.push_back(copy_rows(shadow, spec));
  return out;
}

std::optional<Statement> RedshiftDialect::table_shape(const QualifiedName& table) const {
  // the catalog of the leader node; on a cluster also the distribution and sort keys
  // (https://docs.aws.amazon.com/redshift/latest/dg/r_PG_TABLE_DEF.html reads them there)
  return Statement{std::string("SELECT a.attname, a.atttypid, a.atttypmod, a.attnotnull") +
                       (on_postgres_ ? "" : ", a.attisdistkey, a.attsortkeyord") +
                       " FROM pg_attribute a WHERE a.attrelid = " + meta_sql::k_relation_oid +
                       " AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
                   {table.schema.name(), table.name.name()},
                   "shape of " + table.schema.name() + "." + table.name.name(),
                   Statement::Kind::read_state};
}

// The lease reads no session but its own: STV tables exist only on provisioned clusters, and a
// regular user sees only their own rows there
// (https://docs.aws.amazon.com/redshift/latest/dg/r_STV_SESSIONS.html).
RunLockSql RedshiftDialect::run_lock(const Ident& meta, std::chrono::seconds lease) const {
  RunLockSql l;
  l.kind = RunLockSql::Kind::lease;
  const std::string t = meta.sql() + ".run_lock";
  const std::string create = "CREATE TABLE IF NOT EXISTS " + t +
                             " (token VARCHAR(32) NOT NULL, holder VARCHAR(256), process "
                             "VARCHAR(256), taken_at TIMESTAMPTZ, expires_at TIMESTAMPTZ)";
  l.prepare = {
      {"CREATE SCHEMA IF NOT EXISTS " + meta.sql(), {}, "meta schema", Statement::Kind::lock},
      {create, {}, "run lock table", Statement::Kind::lock}};
  l.current_shape = {
      "SELECT count(*) > 0 FROM information_schema.columns WHERE table_schema = $1 AND "
      "table_name = 'run_lock' AND column_name = 'token'",
      {meta.name()},
      "run lock table shape",
      Statement::Kind::lock};
  l.earlier_holder = {"SELECT max(holder) FROM " + t,
                      {},
                      "run lock holder before the lease",
                      Statement::Kind::lock};
  l.reshape = {{"DROP TABLE " + t, {}, "reshape run lock table", Statement::Kind::lock},
               {create, {}, "reshape run lock table", Statement::Kind::lock}};
  // shown by plans: it opens every transaction a run writes in
  l.lock_table = {"LOCK " + t, {}, "run lock"};
  const std::string clock = "CAST(GETDATE() AS TIMESTAMPTZ)";
  // an interval literal (https://docs.aws.amazon.com/redshift/latest/dg/r_interval_literals.html)
  const std::string expiry = clock + " + INTERVAL '" + std::to_string(lease.count()) + " seconds'";
  l.holder = {"SELECT expires_at IS NULL OR expires_at < " + clock +
                  ", token, holder, process, expires_at FROM " + t,
              {},
              "run lock holder",
              Statement::Kind::lock};
  l.claim = {
      {"DELETE FROM " + t, {}, "take run lock", Statement::Kind::lock},
      {"INSERT INTO " + t + " (token, holder, process, taken_at, expires_at) VALUES ($1, $2, $3, " +
           clock + ", " + expiry + ")",
       {},
       "take run lock",
       Statement::Kind::lock}};
  l.renew = {"UPDATE " + t + " SET expires_at = " + expiry + " WHERE token = $1",
             {},
             "renew run lock",
             Statement::Kind::lock};
  l.release = {
      "DELETE FROM " + t + " WHERE token = $1", {}, "give up run lock", Statement::Kind::lock};
  return l;
}

std::function<void(Statement&)> RedshiftDialect::statement_adapter() const {
  auto adapt = [](Statement& s) {
    for (auto& p : s.params) {
      if (!p) continue;
      if (*p == "-infinity")
        p = "0001-01-01 00:00:00";
      else if (*p == "infinity")
        p = "9999-12-31 23:59:59";
    }
    if (!s.params.empty() && !redshift_takes_parameters(s.sql)) s = inline_parameters(s);
  };
  if (!on_postgres_) return adapt;
  return [adapt, stand_ins = stand_ins_](Statement& s) {
    adapt(s);
    if (!stand_ins->has(s.sql)) redshift_check(s, k_runs_on_redshift);
  };
}

std::vector<Statement> RedshiftDialect::session_setup() const {
  if (!on_postgres_) return {};
  // Redshift's GETDATE(): the statement's start (not the transaction's, as now() is), in whole
  // seconds, in the session's time zone (r_GETDATE.html), so that the tests show that nothing
  // relies on PostgreSQL's clock
  return {{"DO $$ BEGIN IF (SELECT prosrc FROM pg_proc WHERE oid = "
           "to_regprocedure('public.getdate()')) IS DISTINCT FROM " +
               quote_literal(k_test_getdate) +
               " THEN CREATE OR REPLACE FUNCTION public.getdate() RETURNS timestamp LANGUAGE sql "
               "STABLE AS " +
               quote_literal(k_test_getdate) +
               "; END IF; EXCEPTION WHEN unique_violation OR duplicate_function THEN NULL; END $$",
           {},
           "GETDATE() on PostgreSQL (test mode)",
           Statement::Kind::read_state},
          // Redshift refuses a boolean cast to text (42846): so do PostgreSQL's casts, from a
          // function in their place (an immutable one: a cast of a constant fails when planned)
          {"DO $$ BEGIN IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN "
           "RETURN; END IF; IF to_regprocedure('public.starling_boolean_to_text(boolean)') IS NULL "
           "THEN CREATE FUNCTION public.starling_boolean_to_text(boolean) RETURNS text LANGUAGE "
           "plpgsql IMMUTABLE AS 'BEGIN RAISE EXCEPTION ''cannot cast type boolean to character "
           "varying'' USING ERRCODE = ''42846''; END'; END IF; UPDATE pg_catalog.pg_cast SET "
           "castfunc = 'public.starling_boolean_to_text(boolean)'::regprocedure WHERE castsource = "
           "'boolean'::regtype AND casttarget IN ('text'::regtype, 'character varying'::regtype, "
           "'character'::regtype) AND castfunc <> "
           "'public.starling_boolean_to_text(boolean)'::regprocedure; EXCEPTION WHEN "
           "unique_violation OR duplicate_function THEN NULL; END $$",
           {},
           "boolean casts to text refused (test mode)",
           Statement::Kind::read_state}};
}

}  // namespace starling
