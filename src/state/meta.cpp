#include "state/meta.hpp"

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
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
                  (holder.empty() ? "" : " (" + holder + ")"),
              std::nullopt, "wait for it to finish, or pass --wait");
}

std::string host_name() {
  char name[256] = {};
  if (gethostname(name, sizeof name - 1) != 0) return "unknown";
  return name;
}

// The session holding a session lock, as the dialect's session_holder reads it.
struct SessionHolder {
  std::string server_pid;
  std::string name;  // "starling PID@HOST" for a starling
  std::string state;
  std::string seconds;
  std::string statement;

  std::string describe() const {
    std::string out = "server process " + server_pid;
    if (!name.empty()) out += " '" + name + "'";
    if (state != "active") return out + (state.empty() ? "" : ", " + state);
    out += ", running for " + seconds + " s";
    if (!statement.empty()) {
      std::string s = statement;
      std::replace(s.begin(), s.end(), '\n', ' ');
      out += ": " + (s.size() > 80 ? s.substr(0, 80) + "…" : s);
    }
    return out;
  }

  // Whether it is the session of a starling on this host whose process is gone: a killed run
  // whose last statement still runs. A pid that was reused counts as alive, which only waits.
  bool of_a_dead_starling() const {
    const std::string prefix = "starling ";
    if (name.rfind(prefix, 0) != 0) return false;
    auto at = name.find('@');
    if (at == std::string::npos || name.substr(at + 1) != host_name()) return false;
    const std::string pid = name.substr(prefix.size(), at - prefix.size());
    if (pid.empty() || pid.size() > 9 || pid.find_first_not_of("0123456789") != std::string::npos)
      return false;
    return kill(static_cast<pid_t>(std::stol(pid)), 0) != 0 && errno == ESRCH;
  }
};

std::optional<SessionHolder> session_holder(Executor& e, const RunLockSql& l) {
  auto r = e.execute(l.session_holder);
  if (r.rows.empty() || r.rows[0].size() < 5) return std::nullopt;
  const auto& row = r.rows[0];
  return SessionHolder{row[0].value_or(""), row[1].value_or(""), row[2].value_or(""),
                       row[3].value_or(""), row[4].value_or("")};
}
// Who holds the lease on the run lock, as the lock table says.
struct Lease {
  bool free = true;    // nobody but `session` (or `gone`, found disconnected) holds it
  std::string holder;  // the session holding it when not free
};

Lease read_lease(Executor& e, const RunLockSql& l, const std::string& session,
                 const std::string& gone) {
  Statement h = l.holder;
  h.params = {session, gone};
  auto r = e.execute(h);
  if (r.rows.empty() || is_true(r.rows[0][0])) return {};
  return {false, r.rows[0].size() > 1 ? r.rows[0][1].value_or("") : ""};
}
}  // namespace

std::string run_lock_holder_name() {
  return "starling " + std::to_string(getpid()) + "@" + host_name();
}

RunLock::RunLock(Executor& e, const Dialect& d, const std::string& meta,
                 const std::function<void(const std::string&)>& warn)
    : e_(e), meta_(meta), l_(d.run_lock(Ident(meta))) {
  const RunLockSql& l = l_;
  // a run that was just killed: its session may take a moment to end on the server, so the lock
  // is tried a few times over a second before it counts as held
  const int k_checks = 5;
  const auto k_pause = std::chrono::milliseconds(250);
  for (const auto& s : l.prepare) e_.execute(s);
  if (l.kind == RunLockSql::Kind::session) {
    int checks = k_checks;
    std::set<std::string> ended;  // server processes of killed runs told to end
    for (int check = 0;; ++check) {
      if (is_true(e_.execute(l.try_lock).scalar())) break;
      auto holder = session_holder(e_, l);
      if (holder && !ended.count(holder->server_pid) && holder->of_a_dead_starling()) {
        Statement end = l.end_session;
        end.params = {holder->server_pid};
        ended.insert(holder->server_pid);
        const std::string what = "the run lock was held by " + holder->describe() +
                                 ", whose starling process is gone (killed while its statement "
                                 "ran): ";
        try {
          e_.execute(end);
          if (warn) warn(what + "ended it");
          checks = check + 1 + 4 * k_checks;  // up to 5 s more for it to end
        } catch (const Error& err) {
          // another role's session, without pg_signal_backend: waited for like any holder
          if (err.category() == ErrorCategory::unreachable) throw;
          if (warn) warn(what + "could not end it: " + err.message());
        }
      }
      if (check + 1 >= checks) locked(meta_, holder ? holder->describe() : "");
      std::this_thread::sleep_for(k_pause);
    }
    Statement name = l.name_holder;
    name.params = {run_lock_holder_name()};
    e_.execute(name);
    return;
  }
  // a lease: taken under LOCK on the lock table, from nobody or from a session that is gone
  session_ = e_.execute(l.session_id).scalar().value_or("");
  std::string gone = "-1";  // a holder found disconnected
  for (int check = 0;; ++check) {
    std::string holder;
    {
      Transaction tx(e_);
      e_.execute(l.lock_table);
      Lease lease = read_lease(e_, l, session_, gone);
      if (lease.free) {
        for (auto s : l.claim) {
          if (s.sql.find("$1") != std::string::npos) s.params = {session_};
          e_.execute(s);
        }
        tx.commit();
        break;
      }
      holder = lease.holder;
    }  // rolled back: nothing was written
    // outside the transaction, so that each look at the sessions is a fresh one
    Statement alive = l.session_alive;
    alive.params = {holder};
    if (!is_true(e_.execute(alive).scalar())) {
      gone = holder;
      continue;
    }
    if (check + 1 >= k_checks) locked(meta_, "session " + holder);
    std::this_thread::sleep_for(k_pause);
  }
  e_.push_prelude(l.lock_table);
}

RunLock::~RunLock() {
  try {
    if (l_.kind == RunLockSql::Kind::session) {
      e_.execute(l_.unlock);
      return;
    }
    // a lease that was taken pushed its LOCK (the constructor threw otherwise)
    if (!e_.transaction_prelude().empty()) e_.pop_prelude();
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

long long record_skipped_run(Executor& e, const Dialect& d, const std::string& meta,
                             const std::string& command, const std::string& target,
                             const std::string& arguments, const std::vector<std::string>& models,
                             const std::string& why) {
  if (d.run_lock(Ident(meta)).kind != RunLockSql::Kind::session) return 0;
  if (meta_schema_version(e, d, meta) == 0) return 0;
  const MetaSql& sql = d.meta_sql();
  Ident m(meta);
  Transaction tx(e);
  long long id =
      std::stoll(execute_all(e, sql.start_run(m, command, target, k_starling_version, arguments))
                     .scalar()
                     .value_or("0"));
  if (command == "run")
    for (const auto& model : models) {
      meta_sql::ModelRunRecord r;
      r.run_id = id;
      r.model = model;
      r.status = "skipped";
      r.message = "not built: run " + std::to_string(id) + " was skipped, " + why;
      e.execute(sql.record_model_run(m, r));
    }
  e.execute(sql.finish_run(m, id, "skipped", why));
  tx.commit();
  return id;
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
