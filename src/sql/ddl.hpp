// Table DDL for models: pure functions of a model and a dialect.
#pragma once

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

}  // namespace starling
