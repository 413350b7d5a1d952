// The statements that build a model's rows (SPEC §3). Pure: a model, where it lives, and the
// window values in; statements out. Each dialect has its own implementation.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "project/model.hpp"
#include "sql/statement.hpp"

namespace starling {

// Where a build reads and writes.
struct BuildTarget {
  const Project* project = nullptr;
  const Model* model = nullptr;
  std::string schema;  // the schema of model tables (its own and those ref() reads)
  // models ref() reads from another schema: a rebuild builds beside the live tables and reads the
  // models it does not rebuild from the live schema
  const std::map<std::string, std::string>* ref_schemas = nullptr;
  // what some of the SQL's source() / ref() (or a `from:` table) read instead of the table: by
  // the index of the template part (0 for `from:`), a parenthesized query (a fact reads its inputs
  // through their row versions, src/run/changes.hpp)
  const std::map<size_t, std::string>* relations = nullptr;
};

// Some grains of a fact: values (as text) of some of its grain columns. A build restricted to them
// reads only the SQL's rows with those values and replaces only the fact rows with them.
struct GrainFilter {
  std::vector<std::string> columns;            // grain columns (output names)
  std::vector<std::vector<std::string>> keys;  // one value per column, per grain
  // set: each key starts with the local start of a period of the fact's time (the grains of that
  // period only), then the columns' values
  bool by_period = false;
};

// Values of {{ since }}, {{ start }}, {{ end }} as local timestamps ("YYYY-MM-DD HH:MM:SS"), or
// "-infinity" / "infinity"; `only`, when set, restricts the build to some grains.
struct WindowValues {
  std::string since = "-infinity";
  std::string start = "-infinity";
  std::string end = "infinity";
  const GrainFilter* only = nullptr;
  // read instead of BuildTarget::relations where both name a part (a delta query, changes.hpp)
  const std::map<size_t, std::string>* relations = nullptr;
};

// Which rows of a model's table its tests check: by default all of them; after a build, the rows
// it wrote where those can be named (SPEC §3.4).
struct TestScope {
  // a period fact's rows in [start, end) (and of the grains `only` names)
  const WindowValues* window = nullptr;
  // the rows whose natural key (a dimension) or stored grain (a fact) is in the stage
  bool staged = false;
};

// The name of the temporary table a build stages rows in.
std::string stage_table(const Model& m);

// Whether `w.only` names members of the fact's densify dimension (by its reference's key): a
// densify then covers only them.
bool densify_names_members(const Model& m, const WindowValues& w);
// A densify fact's reference to its densify dimension (whose `key` names the members).
const Reference& densify_reference(const Model& m);

// How a densify finds the rows that are there already: one anti join with the whole table, or a
// look-up of the unique index for each row it would insert (cheaper for a few thousand rows).
enum class DensifyProbe { anti_join, each_row };

class ModelSql {
 public:
  virtual ~ModelSql() = default;

  // The model's rows as a query: its SQL with placeholders replaced (window values as parameters
  // appended to `params`), or the source table filtered by its loaded_at for `from:`.
  virtual std::string query(const BuildTarget& t, const WindowValues& w,
                            std::vector<std::optional<std::string>>& params) const = 0;

  // Drops the stage table if this transaction made one already.
  virtual Statement drop_stage(const BuildTarget& t) const = 0;
  // The table's planner statistics gathered again, after a build gave it periods it had no rows
  // for: until then the planner takes the newest period, where the hourly work happens, for
  // nearly empty. Nullopt where the database keeps them by itself.
  virtual std::optional<Statement> analyze(const BuildTarget& t) const = 0;
  // Creates the stage table from query(): a dimension's columns (their exprs applied), or a fact's
  // output as it is.
  virtual Statement stage(const BuildTarget& t, const WindowValues& w) const = 0;
  // One row, one count: staged rows whose natural key / grain has a NULL.
  virtual Statement count_null_keys(const BuildTarget& t) const = 0;
  // One row, one count: natural keys / grains staged more than once.
  virtual Statement count_duplicate_keys(const BuildTarget& t) const = 0;
  // Rows: natural keys / grains (as text, a column each, in stage_keys order) staged more than
  // once, in order, at most `limit`.
  virtual Statement duplicate_keys_sample(const BuildTarget& t, size_t limit) const = 0;
  // Rows: the staged natural keys / grains (as text, a column each, in stage_keys order) that the
  // model's unbounded rows (its SQL for an unbounded window, or its whole source table) hold more
  // than once, at most `limit`: a duplicate that arrived in a later load than the row it
  // duplicates. REQUIRES: the stage holds no key twice (count_duplicate_keys).
  virtual Statement duplicate_keys_read_before(const BuildTarget& t, size_t limit) const = 0;

