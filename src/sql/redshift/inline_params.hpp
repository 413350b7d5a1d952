// Redshift takes bind parameters in SELECT, INSERT, UPDATE and DELETE only (the PREPARE command:
// https://docs.aws.amazon.com/redshift/latest/dg/r_PREPARE.html), and whether a cluster takes them
// in a CREATE TABLE … AS SELECT (every model's stage) is not settled by the guide. So no other
// statement carries any: its parameters go into its text as literals.
#pragma once

#include "sql/statement.hpp"

namespace starling {

// Whether Redshift takes bind parameters in `sql`: it is a SELECT (WITH … SELECT), INSERT, UPDATE
// or DELETE.
bool redshift_takes_parameters(const std::string& sql);

// `s` with every $n outside string literals, quoted identifiers and comments replaced by its value
// as a string literal ('…', quotes doubled; NULL for a null), and no parameters left. A value with
// a backslash or a NUL throws Error(internal): Redshift's literals would read it differently.
Statement inline_parameters(const Statement& s);

}  // namespace starling
