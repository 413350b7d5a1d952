// The statements that build models which both dialects send alike (ModelSql's, SPEC §3): the
// stage, its checks, refreshes, densify, tests, comparisons and the reads of sources. What the
// dialects write differently inside them is a hook each dialect answers; the statements a dialect
// writes its own way (upserts, deletes, date rows, comparisons of two builds) are its own.
// Neither dialect derives from the other: a change here reaches both, a change to one reaches
// only it.
#pragma once

#include <utility>

#include "sql/model_sql.hpp"

namespace starling {

class ModelSqlBase : public ModelSql {
 protected:
  // The stage's filter of a model's output rows by `only` (rows_among).
  std::string only_rows(const Model& m, const Project& p, const GrainFilter& only) const;
  // A table of the SQL (`table`, named `name`), or what the build reads instead of it.
  std::string read_instead(const BuildTarget& t, const WindowValues& w, size_t part,
                           const std::string& table, const std::string& name,
                           const std::string& after) const;
  // Hooks: what the statements below write differently on each dialect.

  // What follows CREATE TEMP TABLE <stage> (PostgreSQL: the stage goes with the transaction).
  virtual std::string stage_options() const = 0;
  // How an UPDATE names its target: what follows the table (PostgreSQL: "AS <alias>"), and what
  // its columns are qualified by (PostgreSQL: the alias).
  virtual std::string target_as(const std::string& alias) const = 0;
  virtual std::string target_ref(const BuildTarget& t, const std::string& alias) const = 0;
  // True where row `a` differs from row `b`, NULLs equal.
  virtual std::string differs(const std::vector<std::string>& a,
                              const std::vector<std::string>& b) const = 0;
  // What ends a subquery the planner must not flatten into the query around it (see fact_refresh
  // and densify): PostgreSQL's estimates go wrong for some.
  virtual std::string keep_subquery() const = 0;
  // Whether a FROM item can be a VALUES list (PostgreSQL; not Redshift).
  virtual bool joins_values() const { return false; }
  // The rows of a model's output whose `only` values are among its keys (a stage's filter):
  // `exprs` compared with the keys' rows (of SQL `types`, empty where not known), or as text in
  // `as_text` (the keys' spelling). PostgreSQL joins many rows of several columns as a VALUES
  // list; by default a list of rows.
  virtual std::string rows_among(const std::vector<std::string>& exprs,
                                 const std::vector<std::string>& as_text,
                                 const std::vector<std::string>& types,
                                 const std::vector<std::vector<std::string>>& keys) const;
  // A value starling reads back as text (keys, grains): PostgreSQL casts it; Redshift reads it as
  // it is (the client gets every value as text; a boolean cast to VARCHAR is refused there).
  virtual std::string read_as_text(const std::string& expr) const = 0;
  // A value of model type `type` as text in a comparison (accepted_values), and the type of text
  // parameters: PostgreSQL's text; on Redshift (whose TEXT is VARCHAR(256)) VARCHAR(65535), a
  // boolean spelled 'true' / 'false' with CASE.
  virtual std::string text_of(const std::string& expr, const std::string& type) const = 0;
  virtual std::string text_type() const = 0;
  // A FROM item `p (period)`: the start of every period of `unit` ("1 day") in [$1, $2), which
  // hold w.start and w.end.
  virtual std::string periods_from(const std::string& unit, const WindowValues& w) const = 0;
  // What an INSERT of new members (or versions) of dimension `dim` writes before its other
  // columns: "sk, " and the keys' values numbered in the order of `order` (expressions), or
  // nothing where the database gives the keys (PostgreSQL's identity).
  virtual std::string new_keys_column(const Model& dim) const = 0;
  virtual std::string new_keys(const BuildTarget& t, const Model& dim,
                               const std::vector<std::string>& order) const = 0;

