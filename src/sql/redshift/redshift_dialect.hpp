// Amazon Redshift (SPEC §7): tables from sql/redshift/ddl, models from RedshiftModelSql, the meta
// schema from RedshiftMetaSql, the run lock as a lease in a lock table that every writing
// transaction LOCKs first, and no savepoints. The statements both dialects write alike are
// DialectBase's.
#pragma once

#include <memory>
#include <mutex>
#include <set>

#include "sql/dialect_base.hpp"
#include "sql/postgres/postgres_dialect.hpp"
#include "sql/redshift/meta_sql.hpp"
#include "sql/redshift/model_sql.hpp"

namespace starling {

class RedshiftDialect : public DialectBase {
 public:
  // `on_postgres`: the test mode of make_dialect (model tables with PostgreSQL's DDL, a GETDATE()
  // function), everything else as on Redshift. The test mode refuses what Redshift refuses: every
  // statement sent goes through the checker (sql/redshift/lint.hpp) but for the PostgreSQL DDL it
  // stands in with, and a boolean cast to text raises Redshift's error (session_setup()).
  explicit RedshiftDialect(bool on_postgres = false) : on_postgres_(on_postgres) {}
  DialectName name() const override { return DialectName::redshift; }
  std::string column_type(const std::string& model_type) const override;
  // json, jsonb, arrays, uuid, bytea, interval … (redshift_column_type)
  std::optional<TypeRefusal> refuse_column_type(const std::string& column,
                                                const std::string& model_type) const override;
  std::vector<Statement> create_table(const TableSpec& t) const override;
  std::optional<std::pair<std::string, Statement>> create_index(const TableSpec& t) const override;
  std::optional<Statement> existing_indexes(const Ident& schema) const override;
  Statement add_column(const QualifiedName& table, const StoredColumn& c) const override;
  Statement meta_version_table_exists(const Ident& meta) const override;
  RunLockSql run_lock(const Ident& meta, std::chrono::seconds lease) const override;
  std::optional<std::string> server_mismatch(const std::string& version) const override;
  std::vector<Statement> swap_in(const QualifiedName& shadow, const TableSpec& spec,
                                 const Ident& retired, bool live_exists) const override;
  // columns, types, NOT NULL, distribution and sort keys
  std::optional<Statement> table_shape(const QualifiedName& table) const override;
  std::optional<Statement> swap_lock_timeout() const override { return std::nullopt; }
  std::optional<Statement> swap_lock(const std::vector<QualifiedName>&) const override {
    return std::nullopt;
  }
  bool savepoints() const override { return false; }
  // PRIMARY KEY is informational on Redshift (t_Defining_constraints.html)
  bool enforces_keys() const override { return false; }
  // the test mode: GETDATE(), and the casts of boolean to text, varchar and char raising
  // Redshift's 42846 "cannot cast type boolean to character varying" (a superuser's session: it
  // changes pg_cast, so PostgreSQL's own bool::text fails in that database from then on)
  std::vector<Statement> session_setup() const override;
  // Redshift has no infinite timestamps: starling's unbounded window ends ("-infinity",
  // "infinity") go as the earliest and latest timestamps Redshift stores. A statement that is not
  // a SELECT, INSERT, UPDATE or DELETE (a stage's CREATE TEMP TABLE … AS SELECT) takes no bind
  // parameters there: they go into its text (inline_parameters). In the test mode, then the
  // checker: a finding throws Error(internal) instead of sending the statement.
  std::function<void(Statement&)> statement_adapter() const override;
  // In the test mode: whether `sql` is (or prepares) PostgreSQL DDL the test mode stands in with,
  // which the checker lets through.
  bool stands_in(const std::string& sql) const;
  const ModelSql& model_sql() const override { return model_sql_; }
  const MetaSql& meta_sql() const override { return meta_sql_; }

 protected:
  // INTEGER, BIGINT, TIMESTAMP, TIMESTAMPTZ, VARCHAR(bytes)
  std::string meta_type(MetaType t, int bytes) const override;
  // CAST(expr AS type)
  std::string meta_cast(const std::string& expr, MetaType t, int bytes) const override;
  std::string meta_now() const override { return "GETDATE()"; }
  // no identity columns: run and load ids are given out under the run lock
  std::optional<std::string> identity() const override { return std::nullopt; }
  bool primary_key_with_column() const override { return false; }
  bool foreign_keys() const override { return false; }
  bool indexes() const override { return false; }
  bool has_indexes() const override { return false; }
  // no DISTINCT ON: row_number()
  std::string latest_check(const std::string& m) const override;
  std::string last_model_run(const std::string& m) const override;
  // epoch seconds subtracted, GETDATE() for the clock
  std::string seconds_since(const std::string& instant, size_t column) const override;
  std::string view_order() const override { return ""; }
  // the meta schema came to Redshift after version 3
  std::optional<Statement> first_pipeline_health(const std::string&) const override {
    return std::nullopt;
  }

 private:
  // the test mode's PostgreSQL DDL, which the checker lets through (model tables, indexes)
  std::vector<Statement> stand_in(std::vector<Statement> statements) const;
  struct StandIns {
    std::mutex mutex;
    std::set<std::string> sql;
    bool has(const std::string& sql);
  };
  bool on_postgres_;
  std::shared_ptr<StandIns> stand_ins_ = std::make_shared<StandIns>();
  // the test mode's model tables
  PostgresDialect postgres_;
  RedshiftModelSql model_sql_;
  RedshiftMetaSql meta_sql_;
};

}  // namespace starling
