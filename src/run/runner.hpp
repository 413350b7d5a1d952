// `starling run` (SPEC §4, §6): migrate, build every selected model that is due in dependency
// order, each in its own transaction (a backfill a batch at a time), test it before it commits,
// record everything in the ledger, then apply changed repeatable migrations.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "db/executor.hpp"
#include "freshness/freshness.hpp"
#include "project/check.hpp"
#include "project/definition.hpp"
#include "project/model.hpp"
#include "run/changes.hpp"
#include "sql/dialect.hpp"
#include "state/ledger.hpp"
#include "state/meta.hpp"
#include "util/error.hpp"
#include "util/log.hpp"

namespace starling {

struct BuildInput;     // run/builders/context.hpp
struct StaleDecision;  // plan/decisions.hpp

struct RunOptions {
  std::vector<std::string> models;  // to build, in build order
  std::chrono::system_clock::time_point now = std::chrono::system_clock::now();
  bool wait_for_lock = false;
  std::string command = "run";
  std::string arguments;
  // verify's scratch build reads the sources as they are: no migrations, no dashboard views
  bool migrations = true;
  // a plan's dry run: durations are recorded as 0, so a plan is reproducible
  bool dry_run = false;
  // measure source freshness first and apply run.on_stale_source (not for verify or plan)
  bool check_freshness = false;
  // restate: model -> [from, to) local timestamps whose built periods are rebuilt
  std::map<std::string, std::pair<std::string, std::string>> restate;
  // a model whose transaction loses a serializable-isolation conflict (SQLSTATE 40001, Redshift's
  // error 1023) is built again, up to this many times, after backoff, 2 × backoff, 4 × …
  int conflict_retries = 3;
  std::chrono::milliseconds conflict_backoff{1000};
  // rebuild: a swap that finds readers holding a live table tries again after this pause, this
  // many times in all (a minute), then fails with nothing swapped in
  int swap_tries = 240;
  std::chrono::milliseconds swap_pause{250};
  // rebuild --discard-history: a dimension whose history cannot all be carried over is rebuilt
  // from its sources alone
  bool discard_history = false;
};

enum class ModelStatus { success, failed, skipped };
// "success", "failed", "skipped": as the ledger and the log write it.
const char* to_string(ModelStatus s);

struct ModelOutcome {
  std::string model;
  ModelStatus status = ModelStatus::success;
  long long inserted = 0, updated = 0, deleted = 0;
  int periods = 0;
  long long duration_ms = 0;
  std::string error;
  std::string message;  // model_runs.message: e.g. built although a source is stale
  // rebuild and verify: what a dimension's build carried over from its live table (SPEC §3.1)
  struct Carried {
    long long members = 0;      // copied with their surrogate keys
    long long gone = 0;         // real members among them whose source rows are gone
    long long keep_differ = 0;  // members whose keep values differ from what the sources say now
    std::vector<std::string> keep;  // the keep columns carried
    std::string not_carried;        // why nothing was carried (verify: the natural key changed)
    bool versions = false;          // `members` counts versions (history: versions)
  };
  std::optional<Carried> carried;
};

// rebuild and verify: the live tables whose history the scratch build of a dimension carries
// over (BuildContext::carry_history).
struct CarryHistory {
  std::string schema;                             // the live models' schema
  std::map<std::string, RecordedModel> recorded;  // the live meta schema's records of them
  // rebuild: a dimension whose history cannot all be carried fails unless `discard`; verify: it
  // is built with what can be carried, and says what could not
  bool strict = true;
  bool discard = false;
};

struct RunResult {
  long long run_id = 0;
  std::vector<ModelOutcome> models;
  std::vector<std::string> migrations;
  std::vector<std::string> repeatable;
  std::string repeatable_error;
  int failed = 0;
  int skipped = 0;
  FreshnessReport freshness;  // when the run checked it
  // what run.on_stale_source decided, when a source was past error_after
  std::string stale_decision;
  bool stopped_by_stale_source = false;  // on_stale_source: fail stopped the run
  long long swap_ms = 0;                 // rebuild: from the first ALTER to the commit
};

// How far before the last watermark a read starts again, so rows committed late with an earlier
// loaded_at are not missed (config: run.watermark_overlap).
inline constexpr std::chrono::seconds k_default_watermark_overlap{3600};

struct ModelDiff {
  std::string model;
  long long differing = 0;  // rows in one build and not the other
  std::vector<std::string> sample;
};

// "a='1', b=NULL": the columns of `row` from the `from`th on, by name, values quoted.
std::string named_values(const std::vector<std::string>& columns,
                         const std::vector<std::optional<std::string>>& row, size_t from);

// The lines that show a verify's sample of differing rows (a side and the table's columns a row,
// as ModelSql::diff_sample gives them): a key whose live and rebuilt rows both stand there once is
// one line naming the columns that differ, with both values; any other row is shown whole.
std::vector<std::string> describe_differences(const ResultSet& r,
                                              const std::vector<std::string>& key);

struct VerifyResult {
  std::vector<ModelDiff> models;
  RunResult scratch;
  bool ok() const;
};

class Runner {
 public:
  Runner(Executor& e, const Dialect& d, const Project& p, const Target& t, const CheckedGraph& g,
         Logger& log)
      : e_(e), d_(d), p_(p), t_(t), g_(g), log_(log) {}

  // Throws Error(locked) when another run holds the lock (unless waiting), Error(migration) for a
  // refused migration; a failing model is recorded in the result, not thrown.
  RunResult run(const RunOptions& o);

