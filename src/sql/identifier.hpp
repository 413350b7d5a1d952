// Identifiers as a type: validated once, always quoted when written into SQL.
#pragma once

#include <string>
#include <string_view>

namespace starling {

class Ident {
 public:
  // REQUIRES: is_valid_identifier(name); throws Error(internal) otherwise.
  explicit Ident(std::string name);
  const std::string& name() const { return name_; }
  // "name" with double quotes.
  std::string sql() const;
  bool operator==(const Ident& o) const { return name_ == o.name_; }

 private:
  std::string name_;
};

// schema.table, both quoted.
struct QualifiedName {
  Ident schema;
  Ident name;
  std::string sql() const { return schema.sql() + "." + name.sql(); }
};

// Any name as a double-quoted identifier (a role as the catalog gives it: bi team -> "bi team").
std::string quote_any_name(std::string_view s);

// SQL-escaped single-quoted string literal: O'Brien -> 'O''Brien'.
std::string quote_literal(std::string_view s);

// A literal written in a model (a default value): numbers, true/false and null pass as they are,
// anything else becomes a quoted string literal.
std::string model_literal(std::string_view s);

}  // namespace starling
