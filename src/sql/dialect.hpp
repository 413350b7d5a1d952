// What differs between the databases starling writes to. Everything above sql/ asks a Dialect for
// statements and never writes SQL itself.
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "project/config.hpp"
#include "project/model.hpp"
#include "project/shape.hpp"
#include "sql/identifier.hpp"
#include "sql/meta.hpp"
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
  // a column rows are found by, not unique: a period fact's time, by which windows are replaced
  std::vector<std::string> index;
  // unique among the rows whose is_current is true (a versions dimension's natural key)
  std::vector<std::string> current_unique;
};

// INSERT INTO spec.table (its columns) SELECT them FROM `from`: a rebuilt table's rows copied in.
Statement copy_rows(const QualifiedName& from, const TableSpec& spec);

// The run lock (SPEC §6.4) as statements. PostgreSQL holds a session lock; Redshift, which has
// none, keeps a lease in a lock table: a row naming the holder by a per-process token, with an
// expiry that the holder renews in each of its transactions; taken under LOCK on that table when
// nobody holds it, when its expiry has passed, or when its holder's process is known to be gone.
// Nothing in it reads other sessions (docs/redshift.md, "The run lock on Redshift").
struct RunLockSql {
  enum class Kind { session, lease } kind = Kind::session;
  // session: try to take it without waiting (one boolean), give it back
  Statement try_lock, unlock;
  // session: name the holder ($1: "starling PID@HOST") where the next command can read it
  Statement name_holder;
  // session: the session holding it, if any: one row of server process id, its name (what
  // name_holder set), state, seconds in that state, and the start of its statement
  Statement session_holder;
  // session: one boolean: server process $1 was told to end
  Statement end_session;
  // run once each, before taking it (session: make the server end the statement of a client that
  // is gone; lease: create the lock table)
  std::vector<Statement> prepare;
  // lease: one boolean: whether the lock table has the lease's shape (false: the shape of a
  // starling before the lease, whose row held a session id)
  Statement current_shape;
  // lease, on a table of the earlier shape: one row: the session id of its holder, NULL if none
  Statement earlier_holder;
  // lease, on a table of the earlier shape that nobody holds: recreate it in the lease's shape
  std::vector<Statement> reshape;
  // lease: LOCK on the lock table, the first statement of every transaction while it is held
  Statement lock_table;
  // lease: the holders (none or one row): whether the lease has expired (boolean), its token, its
  // holder's name ("starling PID@HOST"), its holder's process (process_key()) and its expiry
  Statement holder;
  // lease: make token $1 the holder ($2 its name, $3 its process), the lease running from the clock
  std::vector<Statement> claim;
  // lease: the lease of token $1 runs again from the clock; one row affected while $1 holds it
  Statement renew;
  // lease: token $1 stops holding it
  Statement release;
};
// Why a database cannot store a column of some type: what validate reports at the column.
struct TypeRefusal {
  std::string message, hint;
};

class Dialect {
 public:
  virtual ~Dialect() = default;
  virtual DialectName name() const = 0;

  // The database type for a type written in a model.
  virtual std::string column_type(const std::string& model_type) const = 0;
  // Why the database has no type for column `column` of model type `model_type` (nothing: it
  // has one). REQUIRES: is_valid_type(model_type).
  virtual std::optional<TypeRefusal> refuse_column_type(const std::string& column,
                                                        const std::string& model_type) const = 0;

  virtual Statement create_schema(const Ident& schema) const = 0;
  // CREATE TABLE, its unique key or index, and the unknown member row.
  virtual std::vector<Statement> create_table(const TableSpec& t) const = 0;
  // The CREATE INDEX of `t.index` (the one create_table makes) and the index's name, where the
  // dialect has indexes.
  virtual std::optional<std::pair<std::string, Statement>> create_index(
      const TableSpec& t) const = 0;
  // The names of the indexes in `schema`: rows of one column. A read; nothing without indexes.
  virtual std::optional<Statement> existing_indexes(const Ident& schema) const = 0;
  // ALTER TABLE … ADD COLUMN for a column an additive change brings (nothing if it exists).
  virtual Statement add_column(const QualifiedName& table, const StoredColumn& c) const = 0;

