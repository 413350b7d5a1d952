// The one error type of starling: a category (which decides the exit code), a message, and where it
// came from (a file position, a model, a statement, a SQLSTATE).
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "util/source_loc.hpp"

namespace starling {

enum class ErrorCategory {
  usage,        // bad command line: exit 2
  project,      // the project does not load or validate: exit 2
  migration,    // a migration file conflicts with what was applied: exit 2
  database,     // a statement failed: exit 1 (the model failed)
  unreachable,  // the database cannot be reached: exit 4
  locked,       // another run holds the lock: exit 3
  internal,     // a bug in starling: exit 1
};

// Exit code the CLI uses for an error of this category (SPEC §4).
int exit_code_for(ErrorCategory c);

class Error : public std::runtime_error {
 public:
  Error(ErrorCategory category, std::string message, std::optional<SourceLoc> loc = std::nullopt,
        std::string hint = {});

  ErrorCategory category() const { return category_; }
  const std::string& message() const { return message_; }
  const std::optional<SourceLoc>& loc() const { return loc_; }
  const std::string& hint() const { return hint_; }
  const std::string& sqlstate() const { return sqlstate_; }
  const std::string& model() const { return model_; }
  const std::string& statement() const { return statement_; }

  Error& with_sqlstate(std::string s);
  Error& with_model(std::string m);
  Error& with_statement(std::string s);

  // A database error meaning "build again": a serializable-isolation conflict (PostgreSQL's
  // SQLSTATE 40001, Redshift's error 1023 "Serializable isolation violation", SQLSTATE XX000),
  // which another attempt may not meet.
  bool is_serialization_conflict() const;
  // A database error meaning a lock was not granted within the lock timeout (SQLSTATE 55P03).
  bool is_lock_timeout() const;

  // One line a person reads: "file:line:col: message (hint)", with model and SQLSTATE if known.
  std::string describe() const;

 private:
  void refresh_what();
  ErrorCategory category_;
  std::string message_;
  std::optional<SourceLoc> loc_;
  std::string hint_;
  std::string sqlstate_;
  std::string model_;
  std::string statement_;
  std::string what_;
};

// One problem found while loading or validating a project.
struct Diagnostic {
  SourceLoc loc;
  std::string message;
  std::string hint;  // a one-line fix, may be empty

  // "file:line:col: message (hint)"
  std::string str() const;
  bool operator==(const Diagnostic& o) const {
    return loc == o.loc && message == o.message && hint == o.hint;
  }
};

// Collects every problem of one pass so they can all be reported together.
class Diagnostics {
 public:
  void add(SourceLoc loc, std::string message, std::string hint = {});
  bool empty() const { return items_.empty(); }
  size_t size() const { return items_.size(); }
  const std::vector<Diagnostic>& items() const { return items_; }
  // Sorted by file, line, column, then message; duplicates removed.
  std::vector<Diagnostic> sorted() const;
  // Throws an Error(project) listing every problem, if there is any.
  void throw_if_any() const;

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace starling
