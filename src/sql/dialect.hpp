// What differs between the databases starling writes to. Everything above sql/ asks a Dialect for
// statements and never writes SQL itself.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "project/config.hpp"
#include "project/model.hpp"
#include "project/shape.hpp"
#include "sql/identifier.hpp"
#include "sql/model_sql.hpp"
#include "sql/statement.hpp"

namespace starling {

// A model's table as the DDL renderer needs it.
struct TableSpec {
  QualifiedName table;
  std::vector<StoredColumn> columns;
  std::vector<std::string> unique;  // columns that identify a row
  std::vector<std::string> lookup;  // another unique column rows are looked up by (a date's date)
  // The unknown member row (surrogate key -1): column -> value (nullopt = NULL). Empty: none.
  std::map<std::string, std::optional<std::string>> unknown_member;
  std::optional<RedshiftOptions> redshift;
};

class Dialect {
 public:
  virtual ~Dialect() = default;
  virtual DialectName name() const = 0;

  // The database type for a type written in a model.
  virtual std::string column_type(const std::string& model_type) const = 0;

  virtual Statement create_schema(const Ident& schema) const = 0;
  // CREATE TABLE, its unique key or index, and the unknown member row.
  virtual std::vector<Statement> create_table(const TableSpec& t) const = 0;
  // ALTER TABLE … ADD COLUMN for a column an additive change brings (nothing if it exists).
  virtual Statement add_column(const QualifiedName& table, const StoredColumn& c) const = 0;

  // The meta schema's versions: element i upgrades version i to i+1.
  virtual std::vector<std::vector<Statement>> meta_schema_versions(const Ident& meta) const = 0;
  // Whether the meta schema's version table exists: one row, one boolean.
  virtual Statement meta_version_table_exists(const Ident& meta) const = 0;
  // Try to take the run lock for this meta schema without waiting: one row, one boolean.
  virtual Statement try_lock(const Ident& meta) const = 0;
  virtual Statement unlock(const Ident& meta) const = 0;
  // Which of `tables` (in `schema`) exist: rows of table names.
  virtual Statement existing_tables(const Ident& schema) const = 0;
  // The current timestamp expression.
  virtual std::string now() const = 0;
  // The statements that build models' rows.
  virtual const ModelSql& model_sql() const = 0;
};

std::unique_ptr<Dialect> make_dialect(DialectName d);

}  // namespace starling