  // Dimension: insert new members, update changed ones (and inferred placeholders); each
  // statement's `tally` says what its result counts.
  virtual std::vector<Statement> dimension_upsert(const BuildTarget& t) const = 0;
  // Dimension: recompute `refresh: always` columns for every member. Affected rows = updated.
  // rebuild and verify (SPEC §3.1): the members of the dimension's live table `live` (an SQL
  // relation, surrogate key `live_sk`) copied into its new table, their surrogate keys and
  // `carried` attributes as they are there, the other columns from the stage (NULL for a member
  // whose source row is gone); the upsert that follows writes what the sources say now.
  virtual Statement carry_members(const BuildTarget& t, const std::string& live,
                                  const std::string& live_sk,
                                  const std::vector<std::string>& carried) const = 0;
  // The live table's real members (not inferred) whose source rows are gone, and those whose
  // `keep` values differ from the stage's: one row of two counts.
  virtual Statement count_history(const BuildTarget& t, const std::string& live,
                                  const std::string& live_sk,
                                  const std::vector<std::string>& keep) const = 0;
  // After surrogate keys were written explicitly: new members get keys past them (PostgreSQL's
  // identity); nothing where starling gives every key itself (Redshift).
  virtual std::optional<Statement> continue_keys(const BuildTarget& t) const = 0;
  virtual std::optional<Statement> dimension_refresh(const BuildTarget& t) const = 0;

  // history: versions (SPEC §3.1; docs/architecture.md, "Versions"). The staged rows of the
  // members a build read (several per member: a change log) merged with the versions the table
  // has into a plan of every version those members have afterwards, written: versions updated
  // (their end, flags and overwrite columns; tally updated), new ones inserted (tally inserted).
  // The versions that now end earlier are kept in a temporary table for versions_repoint.
  virtual std::vector<Statement> versions_merge(const BuildTarget& t) const = 0;
  // The current versions of the members a build read (those `only` names, else every member) that
  // the stage does not hold, closed now. Affected rows = closed.
  virtual Statement versions_close(const BuildTarget& t, const GrainFilter* only) const = 0;
  // The rows of fact `fact` whose reference `ref` (with as_of) points at a version that ends
  // earlier since versions_merge and no longer holds their as_of: pointed at the version that
  // does, or the unknown member (`keep_key`: keeping its natural key in the fact's unresolved
  // column). Affected rows = re-pointed.
  virtual Statement versions_repoint(const BuildTarget& t, const Model& fact, const Reference& ref,
                                     bool keep_key) const = 0;
  // The rows of fact `fact` at the unknown member whose unresolved key (keeps_unresolved) the
  // dimension `t` builds now has (with a version holding their as_of): pointed at that member,
  // the key cleared. Both dialects. Affected rows = re-pointed.
  virtual Statement unresolved_repoint(const BuildTarget& t, const Model& fact,
                                       const Reference& ref) const = 0;
  // rebuild and verify: every version of the live table `live` (surrogate key `live_sk`) copied
  // into the new table as it is, its columns `carried` (the others NULL, written by the merge).
  virtual Statement carry_versions(const BuildTarget& t, const std::string& live,
                                   const std::string& live_sk,
                                   const std::vector<std::string>& carried) const = 0;

