// `plan`'s check of the models against the target's catalog (and `run`'s, before a model's first
// build): every statement a run of each model can send is parsed and type-checked by the database
// without being executed, and the types of the model's rows are compared with its declared column
// types. The tables a run would create are created inside one transaction that is always rolled
// back; the other statements are PREPAREd and deallocated at once. The target is left as it was.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "db/executor.hpp"
#include "project/model.hpp"
#include "sql/dialect.hpp"

namespace starling {

// One problem found: where in the YAML, which model, what the database said, about which
// statement.
struct PreflightProblem {
  SourceLoc loc;
  std::string model;      // empty for a migration
  std::string message;    // what failed, the database's message and SQLSTATE
  std::string statement;  // the statement, shortened to one line
  // "file:line:col: model: message (statement: …)"
  std::string str() const;
};

// A model to check and what the target holds of it.
struct PreflightModel {
  std::string name;
  bool table_exists = false;
  // columns a run adds to the existing table first (an additive change)
  std::vector<std::string> new_columns;
};

// Whether a column declared `declared` takes the values of an SQL expression of type `given`
// (types as format_type spells them): the same type (any length or precision), or within one of
// the families numbers (smallint, integer, bigint, numeric, real, double precision), strings
// (text, character varying, character) and timestamps (with and without time zone). Anything
// else (a timestamp into a date, text into a number, a number into text) is refused.
bool assignable(const std::string& given, const std::string& declared);

// Checks `models` (in build order) of target `t`; the problems found, sorted by position. Each
// versioned migration of `pending` is applied first inside the same rolled-back transaction, so
// that models reading what it creates can be checked. Models downstream of one whose table could
// not be made are not checked (that one's problem says why).
// REQUIRES: no transaction is open on `e`; the project passed check_project.
std::vector<PreflightProblem> check_models(Executor& e, const Dialect& d, const Project& p,
                                           const Target& t,
                                           const std::vector<PreflightModel>& models,
                                           const std::vector<const Migration*>& pending = {});

}  // namespace starling
