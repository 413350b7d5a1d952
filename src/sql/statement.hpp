// A SQL statement ready to execute: text with $1..$n placeholders and their values.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace starling {

struct Statement {
  std::string sql;
  std::vector<std::optional<std::string>> params;  // nullopt is SQL NULL
  std::string label;                               // what it is for, shown by plan and in errors
  // What the statement is: a read of starling's state or the sources (which a dry run may
  // execute), the run lock, or anything else (which a dry run only records).
  enum class Kind { write, read_state, lock } kind = Kind::write;
  // What its result counts for a model's ledger: nothing, its affected rows as inserted / updated
  // / deleted rows, or one row of two counts (inserted, updated).
  enum class Tally { none, inserted, updated, deleted, inserted_updated } tally = Tally::none;

  bool operator==(const Statement& o) const {
    return sql == o.sql && params == o.params && label == o.label;
  }
};

// The statement as a person reads it: SQL followed by "-- $1 = 'x'" lines for the parameters.
std::string display(const Statement& s);

}  // namespace starling
