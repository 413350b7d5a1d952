#include "state/meta.hpp"

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include <fmt/format.h>

#include "sql/ddl.hpp"
#include "sql/meta.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"
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
std::string read_text(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  return line;
}

// The start time of process `pid` in clock ticks since boot (/proc/PID/stat, field 22); empty
// when there is no such process.
std::string process_start(const std::string& pid) {
  std::string stat = read_text("/proc/" + pid + "/stat");
  auto close = stat.rfind(')');  // the command name may hold spaces and parentheses
  if (close == std::string::npos) return "";
  std::istringstream fields(stat.substr(close + 1));
  std::string f;
  for (int i = 3; i <= 22 && (fields >> f); ++i) {
    if (i == 22) return f;
  }
  return "";
}

// This machine and pid namespace as they can be recognised later: the kernel's boot id and the
// namespace's inode (Linux); empty elsewhere.
std::string machine_key() {
  const std::string boot = read_text("/proc/sys/kernel/random/boot_id");
  char ns[128] = {};
  ssize_t n = readlink("/proc/self/ns/pid", ns, sizeof ns - 1);
  if (boot.empty() || n <= 0) return "";
  return boot + " " + std::string(ns, static_cast<size_t>(n));
}

// "MACHINE PID START" for this process: how a later starling knows that it is gone though pids
// are reused; empty where it cannot be known.
std::string process_key() {
  const std::string machine = machine_key();
  const std::string pid = std::to_string(getpid());
  const std::string start = process_start(pid);
  if (machine.empty() || start.empty()) return "";
  return machine + " " + pid + " " + start;
}

// Whether the process `key` names (process_key()) ran on this machine and is gone. A holder on
// another machine, or where it cannot be told, is not known to be gone.
bool process_gone(const std::string& key) {
  const std::string machine = machine_key();
  if (key.empty() || machine.empty() || key.rfind(machine + " ", 0) != 0) return false;
  std::istringstream rest(key.substr(machine.size() + 1));
  std::string pid, start;
  if (!(rest >> pid >> start) || pid.find_first_not_of("0123456789") != std::string::npos)
    return false;
  return process_start(pid) != start;
}

std::string new_token() {
  std::random_device random;
  std::string out;
  for (int i = 0; i < 4; ++i) out += fmt::format("{:08x}", static_cast<uint32_t>(random()));
  return out;
}

// A row of the lock table, as the dialect's holder reads it.
struct LeaseRow {
  bool expired = true;
  std::string token, holder, process, expires_at;

  std::string describe() const {
    std::string who = holder.empty() ? "token " + token : holder;
    return expires_at.empty() ? who : who + ", its lease until " + expires_at;
  }
};

std::vector<LeaseRow> lease_rows(Executor& e, const RunLockSql& l) {
  std::vector<LeaseRow> out;
  for (const auto& row : e.execute(l.holder).rows) {
    auto at = [&](size_t i) { return i < row.size() ? row[i].value_or("") : std::string(); };
    out.push_back({is_true(row.empty() ? std::nullopt : row[0]), at(1), at(2), at(3), at(4)});
  }
  return out;
}
}  // namespace

std::string run_lock_holder_name() {
  return "starling " + std::to_string(getpid()) + "@" + host_name();
}

RunLock::RunLock(Executor& e, const Dialect& d, const std::string& meta, std::chrono::seconds lease,
                 const std::function<void(const std::string&)>& warn)
    : e_(e), meta_(meta), lease_(lease), l_(d.run_lock(Ident(meta), lease)) {
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
  // a lease: taken under LOCK on the lock table, from nobody, from a lease that expired, or from
  // a holder whose process is known to be gone
  if (!is_true(e_.execute(l.current_shape).scalar())) reshape_earlier();
  token_ = new_token();
  for (int check = 0;; ++check) {
    std::string holder;
    {
      Transaction tx(e_);
      e_.execute(l.lock_table);
      std::vector<std::string> gone;
      for (const auto& row : lease_rows(e_, l)) {
        if (row.expired) continue;
        if (process_gone(row.process)) {
          gone.push_back(row.describe());
          continue;
        }
        holder = row.describe();
      }
      if (holder.empty()) {
        const auto start = std::chrono::steady_clock::now();
        for (auto s : l.claim) {
          if (s.sql.find("$1") != std::string::npos)
            s.params = {token_, run_lock_holder_name(), process_key()};
          e_.execute(s);
        }
        tx.commit();
        renewed_ = start;
        for (const auto& g : gone)
          if (warn) warn("the run lock was held by " + g + ", whose process is gone: taken over");
        break;
      }
    }  // rolled back: nothing was written
    if (check + 1 >= k_checks) locked(meta_, holder);
    std::this_thread::sleep_for(k_pause);
  }
  e_.push_transaction_guard(this);
}