  // Fact: placeholder members for natural keys the dimension of `ref` does not have yet.
  virtual Statement infer_members(const BuildTarget& t, const Reference& ref,
                                  const Model& dim) const = 0;
  // Fact: one row, one count: staged natural keys of `ref` missing from its dimension.
  virtual Statement count_missing_members(const BuildTarget& t, const Reference& ref,
                                          const Model& dim) const = 0;
  // Fact, period: one row, one count: staged rows whose time lies outside [start, end).
  virtual Statement count_outside_window(const BuildTarget& t, const WindowValues& w) const = 0;
  // Fact, period: delete the rows of [start, end). Affected rows = deleted.
  virtual Statement delete_window(const BuildTarget& t, const WindowValues& w) const = 0;
  // Fact, full: delete every row. Affected rows = deleted.
  virtual Statement delete_all(const BuildTarget& t) const = 0;
  // Fact: insert the staged rows with references resolved. Affected rows = inserted.
  virtual Statement fact_insert(const BuildTarget& t) const = 0;
  // Fact, period, densify: a row (measures at their defaults) for every member of the densify
  // dimension and every period of [start, end) from the member's `from` on, where there is none.
  // Affected rows = inserted. With `new_members_only`, only members that lack the row of their
  // first period (members new since the last run, unless a rebuilt window already gave them that
  // row: the runner names the members when it knows them). With `w.only` on the densify dimension's
  // key, only those members. `probe` says how the rows already there are found (each_row: for few
  // rows, members named × periods).
  virtual Statement densify(const BuildTarget& t, const WindowValues& w, bool new_members_only,
                            DensifyProbe probe) const = 0;
  // Fact, period, densify: the natural keys (as text) of the members `densify` with
  // `new_members_only` would give rows, at most `limit`. A read, which PostgreSQL can run in
  // parallel where it cannot an INSERT … SELECT: finding the few new members costs less this way.
  virtual Statement new_densify_members(const BuildTarget& t, const WindowValues& w,
                                        size_t limit) const = 0;
  // Dimension: the natural keys (as text) of the rows its SQL gives for `w.since`, at most
  // `limit`: the members a run of it reading from there can insert or change.
  virtual Statement member_keys(const BuildTarget& t, const WindowValues& w,
                                size_t limit) const = 0;
  // Fact: delete rows whose grain is not among the staged rows. With no window (key, deletes:
  // scan) every row of the table, the stage holding the SQL's unbounded result; with one, the rows
  // of [start, end) of the grains `w->only` names (a period's changed grains, before the staged
  // rows are upserted). Affected rows = deleted.
  virtual Statement delete_missing(const BuildTarget& t, const WindowValues* w) const = 0;
  // Fact, key: upsert the staged rows by grain; each statement's `tally` says what it counts.
  virtual std::vector<Statement> fact_upsert(const BuildTarget& t) const = 0;
  // Fact: update `refresh: always` measures from the staged rows where they differ.
  virtual std::optional<Statement> fact_refresh(const BuildTarget& t) const = 0;

  // Date dimension: upsert generated rows; `rows` hold the stored columns' values in order.
  virtual std::vector<Statement> date_rows(
      const BuildTarget& t, const std::vector<std::vector<std::string>>& rows) const = 0;

  // The model's rows in a form two builds can compare: surrogate keys of facts replaced by the
  // natural keys they stand for, a dimension's own surrogate key left out.
  virtual std::string comparable_rows(const BuildTarget& t) const = 0;
  // One row, one count: rows in one build and not the other (either way, with multiplicity).
  virtual Statement diff_count(const BuildTarget& live, const BuildTarget& other) const = 0;
  // Rows: side ("only in live" | "only in rebuild"), the row as text; at most `limit` each.
  virtual Statement diff_sample(const BuildTarget& live, const BuildTarget& other,
                                int limit) const = 0;
  // Drops a schema and everything in it (verify's scratch schemas).
  virtual Statement drop_schema(const std::string& schema) const = 0;

  // One row, one count: rows of the model's table that fail `test`, of those `scope` names. A
  // `unique` test always sees the whole table.
  virtual Statement test(const BuildTarget& t, const ModelTest& test,
                         const TestScope& scope) const = 0;
  // Up to `limit` of those rows, named: the table's key and the columns the test reads (every
  // column for an `expression`); for `unique`, the repeated values and how often each stands.
  virtual Statement test_sample(const BuildTarget& t, const ModelTest& test, const TestScope& scope,
                                int limit) const = 0;

  // One row: max(loaded_at) of a source table as a local timestamp, or NULL.
  virtual Statement source_high_water(const Source& s, const SourceTable& t) const = 0;
  // Rows: distinct values of `columns` (as text) in rows loaded since `since`, preceded by the
  // local start of the period of `time` when it is given; at most `limit` rows.
  virtual Statement changed_grains(const Source& s, const SourceTable& t,
                                   const std::optional<std::string>& time, Period p,
                                   const std::string& since,
                                   const std::vector<std::string>& columns, size_t limit) const = 0;
  // True where row `a` differs from row `b`, NULLs equal (the dialect's null-safe comparison).
  virtual std::string rows_differ(const std::vector<std::string>& a,
                                  const std::vector<std::string>& b) const = 0;
  // Rows: the local start of the period of the model's time (a period fact; none for others),
  // then `columns` (output names, as text), distinct, of the SQL's rows for `w` (whose
  // `relations` replace some inputs by their changed rows); at most `limit`.
  virtual Statement touched_grains(const BuildTarget& t, const WindowValues& w,
                                   const std::vector<std::string>& columns, bool with_period,
                                   size_t limit) const = 0;
  // Rows: the local start of each period touched by rows loaded since `since`.
  virtual Statement late_periods(const Source& s, const SourceTable& t, const std::string& time,
                                 Period p, const std::string& since) const = 0;
};

}  // namespace starling
