// Redshift's ModelSql (SPEC §7): what PostgreSQL writes with ON CONFLICT, RETURNING, IS DISTINCT
// FROM, generate_series, EXCEPT ALL or an aliased target is written here with staging tables,
// UPDATE … FROM / DELETE … USING on unaliased targets followed by INSERT … WHERE NOT EXISTS,
// comparisons spelled with CASE, a numbers table for periods and multi-row INSERTs. The rest is
// ModelSqlBase's text, sent alike to both (the lint checks every statement).
#pragma once

#include "sql/model_sql_base.hpp"

namespace starling {

class RedshiftModelSql : public ModelSqlBase {
 protected:
  // Redshift has no ON COMMIT DROP: the stage lives in the session and is dropped before each use.
  std::string stage_options() const override { return ""; }
  // No generate_series on Redshift: the periods come from a numbers table made of digits.
  std::string target_as(const std::string&) const override { return ""; }
  std::string target_ref(const BuildTarget& t, const std::string&) const override;
  // IS DISTINCT FROM spelled with CASE
  std::string differs(const std::vector<std::string>& a,
                      const std::vector<std::string>& b) const override;
  // Redshift plans differently, and OFFSET takes a positive number there
  // (https://docs.aws.amazon.com/redshift/latest/dg/r_ORDER_BY_clause.html)
  std::string keep_subquery() const override { return ""; }
  std::string read_as_text(const std::string& expr) const override { return expr; }
  // "cannot cast type boolean to character varying": a boolean is spelled with CASE
  std::string text_of(const std::string& expr, const std::string& type) const override;
  std::string text_type() const override;
  std::string periods_from(const std::string& unit, const WindowValues& w) const override;
  // "sk, " and its values for new members of `dim` (nothing when it has no surrogate key)
  std::string new_keys_column(const Model& dim) const override;
  // numbered in the order of `order` (expressions)
  std::string new_keys(const BuildTarget& t, const Model& dim,
                       const std::vector<std::string>& order) const override;
  std::vector<std::string> qualified(const std::string& alias,
                                     const std::vector<std::string>& cols) const;

 public:
  // Redshift analyzes tables by itself (auto analyze) after loads
  std::optional<Statement> analyze(const BuildTarget&) const override { return std::nullopt; }
  std::optional<Statement> continue_keys(const BuildTarget&) const override { return std::nullopt; }
  std::vector<Statement> dimension_upsert(const BuildTarget& t) const override;
  // versions_sql.cpp: no RETURNING, so the versions closed are recorded before they are closed;
  // GETDATE() for the clock; the facts re-pointed through a join on their grain
  Statement versions_close(const BuildTarget& t, const GrainFilter* only) const override;
  Statement versions_repoint(const BuildTarget& t, const Model& fact, const Reference& ref,
                             bool keep_key) const override;
  // no ON CONFLICT: under the run lock nobody else inserts members meanwhile
  Statement infer_members(const BuildTarget& t, const Reference& ref,
                          const Model& dim) const override;
  Statement delete_window(const BuildTarget& t, const WindowValues& w) const override;
  std::vector<Statement> fact_upsert(const BuildTarget& t) const override;
  Statement delete_missing(const BuildTarget& t, const WindowValues* w) const override;
  std::vector<Statement> date_rows(
      const BuildTarget& t, const std::vector<std::vector<std::string>>& rows) const override;
  // the natural keys behind surrogate keys by LEFT JOINs: a GROUP BY may not refer to a correlated
  // subquery's result (https://docs.aws.amazon.com/redshift/latest/dg/r_correlated_subqueries.html)
  std::string comparable_rows(const BuildTarget& t) const override;
  Statement diff_count(const BuildTarget& live, const BuildTarget& other) const override;
  Statement diff_sample(const BuildTarget& live, const BuildTarget& other,
                        int limit) const override;
};

// A statement of INSERT … VALUES rows stays under this many bytes (Redshift's limit is 16 MB).
constexpr size_t k_redshift_max_statement = 15 * 1024 * 1024;

}  // namespace starling