void RunLock::reshape_earlier() {
  Transaction tx(e_);
  e_.execute(l_.lock_table);  // a starling before the lease, in a transaction, is waited for
  if (is_true(e_.execute(l_.current_shape).scalar())) return;  // another starling reshaped it
  if (auto session = e_.execute(l_.earlier_holder).scalar())
    throw Error(ErrorCategory::locked,
                "another starling command holds the run lock of meta schema '" + meta_ +
                    "': a starling older than " + std::string(k_starling_version) + " (session " +
                    *session + "), which keeps it in the earlier shape of " + meta_ + ".run_lock",
                std::nullopt,
                "wait for it to finish, or pass --wait; if no starling runs on this target (it "
                "was killed), clear it: DELETE FROM " +
                    meta_ + ".run_lock");
  for (const auto& s : l_.reshape) e_.execute(s);
  tx.commit();
}

void RunLock::begun(Executor& e) {
  e.execute(l_.lock_table);
  renew(e);
}

void RunLock::committing(Executor& e) {
  // the LOCK keeps every other starling out until COMMIT, but the expiry written at BEGIN may
  // have passed by then: a long transaction renews it again
  if (std::chrono::steady_clock::now() - renewed_ >= lease_ / 2) renew(e);
}

void RunLock::renew(Executor& e) {
  const auto start = std::chrono::steady_clock::now();
  Statement renew = l_.renew;
  renew.params = {token_};
  if (e.execute(renew).affected == 1) {
    renewed_ = start;
    return;
  }
  std::string holder;
  for (const auto& row : lease_rows(e, l_)) holder = row.describe();
  throw Error(ErrorCategory::locked,
              "the run lock of meta schema '" + meta_ + "' was lost: its lease expired (" +
                  format_duration(lease_) + " without a transaction) and " +
                  (holder.empty() ? std::string("its row was removed")
                                  : "another starling command took it (" + holder + ")") +
                  "; this command stopped before writing more",
              std::nullopt,
              "set the target's run_lock_lease longer than the longest time this command goes "
              "without a transaction");
}

RunLock::~RunLock() {
  try {
    if (l_.kind == RunLockSql::Kind::session) {
      e_.execute(l_.unlock);
      return;
    }
    // a lease that was taken pushed its guard (the constructor threw otherwise): the last one, as
    // RunLocks on one connection end in the reverse order of their taking
    if (!e_.transaction_guards().empty() && e_.transaction_guards().back() == this)
      e_.pop_transaction_guard();
    Transaction tx(e_);
    e_.execute(l_.lock_table);
    Statement release = l_.release;
    release.params = {token_};
    e_.execute(release);
    tx.commit();
  } catch (...) {
    // a lost connection releases a session lock on the server, and a lease of a holder gone is
    // taken over by the next run once it expires
  }
}

long long record_skipped_run(Executor& e, const Dialect& d, const std::string& meta,
                             const std::string& command, const std::string& target,
                             const std::string& arguments, const std::vector<std::string>& models,
                             const std::string& why) {
  if (d.run_lock(Ident(meta), k_default_run_lock_lease).kind != RunLockSql::Kind::session) return 0;
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

std::vector<std::string> lacking_columns(Executor& e, const Dialect& d, const Model& m,
                                         const Project& p, const std::string& schema) {
  std::vector<std::string> own, out;
  for (const auto& c : stored_columns(m, p))
    if (c.role == ColumnRole::unresolved_key) own.push_back(c.name);
  if (own.empty()) return out;
  std::set<std::string> stored;
  for (const auto& row : e.execute(d.meta_sql().column_types(schema, m.name)).rows)
    stored.insert(row.empty() ? "" : row[0].value_or(""));
  if (stored.empty()) return out;  // no table
  for (const auto& c : own)
    if (!stored.count(c)) out.push_back(c);
  return out;
}

}  // namespace starling
