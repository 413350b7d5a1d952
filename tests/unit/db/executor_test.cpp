// A connection's transactions (depth, savepoints, the guard) are one state that every decorating
// executor shares with the executor it wraps: a Transaction opened on a decorator is the
// connection's, whichever executor in the chain it was opened on.
#include "db/executor.hpp"

#include <gtest/gtest.h>

#include "util/error.hpp"

namespace starling {
namespace {

std::vector<std::string> sqls(const RecordingExecutor& r) {
  std::vector<std::string> out;
  for (const auto& s : r.statements()) out.push_back(s.sql);
  return out;
}

TEST(Executor, ADecoratorsTransactionIsTheConnections) {
  RecordingExecutor conn;
  FaultyExecutor faulty(conn, 0);
  {
    Transaction tx(faulty);
    EXPECT_EQ(conn.transaction_depth(), 1);
    EXPECT_EQ(faulty.transaction_depth(), 1);
    // a Transaction opened on the wrapped executor inside it is a savepoint, not a second BEGIN
    Transaction inner(conn);
    EXPECT_EQ(faulty.transaction_depth(), 2);
    inner.commit();
    tx.commit();
  }
  EXPECT_EQ(conn.transaction_depth(), 0);
  EXPECT_EQ(sqls(conn), (std::vector<std::string>{"BEGIN", "SAVEPOINT starling_2",
                                                  "RELEASE SAVEPOINT starling_2", "COMMIT"}));
}

// runs a statement at BEGIN and one before COMMIT, or refuses the commit
class StatementGuard : public TransactionGuard {
 public:
  void begun(Executor& e) override { e.execute({"LOCK TABLE meta.run_lock", {}, "lock"}); }
  void committing(Executor& e) override {
    e.execute({"RENEW", {}, "renew"});
    if (refuse) throw Error(ErrorCategory::locked, "the lease was lost");
  }
  bool refuse = false;
};

TEST(Executor, AGuardSetOnADecoratorRunsAroundEveryTransactionOfTheConnection) {
  RecordingExecutor conn;
  AdaptingExecutor adapted(conn, [](Statement& s) { s.sql += " /* adapted */"; });
  StatementGuard guard;
  adapted.push_transaction_guard(&guard);
  EXPECT_EQ(conn.transaction_guards(), (std::vector<TransactionGuard*>{&guard}));
  {
    Transaction tx(conn);
    Transaction inner(conn);  // a savepoint: the guard runs around the outermost only
    inner.commit();
    tx.commit();
  }
  {
    FaultyExecutor faulty(adapted, 0);
    Transaction tx(faulty);  // through the adapter: the guard's statements are adapted too
  }
  guard.refuse = true;
  {
    Transaction tx(conn);
    try {
      tx.commit();
      ADD_FAILURE() << "the guard did not refuse the commit";
    } catch (const Error& err) {
      EXPECT_EQ(err.message(), "the lease was lost");
    }
  }
  adapted.pop_transaction_guard();
  EXPECT_TRUE(conn.transaction_guards().empty());
  EXPECT_EQ(sqls(conn),
            (std::vector<std::string>{"BEGIN", "LOCK TABLE meta.run_lock", "SAVEPOINT starling_2",
                                      "RELEASE SAVEPOINT starling_2", "RENEW", "COMMIT", "BEGIN",
                                      "LOCK TABLE meta.run_lock /* adapted */", "ROLLBACK", "BEGIN",
                                      "LOCK TABLE meta.run_lock", "RENEW", "ROLLBACK"}));
}

TEST(Executor, WithoutSavepointsSetOnAWrapperAnInnerRollbackStopsTheOuterCommit) {
  RecordingExecutor conn;
  AdaptingExecutor adapted(conn, [](Statement&) {});
  adapted.set_savepoints(false);  // as connect_dialect does, on the executor it returns
  FaultyExecutor faulty(adapted, 0);
  EXPECT_FALSE(faulty.savepoints());
  Transaction tx(faulty);
  { Transaction inner(faulty); }  // rolled back
  try {
    tx.commit();
    FAIL() << "the outer transaction committed";
  } catch (const Error& e) {
    EXPECT_EQ(e.message(),
              "a step inside this transaction was rolled back and the database has no savepoints "
              "to undo it alone, so nothing was committed");
  }
  EXPECT_EQ(sqls(conn), (std::vector<std::string>{"BEGIN", "ROLLBACK"}));
}

TEST(Executor, AFaultCutsTheConnectionsTransactionAtTheNthStatement) {
  RecordingExecutor conn;
  FaultyExecutor faulty(conn, 2);
  try {
    Transaction tx(faulty);
    faulty.execute({"INSERT 1", {}, "one"});
    faulty.execute({"INSERT 2", {}, "two"});
    FAIL() << "no fault";
  } catch (const Error& e) {
    EXPECT_EQ(e.message(), "injected fault at statement 2 (two)");
  }
  EXPECT_TRUE(faulty.failed());
  EXPECT_EQ(conn.transaction_depth(), 0);
  // the rollback after the cut fails too, as on a lost connection: nothing reaches the server
  EXPECT_EQ(sqls(conn), (std::vector<std::string>{"BEGIN", "INSERT 1"}));
}

TEST(Executor, APlanningExecutorsTransactionsAreItsOwn) {
  RecordingExecutor conn;
  PlanningExecutor dry(&conn);
  dry.set_savepoints(false);
  {
    Transaction tx(dry);
    EXPECT_EQ(dry.transaction_depth(), 1);
    EXPECT_EQ(conn.transaction_depth(), 0);
    dry.execute({"INSERT 1", {}, "one"});
    tx.commit();
  }
  EXPECT_TRUE(conn.savepoints());
  EXPECT_TRUE(conn.statements().empty());
  ASSERT_EQ(dry.recorded().size(), 3u);
  EXPECT_EQ(dry.recorded()[1].sql, "INSERT 1");
}

TEST(Executor, AWriteOutsideATransactionGetsOneWhenTheConnectionHasAGuard) {
  RecordingExecutor conn;
  FaultyExecutor faulty(conn, 0);
  execute_write(faulty, {"INSERT 1", {}, "one"});
  StatementGuard guard;
  conn.push_transaction_guard(&guard);
  execute_write(faulty, {"INSERT 2", {}, "two"});
  conn.pop_transaction_guard();
  EXPECT_EQ(sqls(conn), (std::vector<std::string>{"INSERT 1", "BEGIN", "LOCK TABLE meta.run_lock",
                                                  "INSERT 2", "RENEW", "COMMIT"}));
}

}  // namespace
}  // namespace starling
