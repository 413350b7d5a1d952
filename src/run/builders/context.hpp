// What the builder of every kind of model shares (src/run/builders/): the executor, the dialect,
// the target, the model's state read from the meta schema, its outcome so far and what of it has
// committed, and the steps every kind takes (stage checks, tests, references, the ledger writes).
// A builder turns the decisions of src/plan/decisions.hpp into statements through ModelSql and
// executes them here.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>

#include "db/executor.hpp"
#include "plan/decisions.hpp"
#include "project/check.hpp"
#include "project/definition.hpp"
#include "run/changes.hpp"
#include "run/runner.hpp"
#include "sql/dialect.hpp"
#include "util/log.hpp"

namespace starling {

// What run knows of a model when it builds it.
struct BuildInput {
  bool table_exists = false;
  std::string note;  // for model_runs.message
  // a serializable-isolation conflict is recorded (not thrown for run to build again)
  bool last_attempt = true;
  // a test was added since the model was built: this build checks every row, not only its own
  bool test_every_row = false;
  // the model's definition when it was last built (model_definition), if recorded
  std::optional<std::string> recorded_definition;
  // an additive change, applied inside the build so that it commits with the rows
  const ModelChange* additive = nullptr;
};

// Which members of a densify fact's dimension its once-per-run pass has to look at.
struct DensifyCandidates {
  // the members the dimension can have inserted or changed since the fact's last pass; nullopt
  // when that is not known: every member is then looked at
  std::optional<std::vector<std::vector<std::string>>> members;
  // the dimension's watermarks now (source.table -> value), for the pass to record
  std::map<std::string, std::string> dimension_watermarks;
};

struct BuildEnv {
  Executor& e;
  const Dialect& d;
  const Project& p;
  const Target& t;
  const CheckedGraph& g;
  Logger& log;
  const std::map<std::string, std::string>* ref_schemas;  // null: models read from t.schema
  Changes* changes = nullptr;           // null: facts read their inputs as they are (verify)
  const CarryHistory* carry = nullptr;  // rebuild, verify: the live tables history comes from
};

// The grains changes since a fact's positions touch (BuildContext::touched).
struct Touched {
  bool unknown = false;   // a position is missing or older than its input's versions: any row
  bool too_many = false;  // more than k_max_changed_grains
  Rows rows;              // the period's start first (with_period), then the columns' values
};

// The first row's `col`th value as a number (0 when there is none).
long long count_of(const ResultSet& r, size_t col = 0);

class BuildContext {
 public:
  // Reads the model's watermarks.
  BuildContext(const BuildEnv& env, const Model& m, long long run_id, const RunOptions& o,
               const BuildInput& in);

  Executor& e;
  const Dialect& d;
  const Project& p;
  const Target& t;
  const CheckedGraph& g;
  Logger& log;
  const Model& m;
  const long long run_id;
  const RunOptions& o;
  const BuildInput& in;
  const Ident meta;
  const ModelSql& sql;
  const BuildTarget bt;
  const LocalTime now;  // local
  const SourcesRead sources;
  ModelState state;
  ModelOutcome out;  // so far
  // facts: what the SQL reads instead of its inputs (their versions at this build's refresh)
  std::map<size_t, std::string> relations;
  // the grains `refresh_measures` recomputed (nullopt: all of them)
  std::optional<GrainFilter> refreshed;

  // The table made ready inside the build's first transaction, so that its DDL commits with the
  // rows and the definition or not at all: created when missing, else given the columns of an
  // additive change (whose rows are then read again, as on a first run).
  void create_if_missing();
  // Records the model's definition; `built` false: not yet built, or keeps its last build's time.
  void record_definition(bool built);
  // The additive change goes into the ledger's message, once it is sure to commit.
  void applied();

  // {{ since }} of the build, after reading the high water of the sources it reads.
  std::string read_high_water();
  // Nothing the model reads changed since it was built (decisions: quiet); asks the upstream
  // models only when the sources are quiet.
  bool quiet();
  // The watermarks the build read up to, recorded.
  void save_watermarks();

