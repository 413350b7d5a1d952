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

// Why a column type is refused: `unknown` when its name is no PostgreSQL type (else it is
// malformed, or its arguments are out of range), with a hint (a "did you mean", or the form).
struct TypeProblem {
  bool unknown = false;
  std::string hint;
};

// What is wrong with column type `t`, or nullopt when starling accepts it: a PostgreSQL type name
// with the (arguments) it takes, " with time zone" / " without time zone" after timestamp and
// time, an optional [], or a schema-qualified name of a type of one's own.
std::optional<TypeProblem> type_problem(const std::string& t);

// True iff `t` is a column type starling accepts (see type_problem).
bool is_valid_type(const std::string& t);

// True iff `s` is YYYY-MM-DD and that day exists.
bool is_calendar_date(const std::string& s);

// "" when `value` is a literal of `type` (or starling cannot tell: text, arrays, types of one's
// own); otherwise a hint on how to write one.
std::string value_problem(const std::string& type, const std::string& value);

}  // namespace starling
