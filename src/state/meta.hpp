// starling's own schema: created and upgraded by starling, guarded by the run lock.
#pragma once

#include <functional>
#include <optional>
#include <set>
#include <string>

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

// Holds the run lock for its lifetime (SPEC §6.4): the dialect's session lock, or its lease, with
// the lease's LOCK made the first statement of every transaction on `e` meanwhile. The constructor
// throws Error(locked) when another run holds it (after looking again for a second: a run killed
// just before may still have a session).
class RunLock {
 public:
  RunLock(Executor& e, const Dialect& d, const std::string& meta);
  ~RunLock();
  RunLock(const RunLock&) = delete;
  RunLock& operator=(const RunLock&) = delete;

 private:
  Executor& e_;
  std::string meta_;
  RunLockSql l_;         // the dialect's statements for this lock
  std::string session_;  // a lease's holder
};

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

}  // namespace starling
