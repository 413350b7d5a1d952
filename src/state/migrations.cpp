#include "state/migrations.hpp"

#include <chrono>
#include <map>

#include "sql/meta.hpp"
#include "util/error.hpp"

namespace starling {

namespace {
std::string short_sum(const std::string& s) {
  return s.substr(0, 12);
}
}  // namespace

std::vector<AppliedMigration> applied_migrations(Executor& e, const Dialect& d, const Ident& meta) {
  std::vector<AppliedMigration> out;
  for (const auto& r : e.execute(d.meta_sql().applied_migrations(meta)).rows)
    out.push_back({std::stoi(r[0].value_or("0")), r[1].value_or(""), r[2].value_or(""),
                   r[3].value_or(""), r[4].value_or("")});
  return out;
}

std::vector<AppliedRepeatable> applied_repeatables(Executor& e, const Dialect& d,
                                                   const Ident& meta) {
  std::vector<AppliedRepeatable> out;
  for (const auto& r : e.execute(d.meta_sql().applied_repeatables(meta)).rows)
    out.push_back({r[0].value_or(""), r[1].value_or(""), r[2].value_or(""), r[3].value_or("")});
  return out;
}

MigrationStatus migration_status(Executor& e, const Dialect& d, const Project& p,
                                 const std::string& meta) {
  Ident m(meta);
  MigrationStatus st;
  st.applied = applied_migrations(e, d, m);
  std::map<int, const Migration*> files;
  for (const auto& mig : p.migrations)
    if (mig.kind == Migration::Kind::versioned) files[mig.version] = &mig;

  int highest = 0;
  for (const auto& a : st.applied) {
    highest = std::max(highest, a.version);
    auto it = files.find(a.version);
    if (it == files.end()) {
      throw Error(ErrorCategory::migration,
                  "migration " + a.file + " was applied on " + a.applied_at +
                      " but is no longer in migrations/",
                  SourceLoc{a.file, 0, 0},
                  "restore the file; to undo it, add a new migration that reverses it");
    }
    if (it->second->checksum != a.checksum) {
      throw Error(ErrorCategory::migration,
                  "migration " + it->second->file + " changed after it was applied on " +
                      a.applied_at + " (checksum " + short_sum(a.checksum) + " is now " +
                      short_sum(it->second->checksum) + ")",
                  SourceLoc{it->second->file, 0, 0},
                  "restore the applied text and put the change in a new migration");
    }
  }
  for (const auto& [v, mig] : files) {
    bool done = false;
    for (const auto& a : st.applied) done = done || a.version == v;
    if (done) continue;
    if (v < highest)
      throw Error(ErrorCategory::migration,
                  "migration " + mig->file + " is older than version " + std::to_string(highest) +
                      ", which is already applied",
                  SourceLoc{mig->file, 0, 0},
                  "renumber it above " + std::to_string(highest) + " so it runs after it");
    st.pending.push_back(mig);
  }

  std::map<std::string, std::string> repeatable_sums;
  for (const auto& r : applied_repeatables(e, d, m)) repeatable_sums[r.name] = r.checksum;
  for (const auto& mig : p.migrations) {
    if (mig.kind != Migration::Kind::repeatable) continue;
    auto it = repeatable_sums.find(mig.name);
    if (it == repeatable_sums.end() || it->second != mig.checksum)
      st.pending_repeatable.push_back(&mig);
  }
  return st;
}

MigrateResult apply_migrations(Executor& e, const Dialect& d, const Project& p,
                               const std::string& meta, MigrationSet which,
                               std::optional<long long> run_id,
                               const std::function<void(const std::string&)>& on_applied,
                               bool every_repeatable) {
  Ident m(meta);
  MigrationStatus st = migration_status(e, d, p, meta);
  if (every_repeatable) {
    st.pending_repeatable.clear();
    for (const auto& mig : p.migrations)
      if (mig.kind == Migration::Kind::repeatable) st.pending_repeatable.push_back(&mig);
  }
  MigrateResult result;
  // Applies one file and its bookkeeping (given the execution time) in one transaction.
  auto run_one = [&](const Migration& mig,
                     const std::function<std::vector<Statement>(long long)>& bookkeeping) {
    auto t0 = std::chrono::steady_clock::now();
    Transaction tx(e);
    try {
      e.execute_script(mig.sql, "migration");
    } catch (Error& err) {
      throw Error(err.category(), err.message(), SourceLoc{mig.file, 0, 0},
                  "fix the file; nothing of it was applied")
          .with_sqlstate(err.sqlstate())
          .with_statement(err.statement());
    }
    auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0)
            .count();
    for (const auto& s : bookkeeping(ms)) e.execute(s);
    tx.commit();
    if (on_applied) on_applied(mig.file);
  };
  const bool repeatable = which != MigrationSet::versioned;
  // (after a run's models the versioned ones were applied before them: a dry run, which records
  // nothing, would list them twice)
  if (which != MigrationSet::repeatable)
    for (const Migration* mig : st.pending) {
      run_one(*mig, [&](long long ms) {
        return std::vector<Statement>{d.meta_sql().record_migration(m, *mig, ms, run_id)};
      });
      result.applied.push_back(mig->file);
    }
  for (const Migration* mig : st.pending_repeatable) {
    if (!repeatable) {
      result.pending_repeatable.push_back(mig->file);
      continue;
    }
    run_one(*mig, [&](long long ms) {
      return std::vector<Statement>{d.meta_sql().forget_repeatable(m, mig->name),
                                    d.meta_sql().record_repeatable(m, *mig, ms, run_id)};
    });
    result.applied_repeatable.push_back(mig->file);
  }
  return result;
}

}  // namespace starling
