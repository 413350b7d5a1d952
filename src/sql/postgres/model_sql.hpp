// PostgreSQL's ModelSql: ModelSqlBase's shared statements with PostgreSQL's hooks, and the
// statements PostgreSQL writes its own way (ON CONFLICT, RETURNING, IS DISTINCT FROM, EXCEPT ALL,
// generate_series).
#pragma once

#include "sql/model_sql_base.hpp"

namespace starling {

class PostgresModelSql : public ModelSqlBase {
 protected:
  // the stage goes with the transaction
  std::string stage_options() const override { return " ON COMMIT DROP"; }
  std::string target_as(const std::string& alias) const override { return " AS " + alias; }
  std::string target_ref(const BuildTarget&, const std::string& alias) const override {
    return alias;
  }
  // IS DISTINCT FROM
  std::string differs(const std::vector<std::string>& a,
                      const std::vector<std::string>& b) const override;
  // OFFSET 0, which PostgreSQL never flattens
  std::string keep_subquery() const override { return " OFFSET 0"; }
  bool joins_values() const override { return true; }
  std::string rows_among(const std::vector<std::string>& exprs,
                         const std::vector<std::string>& as_text,
                         const std::vector<std::string>& types,
                         const std::vector<std::vector<std::string>>& keys) const override;
  std::string read_as_text(const std::string& expr) const override {
    return "CAST(" + expr + " AS text)";
  }
  std::string text_of(const std::string& expr, const std::string&) const override {
    return read_as_text(expr);
  }
  std::string text_type() const override { return "text"; }
  // generate_series
  std::string periods_from(const std::string& unit, const WindowValues& w) const override;
  // the identity column gives new members their keys
  std::string new_keys_column(const Model&) const override { return ""; }
  std::string new_keys(const BuildTarget&, const Model&,
                       const std::vector<std::string>&) const override {
    return "";
  }

 public:
  std::optional<Statement> analyze(const BuildTarget& t) const override;
  std::optional<Statement> continue_keys(const BuildTarget& t) const override;
  std::vector<Statement> dimension_upsert(const BuildTarget& t) const override;
  // versions_sql.cpp (the merge is ModelSqlBase's)
  Statement versions_close(const BuildTarget& t, const GrainFilter* only) const override;
  Statement versions_repoint(const BuildTarget& t, const Model& fact, const Reference& ref,
                             bool keep_key) const override;
  Statement infer_members(const BuildTarget& t, const Reference& ref,
                          const Model& dim) const override;
  Statement delete_window(const BuildTarget& t, const WindowValues& w) const override;
  std::vector<Statement> fact_upsert(const BuildTarget& t) const override;
  Statement delete_missing(const BuildTarget& t, const WindowValues* w) const override;
  std::vector<Statement> date_rows(
      const BuildTarget& t, const std::vector<std::vector<std::string>>& rows) const override;
  Statement diff_count(const BuildTarget& live, const BuildTarget& other) const override;
  Statement diff_sample(const BuildTarget& live, const BuildTarget& other,
                        int limit) const override;
};

}  // namespace starling
