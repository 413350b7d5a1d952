// The statements a check of the models against a target's catalog sends (check/preflight): the
// definitions a run would make, made inside a transaction that is always rolled back, and the
// other statements prepared (parsed and type-checked against the catalog, never executed). Pure.
#pragma once

#include <string>

#include "project/config.hpp"
#include "sql/model_sql.hpp"
#include "sql/statement.hpp"

namespace starling {

// What a check does with a statement of a run: define (CREATE, ALTER, DROP: made in the check's
// transaction, which is rolled back), prepare (SELECT, INSERT, UPDATE, DELETE, WITH, MERGE:
// PREPAREd and deallocated at once) or skip (anything else: SET, ANALYZE, LOCK, transaction
// control).
enum class CheckStep { define, prepare, skip };
CheckStep check_step(const Statement& s);

// A model's stage statement (ModelSql::stage) that creates the stage table with the columns and
// types of the model's rows without reading one: WITH NO DATA on PostgreSQL; Redshift, which has
// no WITH NO DATA, reads with LIMIT 0.
Statement stage_without_rows(const Statement& stage, DialectName d);

// `s` prepared under the name starling_check (its parameters' types inferred as a run's are), and
// the name given up again.
// REQUIRES: check_step(s) == CheckStep::prepare.
Statement prepare_to_check(const Statement& s);
Statement deallocate_check();

// Rows: name and type (as format_type spells it, e.g. "character varying(20)") of each column of
// a model's table, in order.
Statement model_table_columns(const BuildTarget& t);
// The same for the stage table of a build.
Statement stage_columns(const BuildTarget& t);

}  // namespace starling
