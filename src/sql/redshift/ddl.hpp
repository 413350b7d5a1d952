// Redshift table DDL (SPEC §7): model types mapped to Redshift's (VARCHAR sized in bytes, TEXT is
// not TEXT there), surrogate keys as IDENTITY(1,1), DISTSTYLE / DISTKEY / SORTKEY from a model's
// `redshift:` block, no indexes. Pure: a table spec in, statements out.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sql/dialect.hpp"
#include "sql/redshift/types.hpp"

namespace starling {

// CREATE TABLE with the table attributes of the `redshift:` block, and the unknown member row.
// Redshift enforces no keys: the natural key / grain is checked by the build, not declared.
std::vector<Statement> redshift_create_table(const TableSpec& t);

// ALTER TABLE … ADD COLUMN (Redshift has no IF NOT EXISTS there: the caller knows it is missing).
Statement redshift_add_column(const QualifiedName& table, const StoredColumn& c);

}  // namespace starling
