// Consistency of a loaded project across files (SPEC §2–§3): names, identifiers, sources, models,
// columns, placeholders and cycles. Every problem goes to `diags` with its file:line:column.
#pragma once

#include "project/graph.hpp"
#include "project/model.hpp"
#include "util/error.hpp"

namespace starling {

// The lineage and build order of a project, computed by the check and kept for the commands.
struct CheckedGraph {
  Lineage lineage;
  std::vector<std::string> order;
};

CheckedGraph check_project(const Project& p, Diagnostics& diags);

// True iff `t` is a column type starling accepts (a type name, optional (n[,m]) and []).
bool is_valid_type(const std::string& t);

// The Redshift type for a type written in a model, or nullopt when Redshift has none (json, jsonb,
// arrays, uuid, bytea, interval …). Redshift sizes VARCHAR in bytes and a UTF-8 character takes up
// to 4: varchar(n) becomes VARCHAR(4n), text and unbounded varchar VARCHAR(65535), the largest.
// A numeric without precision becomes DECIMAL(38,10).
std::optional<std::string> redshift_column_type(const std::string& model_type);

}  // namespace starling
