// A connection's transactions (depth, savepoints, the prelude) are one state that every decorating
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

TEST(Executor, APreludePushedOnADecoratorRunsAfterEveryBeginOfTheConnection) {
  RecordingExecutor conn;
  AdaptingExecutor adapted(conn, [](Statement& s) { s.sql += " /* adapted */"; });
  adapted.push_prelude({"LOCK TABLE meta.run_lock", {}, "lock"});
  EXPECT_EQ(conn.transaction_prelude().size(), 1u);
  {
    Transaction tx(conn);
    tx.commit();
  }
  {
    FaultyExecutor faulty(adapted, 0);
    Transaction tx(faulty);  // through the adapter: the prelude is adapted too
  }
  adapted.pop_prelude();
  EXPECT_TRUE(conn.transaction_prelude().empty());
  EXPECT_EQ(sqls(conn),
            (std::vector<std::string>{"BEGIN", "LOCK TABLE meta.run_lock", "COMMIT", "BEGIN",
                                      "LOCK TABLE meta.run_lock /* adapted */", "ROLLBACK"}));
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

TEST(Executor, AWriteOutsideATransactionGetsOneWhenTheConnectionHasAPrelude) {
  RecordingExecutor conn;
  FaultyExecutor faulty(conn, 0);
  execute_write(faulty, {"INSERT 1", {}, "one"});
  conn.push_prelude({"LOCK", {}, "lock"});
  execute_write(faulty, {"INSERT 2", {}, "two"});
  EXPECT_EQ(sqls(conn),
            (std::vector<std::string>{"INSERT 1", "BEGIN", "LOCK", "INSERT 2", "COMMIT"}));
}

}  // namespace
}  // namespace starling