  // Builds `o.models` from scratch into scratch schemas beside the target, compares each with the
  // live table, and drops the scratch schemas. Holds the target's run lock throughout.
  VerifyResult verify(const RunOptions& o);

  // Builds `o.models` (a selection closed downstream, in build order) from scratch beside the live
  // tables, tests them there, and swaps them in within one transaction, with the dashboard views
  // (R__ migrations) recreated and the ledger's state of those models replaced. On any failure
  // nothing live changes. Holds the run lock throughout.
  RunResult rebuild(const RunOptions& o);

  // ref() to these models reads this schema instead of the target's (a rebuild's shadow build).
  // Where the versions of the tables facts read are kept (the meta schema of the live target: a
  // rebuild's scratch build keeps them there too).
  void watch_changes_in(std::string meta) { watch_meta_ = std::move(meta); }
  void read_models_from(std::map<std::string, std::string> ref_schemas) {
    ref_schemas_ = std::move(ref_schemas);
  }
  // Dimensions built into a new table carry history over from the live ones (rebuild, verify).
  void carry_history_from(CarryHistory c) { carry_ = std::move(c); }

 private:
  // Drops the table of a model whose first build never finished, and its watermarks and periods.
  void recreate_unfinished(const Model& m);
  // Creates the index the model's table should have and `indexes` lacks (a period fact's table
  // made by a starling before the time index); says what it did, or nothing.
  std::string add_missing_index(const Model& m, const std::set<std::string>& indexes);
  // Takes the run lock, or records a skipped run and throws Error(locked) (unless o waits).
  void take_run_lock(std::optional<RunLock>& lock, const RunOptions& o);
  // What a run knows of the target as it builds its models.
  struct RunState {
    std::set<std::string> tables;   // existing tables of the target's schema
    std::set<std::string> indexes;  // and indexes
    std::map<std::string, RecordedModel> recorded;
    std::set<std::string> broken;  // failed or skipped: their dependants are skipped
  };
  // Measures source freshness (when o asks) and decides what run.on_stale_source makes of it.
  StaleDecision check_sources(const RunOptions& o, long long run_id, RunResult& result);
  // Builds (or refuses, or skips) every model of o.models in order, recording each outcome.
  void build_models(const RunOptions& o, const StaleDecision& stale, long long run_id,
                    RunResult& result);
  // One model: skipped (a broken upstream model, a stale source), refused (a breaking change, the
  // catalog check of a first build) or built; recorded in model_runs.
  ModelOutcome run_model(const Model& m, long long run_id, const RunOptions& o,
                         const StaleDecision& stale, RunState& rs);
  // Why the model is not built (empty: it is): a breaking change, or (before its first build) a
  // problem the catalog check finds.
  std::string refusal(const Model& m, const ModelChange& change, bool first_build,
                      const RunOptions& o, const RecordedModel* recorded);
  // Builds the model, again after a serializable-isolation conflict (up to o.conflict_retries
  // times, after backoff), its ledger message noting the attempts.
  ModelOutcome build_with_retries(const Model& m, long long run_id, const RunOptions& o,
                                  BuildInput in, std::string note, std::set<std::string>& tables);
  // rebuild: where the selection is built (shadow), where the replaced tables go (retired), and
  // which of the selection's tables are live now
  struct Swap {
    Target shadow;
    std::string retired;
    std::set<std::string> live;
  };
  // rebuild: throws, before anything is written, when a dimension of the selection would lose
  // history a rebuild cannot carry over and o does not discard it.
  void check_history_carried(const RunOptions& o, const std::set<std::string>& live,
                             const std::map<std::string, RecordedModel>& recorded);
  // rebuild: the selection built beside the live tables, into `shadow`; throws when one failed.
  void build_shadow(const RunOptions& o, const Target& shadow, RunResult& result,
                    std::map<std::string, RecordedModel> recorded);
  // rebuild: one try of the swap, in its own transaction: the shadow tables take the live ones'
  // places with their privileges, the views over them recreated, the ledger's state adopted.
  void swap_in(const RunOptions& o, const Swap& swap, long long run_id, RunResult& result);
  // rebuild: the selection's live tables whose rebuilt tables have their shape (table_shape), which
  // the swap keeps, replacing their rows; nothing where the dialect replaces every table.
  std::optional<std::set<std::string>> kept_tables(const RunOptions& o, const Swap& swap);
  // rebuild: after a try that met a lock timeout, waits to try again, or throws when that was
  // the last of o.swap_tries.
  void wait_for_readers(const RunOptions& o, const Error& err, int attempt);
  // rebuild: the views reading the live tables of the selection, each with its GRANTs.
  std::map<std::pair<std::string, std::string>, std::vector<Statement>> views_over(
      const RunOptions& o, const std::set<std::string>& live);
  // Builds one model. A serializable-isolation conflict is thrown (nothing recorded) unless
  // `in.last_attempt`; any other failure is recorded and returned.
  ModelOutcome build(const Model& m, long long run_id, const RunOptions& o, const BuildInput& in);
  Executor& e_;
  const Dialect& d_;
  const Project& p_;
  const Target& t_;
  const CheckedGraph& g_;
  Logger& log_;
  std::map<std::string, std::string> ref_schemas_;
  std::optional<std::string> watch_meta_;  // unset: the target's
  std::optional<CarryHistory> carry_;
  Changes* changes_ = nullptr;  // while build_models runs (not for verify)
};

}  // namespace starling