  // The stage's rows when `staged` and the table existed (those a build just wrote), else every
  // row; every row too when a test is new since the model was built.
  TestScope written_rows(bool staged) const;
  // The model's tests, over the rows `scope` names, and where the database does not enforce
  // keys (Dialect::enforces_keys) the uniqueness of all surrogate keys; fails with some of the
  // failing rows.
  void run_tests(TestScope scope = {});
  // Fails when the stage holds a NULL or a duplicate key.
  void check_stage();
  // Fails when a staged key is held by rows read by earlier runs too.
  void check_read_before(const WindowValues& w);
  // rebuild and verify, a dimension's first build in its new table: the live table's members
  // (every version of a versions dimension) copied in after the stage is made, before the upsert
  // (CarryHistory, HistoryCarry); sets out.carried. Whether any were.
  bool carry_history();
  // Dimensions: what the build reads (`w`, its `only` pointing at `only`): every row on a first
  // build; when built before, the members changes in its inputs touched, or every member when
  // those are not known. Whether nothing it reads changed (quiet): `w` then reads from the high
  // water on.
  bool read_members(WindowValues& w, GrainFilter& only);
  // Dimensions: the table made ready, the members read_members names staged and checked (NULL or
  // duplicate keys). True, and nothing staged, when the table was there and nothing the build
  // reads changed since (quiet): the build is settled (below).
  bool stage_members(WindowValues& w, GrainFilter& only);
  // A build whose table is what a build would give (nothing it reads changed): the tests of a
  // new test over every row, then complete.
  void settled(Transaction& tx);
  // After a dimension's build wrote rows, the facts that reference it (those built in this schema,
  // whose tables exist) re-pointed: `shrunk` (a versions dimension whose merge made versions end
  // earlier), the rows whose as_of no longer falls in their version; and the rows at the unknown
  // member whose natural key (their unresolved column) the dimension now has.
  void repoint_facts(bool shrunk);
  void resolve_references();
  // `refresh: always` measures recomputed (over the grains their refresh_on sources name, else
  // everywhere) and written where they differ. Whether anything was recomputed; sets `refreshed`.
  bool refresh_measures();
  // The rows of a changed-grains query of `source` since its watermark: nothing when the source
  // is untracked, has no watermark yet, or more than k_max_changed_grains rows come back.
  std::optional<Rows> changed_grains(const std::string& source, const std::vector<GrainKey>& keys,
                                     const std::optional<std::string>& time, Period period);
  DensifyCandidates densify_candidates();

  // Facts: the versions of every input refreshed (each in a transaction of its own, so before
  // the build's first), and the SQL made to read them as of that refresh.
  void watch_inputs();
  // Whether an input has versions the fact's positions do not cover (or a position is missing).
  bool inputs_changed() const;
  // The grains (values of `columns`, output names, after the period's start when `with_period`)
  // the versions that came or went since the positions touch: the SQL run with one input read
  // as those versions, over the others as they stand (came) or stood (went), for each input the
  // SQL reads and each position. Runs in a transaction of its own.
  Touched touched(const std::vector<std::string>& columns, bool with_period);
  // The positions recorded, in the caller's transaction: only this build's refresh (`complete`),
  // or added to those there (a build whose rows commit a batch at a time).
  void save_positions(bool complete);

  // Executes `s`, a count: its value.
  long long count(const Statement& s) { return count_of(e.execute(s)); }
  // Executes `s` and adds what its result counts (Statement::tally) to `out`.
  void execute_tallied(const Statement& s);
  // Commits the transaction and keeps what committed.
  void commit(Transaction& tx);
  // Records the successful build: its definition and its model_runs row.
  void finish();
  // The end of a build that read its inputs whole: the watermarks and positions it read up to
  // saved, the build recorded (finish) and committed.
  void complete(Transaction& tx);
  // The outcome of a build that failed: only what committed counts, the rest is said rolled back;
  // recorded in model_runs.
  ModelOutcome failed(const Error& err);

 private:
  std::string note_;  // what the build adds to its ledger message
  bool noted_ = false;
  ModelOutcome kept_;  // what has committed so far
  std::chrono::steady_clock::time_point t0_;
  Changes* changes_;
  const CarryHistory* carry_;
  std::map<size_t, WatchedInput> inputs_;         // by template part
  std::map<size_t, InputVersions> versions_;      // by template part, after watch_inputs
  std::map<std::string, std::string> positions_;  // input -> seqs, as recorded
};

// Fails the model with a message, rolling its transaction back.
[[noreturn]] void fail_build(const std::string& msg);

// The builders, one per kind of model. Each leaves `c.out` as the build's outcome.
void build_date_dimension(BuildContext& c);
void build_dimension(BuildContext& c);
// history: versions
void build_versions_dimension(BuildContext& c);
// A fact built by key (`strategy: key`) or whole (`strategy: full`).
void build_fact(BuildContext& c);
void build_period_fact(BuildContext& c);

}  // namespace starling
