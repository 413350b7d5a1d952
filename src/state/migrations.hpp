// Applies the project's migrations/ (SPEC §2, §6.7): versioned files once each in order, each in
// its own transaction; repeatable files whenever their checksum changed.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "db/executor.hpp"
#include "project/model.hpp"
#include "sql/dialect.hpp"

namespace starling {

struct AppliedMigration {
  int version = 0;
  std::string name, file, checksum, applied_at;
};

// A row of schema_migrations, in version order.
std::vector<AppliedMigration> applied_migrations(Executor& e, const Dialect& d, const Ident& meta);

// A row of repeatable_migrations: the checksum of the text last applied.
struct AppliedRepeatable {
  std::string name, file, checksum, applied_at;
};
// By name.
std::vector<AppliedRepeatable> applied_repeatables(Executor& e, const Dialect& d,
                                                   const Ident& meta);

struct MigrationStatus {
  std::vector<const Migration*> pending;             // versioned, to apply, in order
  std::vector<const Migration*> pending_repeatable;  // new or changed repeatable files
  std::vector<AppliedMigration> applied;
};

// Compares the project's files with what the target recorded. Throws Error(migration) naming the
// file when an applied migration changed or is gone, or a new one is older than an applied one.
MigrationStatus migration_status(Executor& e, const Dialect& d, const Project& p,
                                 const std::string& meta);

struct MigrateResult {
  std::vector<std::string> applied;             // files applied now
  std::vector<std::string> applied_repeatable;  // files applied now
  std::vector<std::string> pending_repeatable;  // left for `run` (when not asked to apply them)
};

// Which migrations apply_migrations applies: the pending versioned ones (before a run's models),
// the changed repeatable ones (after them), or both (`starling migrate`).
enum class MigrationSet { versioned, repeatable, both };

// Applies the pending migrations of `which` (every repeatable one, changed or not, with
// `every_repeatable`: a rebuild replaced tables the views read). Without the repeatable ones, the
// changed repeatable files are listed in `pending_repeatable`.
// REQUIRES: the run lock is held and the meta schema is current. A failing file is rolled back
// and reported as Error(database) naming the file; the ones before it stay applied.
MigrateResult apply_migrations(Executor& e, const Dialect& d, const Project& p,
                               const std::string& meta, MigrationSet which,
                               std::optional<long long> run_id,
                               const std::function<void(const std::string&)>& on_applied = nullptr,
                               bool every_repeatable = false);

}  // namespace starling
