#include "state/meta.hpp"

#include <chrono>
#include <thread>

#include "sql/ddl.hpp"
#include "sql/meta.hpp"
#include "util/error.hpp"
#include "version.hpp"

namespace starling {

int current_meta_version(const Dialect& d) {
  return static_cast<int>(d.meta_schema_versions(Ident("starling")).size());
}

int meta_schema_version(Executor& e, const Dialect& d, const std::string& meta) {
  Ident m(meta);
  auto exists = e.execute(d.meta_version_table_exists(m)).scalar();
  if (!exists || (*exists != "t" && *exists != "true")) return 0;
  auto v = e.execute(d.meta_sql().current_version(m)).scalar();
  return v ? std::stoi(*v) : 0;
}

void ensure_meta_schema(Executor& e, const Dialect& d, const std::string& meta) {
  Ident m(meta);
  auto versions = d.meta_schema_versions(m);
  int have = meta_schema_version(e, d, meta);
  if (have > static_cast<int>(versions.size()))
    throw Error(ErrorCategory::migration,
                "meta schema '" + meta + "' is at version " + std::to_string(have) +
                    ", newer than this starling (" + std::string(k_starling_version) +
                    ") understands (" + std::to_string(versions.size()) + ")",
                std::nullopt, "upgrade starling");
  for (int v = have; v < static_cast<int>(versions.size()); ++v) {
    Transaction tx(e);
    for (const auto& s : versions[v]) e.execute(s);
    e.execute(d.meta_sql().set_version(m, v + 1));
    tx.commit();
  }
}

namespace {
bool is_true(const std::optional<std::string>& v) {
  return v && (*v == "t" || *v == "true");
}

[[noreturn]] void locked(const std::string& meta, const std::string& holder) {
  throw Error(ErrorCategory::locked,
              "another starling command holds the run lock of meta schema '" + meta + "'" +
                  (holder.empty() ? "" : " (session " + holder + ")"),
              std::nullopt, "wait for it to finish, or pass --wait");
}
}  // namespace

RunLock::RunLock(Executor& e, const Dialect& d, const std::string& meta)
    : e_(e), meta_(meta), l_(d.run_lock(Ident(meta))) {
  const RunLockSql& l = l_;
  // a run that was just killed: its session may take a moment to end on the server, so the lock
  // is tried a few times over a second before it counts as held
  const int k_checks = 5;
  const auto k_pause = std::chrono::milliseconds(250);
  if (l.kind == RunLockSql::Kind::session) {
    for (int check = 0; !is_true(e_.execute(l.try_lock).scalar()); ++check) {
      if (check + 1 >= k_checks) locked(meta_, "");
      std::this_thread::sleep_for(k_pause);
    }
    return;
  }
  // a lease: taken under LOCK on the lock table, from nobody or from a session that is gone
  for (const auto& s : l.prepare) e_.execute(s);
  session_ = e_.execute(l.session_id).scalar().value_or("");
  std::string gone = "-1";  // a holder found disconnected
  for (int check = 0;; ++check) {
    std::string holder;
    {
      Transaction tx(e_);
      e_.execute(l.lock_table);
      Statement h = l.holder;
      h.params = {session_, gone};
      auto row = e_.execute(h);
      if (row.rows.empty() || is_true(row.rows[0][0])) {
        for (auto s : l.claim) {
          if (s.sql.find("$1") != std::string::npos) s.params = {session_};
          e_.execute(s);
        }
        tx.commit();
        break;
      }
      holder = row.rows[0].size() > 1 ? row.rows[0][1].value_or("") : "";
    }  // rolled back: nothing was written
    // outside the transaction, so that each look at the sessions is a fresh one
    Statement alive = l.session_alive;
    alive.params = {holder};
    if (!is_true(e_.execute(alive).scalar())) {
      gone = holder;
      continue;
    }
    if (check + 1 >= k_checks) locked(meta_, holder);
    std::this_thread::sleep_for(k_pause);
  }
  e_.transaction_prelude.push_back(l.lock_table);
}

RunLock::~RunLock() {
  try {
    if (l_.kind == RunLockSql::Kind::session) {
      e_.execute(l_.unlock);
      return;
    }
    // a lease that was taken pushed its LOCK (the constructor threw otherwise)
    if (!e_.transaction_prelude.empty()) e_.transaction_prelude.pop_back();
    Transaction tx(e_);
    e_.execute(l_.lock_table);
    Statement release = l_.release;
    release.params = {session_};
    e_.execute(release);
    tx.commit();
  } catch (...) {
    // a lost connection releases a session lock on the server, and a lease of a session gone is
    // taken over by the next run
  }
}

RunRecord::RunRecord(Executor& e, const MetaSql& sql, const std::string& meta,
                     const std::string& command, const std::string& target,
                     const std::string& arguments)
    : e_(e), sql_(sql), meta_(meta) {
  auto statements = sql_.start_run(Ident(meta_), command, target, k_starling_version, arguments);
  std::optional<Transaction> tx;
  if (statements.size() > 1) tx.emplace(e_);  // the id is read back in the same transaction
  auto r = execute_all(e_, statements);
  if (tx) tx->commit();
  id_ = std::stoll(r.scalar().value_or("0"));
}

RunRecord::~RunRecord() {
  if (finished_) return;
  try {
    finish("failed", "interrupted");
  } catch (...) {
    // nothing more can be recorded; status stays 'running' and status reports it
  }
}

void RunRecord::close_interrupted(const std::function<void(const std::string&)>& warn) {
  const std::string why =
      "interrupted: it ended without recording how (found by run " + std::to_string(id_) + ")";
  long long n = execute_write(e_, sql_.close_interrupted_runs(Ident(meta_), id_, why)).affected;
  if (n > 0)
    warn(std::to_string(n) + " earlier run" + (n == 1 ? " was" : "s were") +
         " still marked running, killed before recording its end: now recorded as failed");
}

void RunRecord::finish(const std::string& status, const std::optional<std::string>& error) {
  finished_ = true;
  execute_write(e_, sql_.finish_run(Ident(meta_), id_, status, error));
}

std::set<std::string> existing_tables(Executor& e, const Dialect& d, const std::string& schema) {
  std::set<std::string> out;
  for (const auto& row : e.execute(d.existing_tables(Ident(schema))).rows)
    if (!row.empty() && row[0]) out.insert(*row[0]);
  return out;
}

std::set<std::string> existing_indexes(Executor& e, const Dialect& d, const std::string& schema) {
  std::set<std::string> out;
  if (auto read = d.existing_indexes(Ident(schema)))
    for (const auto& row : e.execute(*read).rows)
      if (!row.empty() && row[0]) out.insert(*row[0]);
  return out;
}

std::optional<Statement> missing_index(const Dialect& d, const Model& m, const Project& p,
                                       const std::string& schema,
                                       const std::set<std::string>& indexes) {
  auto index = d.create_index(table_spec(m, p, schema));
  if (!index || indexes.count(index->first)) return std::nullopt;
  return std::move(index->second);
}

}  // namespace starling
