#include "db/executor.hpp"

#include "util/error.hpp"

namespace starling {

std::optional<std::string> ResultSet::scalar() const {
  if (rows.empty() || rows[0].empty()) return std::nullopt;
  return rows[0][0];
}

ResultSet RecordingExecutor::execute(const Statement& s) {
  statements_.push_back(s);
  return respond_ ? respond_(s) : ResultSet{};
}

void RecordingExecutor::execute_script(const std::string& sql, const std::string& label) {
  statements_.push_back({sql, {}, label});
}

void FaultyExecutor::tick(const std::string& what) {
  if (failed_) throw Error(ErrorCategory::unreachable, "the connection was cut before " + what);
  if (++count_ == fail_at_) {
    failed_ = true;
    throw Error(ErrorCategory::unreachable,
                "injected fault at statement " + std::to_string(count_) + " (" + what + ")");
  }
}

void FaultyExecutor::begin() {
  if (failed_) throw Error(ErrorCategory::unreachable, "the connection was cut");
  ExecutorWrapper::begin();
}

void FaultyExecutor::rollback() {
  if (failed_) throw Error(ErrorCategory::unreachable, "the connection was cut");
  ExecutorWrapper::rollback();
}

ResultSet FaultyExecutor::execute(const Statement& s) {
  tick(s.label);
  return ExecutorWrapper::execute(s);
}

void FaultyExecutor::execute_script(const std::string& sql, const std::string& label) {
  tick(label);
  ExecutorWrapper::execute_script(sql, label);
}

void FaultyExecutor::commit() {
  tick("commit");
  ExecutorWrapper::commit();
}

ResultSet AdaptingExecutor::execute(const Statement& s) {
  Statement adapted = s;
  adapt_(adapted);
  return ExecutorWrapper::execute(adapted);
}

ResultSet execute_all(Executor& e, const std::vector<Statement>& statements) {
  ResultSet last;
  for (const auto& s : statements) last = e.execute(s);
  return last;
}

ResultSet execute_write(Executor& e, const Statement& s) {
  if (e.transaction_depth() > 0 || e.transaction_guards().empty()) return e.execute(s);
  Transaction tx(e);
  ResultSet r = e.execute(s);
  tx.commit();
  return r;
}

void PlanningExecutor::commit() {
  // a transaction that writes nothing (only the run lock's) is not worth showing
  if (!recorded_.empty() && recorded_.back().sql == "BEGIN")
    recorded_.pop_back();
  else
    recorded_.push_back({"COMMIT", {}, "commit"});
}

ResultSet PlanningExecutor::execute(const Statement& s) {
  if (s.kind == Statement::Kind::lock) {
    ResultSet r;
    r.rows = {{std::string("t")}};
    r.affected = 1;  // a lease renewed
    return r;
  }
  if (s.kind == Statement::Kind::read_state) {
    if (!inner_) return ResultSet{};
    try {
      return inner_->execute(s);
    } catch (const Error& e) {
      // starling's tables do not exist yet on this target: it has no state
      if (e.sqlstate() == "42P01" || e.sqlstate() == "3F000") return ResultSet{};
      throw;
    }
  }
  recorded_.push_back(s);
  return ResultSet{};
}

void PlanningExecutor::execute_script(const std::string& sql, const std::string& label) {
  recorded_.push_back({sql, {}, label});
}

Transaction::Transaction(Executor& e) : e_(e), state_(*e.state_), level_(state_.depth + 1) {
  if (level_ == 1) {
    e_.begin();
    state_.inner_rolled_back = false;
    state_.depth = level_;
    try {
      for (auto* g : state_.guards) g->begun(e_);
    } catch (...) {
      state_.depth = 0;
      try {
        e_.rollback();
      } catch (...) {
      }
      throw;
    }
    return;
  }
  if (state_.savepoints)
    e_.execute({"SAVEPOINT starling_" + std::to_string(level_), {}, "savepoint"});
  state_.depth = level_;
}

Transaction::~Transaction() {
  if (done_) return;
  state_.depth = level_ - 1;
  try {
    if (level_ == 1) {
      e_.rollback();
    } else if (!state_.savepoints) {
      state_.inner_rolled_back = true;
    } else {
      std::string sp = "starling_" + std::to_string(level_);
      e_.execute({"ROLLBACK TO SAVEPOINT " + sp, {}, "rollback to savepoint"});
      e_.execute({"RELEASE SAVEPOINT " + sp, {}, "release savepoint"});
    }
  } catch (...) {
    // the connection is gone: the server rolls the transaction back itself
  }
}

void Transaction::commit() {
  // still open: should the guard refuse, the destructor rolls back
  if (level_ == 1 && !state_.inner_rolled_back)
    for (auto* g : state_.guards) g->committing(e_);
  done_ = true;
  state_.depth = level_ - 1;
  if (level_ == 1) {
    if (state_.inner_rolled_back) {
      e_.rollback();
      throw Error(ErrorCategory::database,
                  "a step inside this transaction was rolled back and the database has no "
                  "savepoints to undo it alone, so nothing was committed");
    }
    e_.commit();
  } else if (state_.savepoints) {
    e_.execute({"RELEASE SAVEPOINT starling_" + std::to_string(level_), {}, "release savepoint"});
  }
}

}  // namespace starling
