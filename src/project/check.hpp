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

}  // namespace starling