  // The meta schema's versions: element i upgrades version i to i+1.
  virtual std::vector<std::vector<Statement>> meta_schema_versions(const Ident& meta) const = 0;
  // Whether the meta schema's version table exists: one row, one boolean.
  virtual Statement meta_version_table_exists(const Ident& meta) const = 0;
  // The run lock that guards this meta schema; a lease (Redshift) expires `lease` after its
  // holder last renewed it.
  virtual RunLockSql run_lock(const Ident& meta, std::chrono::seconds lease) const = 0;
  // Whether a transaction can hold savepoints. Without them (Redshift) a failed step inside an
  // enclosing transaction (a rebuild) fails the whole transaction.
  virtual bool savepoints() const { return true; }
  // Whether the database enforces a table's primary key (a dimension's surrogate key). Where it
  // does not (Redshift), every build of a dimension tests that its surrogate keys are unique.
  virtual bool enforces_keys() const { return true; }
  // Whether tables can have indexes (starling's row versions of an input get one on its key).
  virtual bool has_indexes() const { return true; }
  // Why the server whose version() this is does not look like this dialect's (nothing if it does).
  virtual std::optional<std::string> server_mismatch(const std::string& version) const = 0;
  // What to change in every statement before it is sent (nothing: send it as it is).
  virtual std::function<void(Statement&)> statement_adapter() const { return nullptr; }
  // Run once on every new session, before anything else.
  virtual std::vector<Statement> session_setup() const { return {}; }
  // Which of `tables` (in `schema`) exist: rows of table names.
  virtual Statement existing_tables(const Ident& schema) const = 0;
  // A rebuild's swap (SPEC §6.6), inside its one transaction: the rebuilt table `shadow` takes the
  // place of the live table `spec.table` (which exists when `live_exists`); what is moved to the
  // schema `retired` is dropped with it afterwards.
  virtual std::vector<Statement> swap_in(const QualifiedName& shadow, const TableSpec& spec,
                                         const Ident& retired, bool live_exists) const = 0;
  // One row per column of `table`, in order: what a rebuilt table must match (row for row) for the
  // swap to keep the live table and replace only its rows (replace_rows), and to recreate itself
  // the views it drops with a table it replaces (Redshift, docs/redshift.md). Nothing: swap_in
  // replaces every live table and the R__ migrations recreate their views (PostgreSQL).
  virtual std::optional<Statement> table_shape(const QualifiedName& table) const {
    (void)table;
    return std::nullopt;
  }
  // Replaces, in the swap's transaction, the rows of the live table `spec.table` with those of the
  // rebuilt `shadow`, which has its shape. REQUIRES: table_shape() gives a statement.
  // (DELETE, then copy_rows)
  virtual std::vector<Statement> replace_rows(const QualifiedName& shadow,
                                              const TableSpec& spec) const;
  // Bounds how long the swap waits for readers of the live tables (nothing: it cannot be bounded).
  virtual std::optional<Statement> swap_lock_timeout() const = 0;
  // Takes the swap's locks on `relations` first, each waited for no longer than the swap's lock
  // timeout (then SQLSTATE 55P03): readers queued behind the swap wait that long at most
  // (nothing: the dialect takes them as it goes).
  virtual std::optional<Statement> swap_lock(const std::vector<QualifiedName>& relations) const {
    (void)relations;
    return std::nullopt;
  }
  // The statements that build models' rows.
  virtual const ModelSql& model_sql() const = 0;
  // The statements that read and write the meta schema.
  virtual const MetaSql& meta_sql() const = 0;
};

// The dialect of a target. `redshift_on_postgres` (a test mode, STARLING_REDSHIFT_ON_POSTGRES=1 for
// the command line) renders Redshift's statements but creates model tables with PostgreSQL's DDL,
// so that the Redshift dialect can run against a PostgreSQL server.
std::unique_ptr<Dialect> make_dialect(DialectName d, bool redshift_on_postgres = false);

// Adds to `d` every stored column of `p`'s models whose type the database of one of `p`'s targets
// does not have, as that target's dialect says (SPEC §2, §7). Part of validating a project, after
// check_project (project/ cannot ask a dialect).
void check_target_types(const Project& p, Diagnostics& d);

}  // namespace starling
