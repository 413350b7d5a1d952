// PostgreSQL (SPEC §7): identity columns, unique indexes, advisory locks.
#pragma once

#include "sql/dialect_base.hpp"
#include "sql/postgres/meta_sql.hpp"
#include "sql/postgres/model_sql.hpp"

namespace starling {

class PostgresDialect : public DialectBase {
 public:
  DialectName name() const override { return DialectName::postgres; }
  // JIT off: compiling a run's mid-sized statements took longer than running them (229 of
  // 400 ms for a densify in the hourly benchmark). Not where the connection (`options` in the
  // DSN, PGOPTIONS), the role or the database sets `jit`: only over the server's default.
  std::vector<Statement> session_setup() const override {
    return {
        {"SELECT set_config('jit', 'off', false) FROM pg_settings WHERE name = 'jit' AND "
         "source IN ('default', 'configuration file', 'command line', 'environment variable')",
         {},
         "no JIT compilation",
         Statement::Kind::read_state}};
  }
  std::string column_type(const std::string& model_type) const override;
  // every type starling accepts is PostgreSQL's
  std::optional<TypeRefusal> refuse_column_type(const std::string&,
                                                const std::string&) const override {
    return std::nullopt;
  }
  std::vector<Statement> create_table(const TableSpec& t) const override;
  std::optional<std::pair<std::string, Statement>> create_index(const TableSpec& t) const override;
  std::optional<Statement> existing_indexes(const Ident& schema) const override;
  Statement add_column(const QualifiedName& table, const StoredColumn& c) const override;
  Statement meta_version_table_exists(const Ident& meta) const override;
  RunLockSql run_lock(const Ident& meta, std::chrono::seconds lease) const override;
  std::optional<std::string> server_mismatch(const std::string& version) const override;
  std::vector<Statement> swap_in(const QualifiedName& shadow, const TableSpec& spec,
                                 const Ident& retired, bool live_exists) const override;
  std::optional<Statement> swap_lock_timeout() const override;
  std::optional<Statement> swap_lock(const std::vector<QualifiedName>& relations) const override;
  const ModelSql& model_sql() const override { return model_sql_; }
  const MetaSql& meta_sql() const override { return meta_sql_; }

 protected:
  std::string meta_type(MetaType t, int bytes) const override;
  // expr::type
  std::string meta_cast(const std::string& expr, MetaType t, int bytes) const override;
  std::string meta_now() const override { return "now()"; }
  std::optional<std::string> identity() const override { return " GENERATED ALWAYS AS IDENTITY"; }
  bool primary_key_with_column() const override { return true; }
  bool foreign_keys() const override { return true; }
  bool indexes() const override { return true; }
  // DISTINCT ON
  std::string latest_check(const std::string& m) const override;
  std::string last_model_run(const std::string& m) const override;
  // now() - instant
  std::string seconds_since(const std::string& instant, size_t column) const override;
  std::string view_order() const override { return "\nORDER BY kind DESC, name"; }
  // the view of version 1, replaced in version 2
  std::optional<Statement> first_pipeline_health(const std::string& m) const override;

 private:
  PostgresModelSql model_sql_;
  PostgresMetaSql meta_sql_;
};

// The advisory lock key that guards runs writing to `meta` (stable across versions).
long long run_lock_key(const std::string& meta);

}  // namespace starling
