// starling's own schema: created and upgraded by starling, guarded by the run lock.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "db/executor.hpp"
#include "project/model.hpp"
#include "sql/dialect.hpp"

namespace starling {

// The version of the meta schema this build of starling writes.
int current_meta_version(const Dialect& d);

// The version the target's meta schema is at (0: it does not exist).
int meta_schema_version(Executor& e, const Dialect& d, const std::string& meta);

// Creates or upgrades the meta schema, each version in its own transaction.
// REQUIRES: the run lock is held. Throws Error(migration) if the schema is newer than this build.
void ensure_meta_schema(Executor& e, const Dialect& d, const std::string& meta);

// Holds the run lock for its lifetime (SPEC §6.4): the dialect's session lock, or its lease. The
// constructor tries five times, 0.25 s apart, then throws Error(locked) naming the holder.
// - A session lock held by a starling of this host whose process is gone (a killed run whose last
//   statement still runs) is ended, said through `warn`, and waited for up to 5 s more. Holding a
//   session lock, the session is named run_lock_holder_name() (its application_name on
//   PostgreSQL).
// - A lease is free when nobody holds it, when it expired (`lease` after its holder last renewed
//   it), or when its holder ran on this machine and its process is gone (said through `warn`).
//   Meanwhile every outermost Transaction on `e` begins with the lease's LOCK and renews it, and
//   one that lasted half the lease or more renews it again before COMMIT; a lease that another
//   took throws Error(locked) there, before anything more is written. A lock table of the shape
//   before the lease is recreated when nobody holds it (Error(locked) otherwise).
// REQUIRES: RunLocks on one connection end in the reverse order of their taking (verify holds
// the live one and its scratch one).
class RunLock : private TransactionGuard {
 public:
  RunLock(Executor& e, const Dialect& d, const std::string& meta, std::chrono::seconds lease,
          const std::function<void(const std::string&)>& warn = {});
  ~RunLock() override;
  RunLock(const RunLock&) = delete;
  RunLock& operator=(const RunLock&) = delete;

 private:
  void begun(Executor& e) override;
  void committing(Executor& e) override;
  void renew(Executor& e);
  void reshape_earlier();

  Executor& e_;
  std::string meta_;
  std::chrono::seconds lease_;
  RunLockSql l_;       // the dialect's statements for this lock
  std::string token_;  // a lease's holder
  std::chrono::steady_clock::time_point
      renewed_;  // a lease's last renewal, at its statement's start
};

// "starling PID@HOST": how a session holding the run lock names this process.
std::string run_lock_holder_name();

// Records that a command did not run because another held the run lock: a `runs` row with status
// `skipped` and `why`, and for a `run` a `model_runs` row `skipped` per model in `models`. Returns
// the run's id, or 0 when nothing could be recorded (no meta schema yet; a lease, whose ids are
// given out under the lock).
long long record_skipped_run(Executor& e, const Dialect& d, const std::string& meta,
                             const std::string& command, const std::string& target,
                             const std::string& arguments, const std::vector<std::string>& models,
                             const std::string& why);

// One row of `runs` for a command, finished by finish() or, if never called, as failed.
class RunRecord {
 public:
  RunRecord(Executor& e, const MetaSql& sql, const std::string& meta, const std::string& command,
            const std::string& target, const std::string& arguments);
  ~RunRecord();
  long long id() const { return id_; }
  void finish(const std::string& status, const std::optional<std::string>& error = std::nullopt);
  // For a command that holds the run lock: earlier runs still `running` were killed; they are
  // recorded as failed. Says so with `warn` when there were any.
  void close_interrupted(const std::function<void(const std::string&)>& warn);

 private:
  Executor& e_;
  const MetaSql& sql_;
  std::string meta_;
  long long id_ = 0;
  bool finished_ = false;
};

// The tables that exist in `schema`.
std::set<std::string> existing_tables(Executor& e, const Dialect& d, const std::string& schema);

// The indexes that exist in `schema` (none where the dialect has no indexes).
std::set<std::string> existing_indexes(Executor& e, const Dialect& d, const std::string& schema);

// The CREATE INDEX of the index the model's table in `schema` should have and is not among
// `indexes` (a period fact's table made by a starling before the time index); or nothing.
std::optional<Statement> missing_index(const Dialect& d, const Model& m, const Project& p,
                                       const std::string& schema,
                                       const std::set<std::string>& indexes);

// The columns starling itself adds (a fact's unresolved keys) that the model's table in `schema`
// lacks, a table made by an earlier starling; none when the table is as its model says (one read,
// of the table's columns, for a model that has such columns).
std::vector<std::string> lacking_columns(Executor& e, const Dialect& d, const Model& m,
                                         const Project& p, const std::string& schema);

}  // namespace starling
