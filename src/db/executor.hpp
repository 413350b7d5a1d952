// The Executor runs statements against a database (SPEC §7). Real ones talk to PostgreSQL; a
// recording one captures statements for tests; a faulty one fails on the Nth statement so that
// interruption and resume can be tested without killing processes.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sql/statement.hpp"

namespace starling {

struct ResultSet {
  std::vector<std::string> columns;
  std::vector<std::vector<std::optional<std::string>>> rows;
  long long affected = 0;  // rows inserted, updated or deleted by the statement

  // The first column of the first row; nothing when there is no row or it is NULL.
  std::optional<std::string> scalar() const;
};

// How a connection's transactions stand. One per connection: an executor that decorates another
// (ExecutorWrapper) shares its target's, so a Transaction opened on the decorator is the
// connection's.
class Executor;

// Runs inside every outermost Transaction on a connection while it is installed: Redshift's run
// lock, whose LOCK opens each transaction and whose lease is checked and renewed there.
class TransactionGuard {
 public:
  virtual ~TransactionGuard() = default;
  // Right after BEGIN, on the executor the Transaction was opened on. Throwing rolls it back.
  virtual void begun(Executor& e) = 0;
  // Right before COMMIT (of a transaction nothing inside refused). Throwing rolls it back.
  virtual void committing(Executor& e) = 0;
};

struct TransactionState {
  // How many Transactions are open: an inner one is a savepoint.
  int depth = 0;
  // Whether the database has savepoints. Without them an inner Transaction is part of the outer
  // one: rolling it back marks the outer one, which then refuses to commit.
  bool savepoints = true;
  bool inner_rolled_back = false;
  // Around every outermost Transaction (Redshift's run locks: a verify holds two), first pushed
  // first; not owned.
  std::vector<TransactionGuard*> guards;
};

class Executor {
 public:
  Executor() = default;
  Executor(const Executor&) = delete;
  Executor& operator=(const Executor&) = delete;
  virtual ~Executor() = default;
  // Runs one statement with its parameters. Throws Error(database) with the SQLSTATE and the
  // statement, or Error(unreachable) when the connection is lost.
  virtual ResultSet execute(const Statement& s) = 0;
  // Runs a script of several statements without parameters (a migration file).
  virtual void execute_script(const std::string& sql, const std::string& label) = 0;
  virtual void begin() = 0;
  virtual void commit() = 0;
  virtual void rollback() = 0;
  // The server's version() text.
  virtual std::string server_version() = 0;

  // How many Transactions are open on this connection.
  int transaction_depth() const { return state_->depth; }
  bool savepoints() const { return state_->savepoints; }
  void set_savepoints(bool on) { state_->savepoints = on; }
  // What runs around every outermost Transaction of the connection, first pushed first.
  // REQUIRES: `g` stays until popped.
  const std::vector<TransactionGuard*>& transaction_guards() const { return state_->guards; }
  void push_transaction_guard(TransactionGuard* g) { state_->guards.push_back(g); }
  // REQUIRES: a guard was pushed and not popped.
  void pop_transaction_guard() { state_->guards.pop_back(); }

 protected:
  // An executor in front of `target`, on its connection: it shares the target's transactions.
  explicit Executor(Executor& target) : state_(target.state_) {}

 private:
  friend class Transaction;
  TransactionState own_state_;
  TransactionState* state_ = &own_state_;
};

// Forwards every call to `target` and shares its transactions (leveldb's EnvWrapper): a decorator
// derives from it and overrides only what it changes.
class ExecutorWrapper : public Executor {
 public:
  explicit ExecutorWrapper(Executor& target) : Executor(target), target_(target) {}
  ResultSet execute(const Statement& s) override { return target_.execute(s); }
  void execute_script(const std::string& sql, const std::string& label) override {
    target_.execute_script(sql, label);
  }
  void begin() override { target_.begin(); }
  void commit() override { target_.commit(); }
  void rollback() override { target_.rollback(); }
  std::string server_version() override { return target_.server_version(); }

 protected:
  Executor& target() { return target_; }

