// Pieces of SQL the dialects' model statements share (internal to src/sql): quoting, where a
// model's table and stage are, a fact's stored columns over its stage, grain filters.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sql/model_sql.hpp"

namespace starling::model_sql_parts {

std::string q(const std::string& name);
// A model's table: its own schema, or the one `t.ref_schemas` names for it.
std::string table_of(const BuildTarget& t, const std::string& model);
std::string own_table(const BuildTarget& t);
// The stage table (temporary, unqualified).
std::string staged(const BuildTarget& t);
// Appends `v` to `params` and returns "$n::cast".
std::string param(std::vector<std::optional<std::string>>& params, const std::string& v,
                  const std::string& cast);
// "(a, b)" for a row of expressions; a single one without the parentheses.
std::string row(const std::vector<std::string>& xs);
std::vector<std::string> prefixed(const std::vector<std::string>& cols, const std::string& alias);
// "a.c1 = b.c1 AND a.c2 = b.c2" over the columns `cols` of aliases `a` and `b`.
std::string equal_on(const std::vector<std::string>& cols, const std::string& a,
                     const std::string& b);
// The columns a dimension writes from its stage: key, attributes (not the surrogate key or flag).
std::vector<const ColumnSpec*> dimension_columns(const Model& m);
const SourceTable* source_table(const Project& p, const SourceRef& r, const Source** src);
std::optional<std::string> loaded_at_of(const Source& s, const SourceTable& t);

// Whether version `version` (an alias of a versions dimension) holds time `at`: valid_from <= at <
// valid_to (an event at a version's start is that version's).
std::string holds(const std::string& version, const std::string& at);
// Whether row `d` of dimension `dim` is what a fact row's reference `r` points at, given the row's
// natural key `key` and (a versions dimension) its as_of `at`: with on_missing: unknown, a real
// member only (an inferred one another fact made is not the member, whichever fact builds first).
std::string reference_match(const Reference& r, const Model& dim, const std::string& d,
                            const std::string& key, const std::optional<std::string>& at);
// The stage of a fact as `s`, with the as_of of `ref` (if any) as column "_as_of".
std::string staged_as_of(const BuildTarget& t, const Reference& ref);

// The fact's stored columns as expressions over the stage `s` joined to its dimensions r0, r1…
struct FactSelect {
  std::vector<std::string> columns;  // stored column names, in order
  std::string sql;                   // SELECT … FROM … producing them
};
FactSelect fact_select(const BuildTarget& t);

// `exprs IN (keys)`: the values as text literals, which the database reads as the expressions'
// types.
std::string in_keys(const std::vector<std::string>& exprs,
                    const std::vector<std::vector<std::string>>& keys);
// The rows of the fact table (alias `f`) whose grain is among `only`'s: a grain column resolved
// through a reference is matched by the surrogate keys of the natural keys named.
std::string stored_grain_filter(const BuildTarget& t, const GrainFilter& only, const std::string& f,
                                bool values = false);
// The SQL type of a grain column of a fact's output (a declared column, or the natural key of a
// reference), or "" when not known.
std::string output_type(const Model& m, const Project& p, const std::string& col);
// `(exprs) IN (…)` of many rows as a VALUES list joined once (PostgreSQL): cast to `types` where
// every one is known, else compared as text (`as_text`, the keys' spelling).
std::string among_values(const std::vector<std::string>& exprs,
                         const std::vector<std::string>& as_text,
                         const std::vector<std::string>& types,
                         const std::vector<std::vector<std::string>>& keys);
// More keys than this are joined as VALUES where the dialect can.
inline constexpr size_t k_values_from = 16;
// Key columns of the stage: a dimension's natural key, a fact's grain (output names).
std::vector<std::string> stage_keys(const Model& m);
// A versions dimension's valid_from over its SQL's rows: its `valid_from`, else the loaded_at of
// its `from:` table. REQUIRES: the project passed check_project.
std::string valid_from_expr(const Project& p, const Model& m);
// The start of the period of `time` (an SQL expression) of a period fact.
std::string period_of(const Model& m, const std::string& time);
// The expressions over a model's output that `only`'s keys give values of.
std::vector<std::string> only_exprs(const Model& m, const GrainFilter& only);
// ORDER BY text over the key of a table's comparable rows (alias `x`): a verify's sample of
// differing rows pairs the live and the rebuilt row of one key.
std::string sample_order(const Model& m);
// Output column `name` of the model as an expression over the SQL's (or source table's) rows: a
// declared column's `expr` in parentheses, else the column of that name (always so for a fact's
// reference key, which is the SQL's own column).
std::string output_expr(const Model& m, const std::string& name);
// The stage's key columns (stage_keys) as expressions over the stage: a dimension's stage holds
// its columns with their exprs applied; a fact's holds the SQL's output as it is.
std::vector<std::string> stage_key_exprs(const Model& m);

}  // namespace starling::model_sql_parts
