// Serializable-isolation conflicts (SQLSTATE 40001; Redshift's error 1023) make run build the
// model again after a backoff, a bounded number of times, and the ledger says so. The conflict is
// injected by an executor in front of the real PostgreSQL, where the error text is Redshift's.
#include <gtest/gtest.h>

#include "db/executor.hpp"
#include "run/runner.hpp"
#include "support/fixtures.hpp"
#include "support/helpers.hpp"
#include "support/project.hpp"
#include "util/error.hpp"

namespace starling::testing {
namespace {

// Throws Redshift's serializable-isolation error the first `times` times a statement whose label
// starts with `label` is executed.
class ConflictingExecutor : public ExecutorWrapper {
 public:
  ConflictingExecutor(Executor& inner, std::string label, int times)
      : ExecutorWrapper(inner), label_(std::move(label)), times_(times) {}
  ResultSet execute(const Statement& s) override {
    if (s.label.rfind(label_, 0) == 0 && thrown < times_) {
      ++thrown;
      throw Error(ErrorCategory::database,
                  "1023: Serializable isolation violation on table - 100233, transactions "
                  "forming the cycle are: 1234, 1235 (pid:5678)")
          .with_sqlstate("XX000");
    }
    return ExecutorWrapper::execute(s);
  }
  int thrown = 0;

 private:
  std::string label_;
  int times_;
};

const std::string k_sources = app_sources();

const std::string k_migration = std::string(k_app_tables) + k_app_rows;

const std::string k_dim = k_customers_dim;

const std::string k_orders = k_customer_orders_fact;

class ConflictRetry : public ::testing::Test {
 protected:
  void SetUp() override {
    write_text(dir / "config.yaml", config_for(db.dsn(), k_sources));
    write_text(dir / "migrations/0001_app.sql", k_migration);
    write_text(dir / "models/dim_customers.yaml", k_dim);
    write_text(dir / "models/fct_orders.yaml", k_orders);
    auto m = run_starling({"--project", dir.path(), "migrate"});
    ASSERT_EQ(m.exit_code, 0) << m.err;
  }
  RunResult run_with_conflicts(const std::string& label, int times) {
    LoadedProject lp(dir.path(), "test", db.dsn());
    auto real = connect_postgres(db.dsn(), "test", std::nullopt);
    ConflictingExecutor e(*real, label, times);
    RunOptions o;
    o.models = lp.graph.order;
    o.conflict_backoff = std::chrono::milliseconds(5);
    RunResult r = lp.runner(e).run(o);
    thrown = e.thrown;
    return r;
  }
  FreshDatabase db;
  TempDir dir;
  int thrown = 0;
};

TEST_F(ConflictRetry, AConflictedModelIsBuiltAgainAndTheLedgerSaysSo) {
  RunResult r = run_with_conflicts("upsert fct_orders", 2);
  EXPECT_EQ(thrown, 2);
  EXPECT_EQ(r.failed, 0);
  EXPECT_EQ(db.scalar("SELECT count(*) || '/' || sum(amount) FROM warehouse.fct_orders"),
            "3/21.00");
  EXPECT_EQ(db.scalar("SELECT status || ': ' || message FROM starling.model_runs WHERE model = "
                      "'fct_orders'"),
            "success: built again after 2 serializable isolation conflicts");
  // one ledger row per model and run: the attempts that lost left nothing behind
  EXPECT_EQ(db.scalar("SELECT count(*) FROM starling.model_runs"), "2");
  // the dimension's inferred member (customer 3) exists once
  EXPECT_EQ(db.scalar("SELECT count(*) FROM warehouse.dim_customers WHERE customer_id = 3"), "1");
}

TEST_F(ConflictRetry, RetriesAreBoundedThenTheModelFails) {
  RunResult r = run_with_conflicts("upsert dim_customers", 100);
  EXPECT_EQ(thrown, 4);  // the first attempt and 3 retries
  EXPECT_EQ(r.failed, 1);
  EXPECT_EQ(r.skipped, 1);  // fct_orders reads it
  EXPECT_EQ(db.scalar("SELECT status FROM starling.model_runs WHERE model = 'dim_customers'"),
            "failed");
  EXPECT_NE(db.scalar("SELECT error FROM starling.model_runs WHERE model = 'dim_customers'")
                .find("1023: Serializable isolation violation"),
            std::string::npos);
  EXPECT_EQ(db.scalar("SELECT message FROM starling.model_runs WHERE model = 'dim_customers'"),
            "built again after 3 serializable isolation conflicts");
}

TEST_F(ConflictRetry, OtherErrorsAreNotRetried) {
  Error constraint(ErrorCategory::database, "duplicate key value violates unique constraint");
  EXPECT_FALSE(constraint.with_sqlstate("23505").is_serialization_conflict());
  Error pg(ErrorCategory::database, "could not serialize access due to concurrent update");
  EXPECT_TRUE(pg.with_sqlstate("40001").is_serialization_conflict());
}

}  // namespace
}  // namespace starling::testing
