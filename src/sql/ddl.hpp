// Table DDL for models: pure functions of a model and a dialect.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "project/model.hpp"
#include "sql/dialect.hpp"

namespace starling {

// The table spec of a model stored in `schema`.
// REQUIRES: the project passed check_project.
TableSpec table_spec(const Model& m, const Project& p, const std::string& schema);

// The statements that create a model's table on an empty target (table, key, unknown member).
std::vector<Statement> create_model_table(const Model& m, const Project& p,
                                          const std::string& schema, const Dialect& d);

// The indexes of a fact's unresolved columns (keeps_unresolved) among `columns` (every one when
// null), on the rows at the unknown member that a dimension's build looks for: where the dialect
// has indexes, partial (the rows at -1 only), so that they stay small and cost nothing elsewhere.
std::vector<Statement> unresolved_indexes(const Model& m, const Project& p,
                                          const std::string& schema, const Dialect& d,
                                          const std::vector<std::string>* columns);

// The statement that drops a model's table (no CASCADE: a view on it stops the drop).
Statement drop_model_table(const Model& m, const std::string& schema);

// The unknown member row of a table: its quoted column names, a placeholder per value ($1, $2 …)
// passed through `cast` (placeholder, column), and the values as parameters.
struct MemberRow {
  std::vector<std::string> columns;
  std::vector<std::string> values;
  std::vector<std::optional<std::string>> params;
};
MemberRow unknown_member_row(
    const TableSpec& t,
    const std::function<std::string(const std::string&, const StoredColumn&)>& cast);

// The values of the unknown member (surrogate key -1) in `columns`, which an additive change just
// added to a dimension's table (NULL there, as in every row), as a first build writes them: the
// update, unless none of them has a value.
std::optional<Statement> unknown_member_update(const Model& m, const Project& p,
                                               const std::string& schema,
                                               const std::vector<std::string>& columns);

}  // namespace starling