 private:
  Executor& target_;
};

// Connects to PostgreSQL through libpqxx. `display_name` (target name and masked DSN) is what
// errors show. Throws Error(unreachable) with a one-line reason.
std::unique_ptr<Executor> connect_postgres(const std::string& dsn, const std::string& display_name,
                                           std::optional<long long> statement_timeout_s);

// Connects through libpq itself, for servers libpqxx refuses (Redshift reports version 8.0.2).
// `default_port` applies when neither the DSN nor PGPORT names one (Redshift: 5439); TLS follows
// the DSN's sslmode. Throws Error(unreachable) with a one-line reason.
std::unique_ptr<Executor> connect_libpq(const std::string& dsn, const std::string& display_name,
                                        std::optional<long long> statement_timeout_s,
                                        int default_port);

// Captures every statement and answers each with `respond` (an empty result by default).
class RecordingExecutor : public Executor {
 public:
  explicit RecordingExecutor(std::function<ResultSet(const Statement&)> respond = nullptr)
      : respond_(std::move(respond)) {}
  ResultSet execute(const Statement& s) override;
  void execute_script(const std::string& sql, const std::string& label) override;
  void begin() override { statements_.push_back({"BEGIN", {}, "begin"}); }
  void commit() override { statements_.push_back({"COMMIT", {}, "commit"}); }
  void rollback() override { statements_.push_back({"ROLLBACK", {}, "rollback"}); }
  std::string server_version() override { return "PostgreSQL 15 (recording)"; }
  const std::vector<Statement>& statements() const { return statements_; }

 private:
  std::function<ResultSet(const Statement&)> respond_;
  std::vector<Statement> statements_;
};

// Forwards to `inner` and throws Error(unreachable) on the `fail_at`-th statement (1-based,
// counting execute, execute_script and commit calls), as if the connection had been cut there:
// every call after it fails too. Drop `inner` afterwards, so the server rolls back and releases
// the session's locks as it would for a killed process.
class FaultyExecutor : public ExecutorWrapper {
 public:
  FaultyExecutor(Executor& inner, long long fail_at) : ExecutorWrapper(inner), fail_at_(fail_at) {}
  ResultSet execute(const Statement& s) override;
  void execute_script(const std::string& sql, const std::string& label) override;
  void begin() override;
  void commit() override;
  void rollback() override;
  long long count() const { return count_; }
  bool failed() const { return failed_; }

 private:
  void tick(const std::string& what);
  long long fail_at_;
  long long count_ = 0;
  bool failed_ = false;
};

// A dry run: executes only statements that read state (on `inner`; with no inner, answers them as
// an empty target would), answers the run lock as taken, and records every other statement,
// answering it with an empty result. Plans show what a run would execute this way. Its
// transactions are its own (recorded, not opened on `inner`).
class PlanningExecutor : public Executor {
 public:
  explicit PlanningExecutor(Executor* inner) : inner_(inner) {}
  ResultSet execute(const Statement& s) override;
  void execute_script(const std::string& sql, const std::string& label) override;
  void begin() override { recorded_.push_back({"BEGIN", {}, "begin"}); }
  void commit() override;
  void rollback() override { recorded_.push_back({"ROLLBACK", {}, "rollback"}); }
  std::string server_version() override { return inner_ ? inner_->server_version() : ""; }
  const std::vector<Statement>& recorded() const { return recorded_; }

 private:
  Executor* inner_;
  std::vector<Statement> recorded_;
};

// Forwards to another executor, each statement first passed through `adapt` (a dialect's last
// word on what it sends, e.g. Redshift's finite stand-ins for ±infinity).
class AdaptingExecutor : public ExecutorWrapper {
 public:
  using Adapt = std::function<void(Statement&)>;
  AdaptingExecutor(std::unique_ptr<Executor> inner, Adapt adapt)
      : ExecutorWrapper(*inner), owned_(std::move(inner)), adapt_(std::move(adapt)) {}
  AdaptingExecutor(Executor& inner, Adapt adapt)
      : ExecutorWrapper(inner), adapt_(std::move(adapt)) {}
  ResultSet execute(const Statement& s) override;

 private:
  std::unique_ptr<Executor> owned_;
  Adapt adapt_;
};

// Runs `statements` in order; the result of the last one.
ResultSet execute_all(Executor& e, const std::vector<Statement>& statements);

// Runs a statement that writes. Outside a transaction it gets one of its own when the executor has
// a transaction guard (Redshift's run lock), so that every write comes after its LOCK.
ResultSet execute_write(Executor& e, const Statement& s);

// Rolls back on destruction unless commit() was called.
// Inside another Transaction it is a savepoint, so a whole command (a rebuild) can run in one
// transaction while each model keeps its own all-or-nothing step.
class Transaction {
 public:
  explicit Transaction(Executor& e);
  ~Transaction();
  void commit();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

 private:
  Executor& e_;
  TransactionState& state_;  // the connection's
  int level_;                // 1 for the outermost
  bool done_ = false;
};

}  // namespace starling
