// What both dialects write alike (SPEC §5, §7): schemas, the list of a schema's tables, and the
// meta schema's versions, whose tables and pipeline_health view are written once in
// dialect_base.cpp. What the dialects write differently in them is a hook each answers. Neither
// dialect derives from the other: a change here reaches both, a change to one reaches only it.
#pragma once

#include "sql/dialect.hpp"

namespace starling {

// The types of the meta schema's columns (in this order: a dialect may name them by position).
enum class MetaType { integer, bigint, timestamp, timestamptz, text };
struct MetaColumn;

class DialectBase : public Dialect {
 public:
  Statement create_schema(const Ident& schema) const override;
  Statement existing_tables(const Ident& schema) const override;
  std::vector<std::vector<Statement>> meta_schema_versions(const Ident& meta) const override;

 protected:
  // Hooks of the meta schema's DDL.

  // The database type of a meta column; `bytes`: the longest text a text column holds.
  virtual std::string meta_type(MetaType t, int bytes) const = 0;
  // `expr` as a value of `t` (`bytes` as in meta_type).
  virtual std::string meta_cast(const std::string& expr, MetaType t, int bytes) const = 0;
  // The current time in a column's DEFAULT.
  virtual std::string meta_now() const = 0;
  // What makes an id column one the database numbers itself; nothing where the dialect has no
  // such columns: starling gives out the ids it needs, and the ids only the database would give
  // (a freshness check's) are left out.
  virtual std::optional<std::string> identity() const = 0;
  // Whether a one-column primary key is declared with its column (else after the columns, the
  // column NOT NULL).
  virtual bool primary_key_with_column() const = 0;
  // Whether the meta tables declare REFERENCES and have indexes.
  virtual bool foreign_keys() const = 0;
  virtual bool indexes() const = 0;

  // Hooks of the pipeline_health view.

  // The body of the CTE `latest_check`: the newest source_freshness row of every source table
  // (in the meta schema `m`, quoted).
  virtual std::string latest_check(const std::string& m) const = 0;
  // The body of the CTE `last_model_run`: model, status, finished_at, error, message of the newest
  // model_runs row of every model that is not `running`.
  virtual std::string last_model_run(const std::string& m) const = 0;
  // Whole seconds from `instant` to now, as a bigint, in an expression that starts at `column`
  // of its line (where a second line is aligned).
  virtual std::string seconds_since(const std::string& instant, size_t column) const = 0;
  // What follows the view's last row source (nothing: its readers order the rows).
  virtual std::string view_order() const = 0;
  // The pipeline_health of meta schema version 1, where the dialect's meta schema began there;
  // nothing where it began after version 3: its version 1 is then the whole of version 3, and
  // versions 2 and 3 are empty (the numbers mean the same on every dialect).
  virtual std::optional<Statement> first_pipeline_health(const std::string& m) const = 0;

 private:
  // The meta tables as of `version`, each followed by its index (in the meta schema `m`).
  // The meta tables of `version` (with `added_in`, only those that version added).
  std::vector<Statement> meta_tables(const std::string& m, int version, int added_in = 0) const;
  // A column's definition; `key`: it is the table's primary key alone.
  std::string meta_column(const std::string& m, const MetaColumn& c, bool key) const;
  // The pipeline_health view of version 2 and later.
  Statement pipeline_health(const std::string& m) const;
};

}  // namespace starling