  // A versions dimension's temporary table of this build (`prefix` "_plan_" or "_shrunk_",
  // versions_sql.cpp): the merge's plan, the versions that end earlier.
  static std::string versions_temp(const Model& m, const std::string& prefix);
  // Fact: inferred versions of `dim` (a versions dimension, `ref` with as_of) for the staged
  // natural keys no version holds at their as_of: from the far past to the member's first version
  // (or for ever), where the event is before it.
  Statement infer_versions(const BuildTarget& t, const Reference& ref, const Model& dim) const;
  // The merge's writes from its plan (the table `plan`): the UPDATE of the table's versions that
  // differ from it, the INSERT of the new ones.
  std::pair<Statement, Statement> versions_write(const BuildTarget& t,
                                                 const std::string& plan) const;

  // test() and test_sample(): a count of the failing rows, or up to `limit` of them (limit > 0)
  Statement test_rows(const BuildTarget& t, const ModelTest& test, const TestScope& scope,
                      int limit) const;
  // The densify dimension's members (alias d) that get rows: real ones with a `from`, those
  // `w.only` names, and with `new_members_only` those without the row of their first period.
  // Refers to $1 (w.start).
  std::string densify_members(const BuildTarget& t, const WindowValues& w,
                              bool new_members_only) const;

 public:
  std::string query(const BuildTarget& t, const WindowValues& w,
                    std::vector<std::optional<std::string>>& params) const override;
  Statement drop_stage(const BuildTarget& t) const override;
  Statement stage(const BuildTarget& t, const WindowValues& w) const override;
  Statement count_null_keys(const BuildTarget& t) const override;
  Statement count_duplicate_keys(const BuildTarget& t) const override;
  Statement duplicate_keys_read_before(const BuildTarget& t, size_t limit) const override;
  Statement carry_members(const BuildTarget& t, const std::string& live, const std::string& live_sk,
                          const std::vector<std::string>& carried) const override;
  Statement count_history(const BuildTarget& t, const std::string& live, const std::string& live_sk,
                          const std::vector<std::string>& keep) const override;
  Statement carry_versions(const BuildTarget& t, const std::string& live,
                           const std::string& live_sk,
                           const std::vector<std::string>& carried) const override;
  std::optional<Statement> dimension_refresh(const BuildTarget& t) const override;
  // versions_sql.cpp: one plan for both dialects
  std::vector<Statement> versions_merge(const BuildTarget& t) const override;
  Statement unresolved_repoint(const BuildTarget& t, const Model& fact,
                               const Reference& ref) const override;
  Statement count_missing_members(const BuildTarget& t, const Reference& ref,
                                  const Model& dim) const override;
  Statement count_outside_window(const BuildTarget& t, const WindowValues& w) const override;
  Statement delete_all(const BuildTarget& t) const override;
  Statement fact_insert(const BuildTarget& t) const override;
  Statement densify(const BuildTarget& t, const WindowValues& w, bool new_members_only,
                    DensifyProbe probe) const override;
  Statement new_densify_members(const BuildTarget& t, const WindowValues& w,
                                size_t limit) const override;
  Statement member_keys(const BuildTarget& t, const WindowValues& w, size_t limit) const override;
  std::optional<Statement> fact_refresh(const BuildTarget& t) const override;
  std::string comparable_rows(const BuildTarget& t) const override;
  Statement drop_schema(const std::string& schema) const override;
  Statement test(const BuildTarget& t, const ModelTest& test,
                 const TestScope& scope) const override;
  Statement test_sample(const BuildTarget& t, const ModelTest& test, const TestScope& scope,
                        int limit) const override;
  Statement source_high_water(const Source& s, const SourceTable& t) const override;
  Statement duplicate_keys_sample(const BuildTarget& t, size_t limit) const override;
  std::string rows_differ(const std::vector<std::string>& a,
                          const std::vector<std::string>& b) const override {
    return differs(a, b);
  }
  Statement touched_grains(const BuildTarget& t, const WindowValues& w,
                           const std::vector<std::string>& columns, bool with_period,
                           size_t limit) const override;
  Statement late_periods(const Source& s, const SourceTable& t, const std::string& time, Period p,
                         const std::string& since) const override;
  Statement changed_grains(const Source& s, const SourceTable& t,
                           const std::optional<std::string>& time, Period p,
                           const std::string& since, const std::vector<std::string>& columns,
                           size_t limit) const override;
};

}  // namespace starling
