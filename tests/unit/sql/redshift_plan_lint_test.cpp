// The checker over what `starling plan --target redshift --offline --sql` shows for the Airbeds
// demo: every statement a first run, a verify, a rebuild and a freshness check would execute on an
// empty Redshift target, meta schema and ledger included, as the dialect's statement adapter sends
// it. (There is no `load` command yet.) The demo's own migration files are the user's SQL (they
// create the stand-in source tables on PostgreSQL) and are not starling's to render.
#include <gtest/gtest.h>

#include "db/executor.hpp"
#include "freshness/freshness.hpp"
#include "run/runner.hpp"
#include "sql/redshift/lint.hpp"
#include "support/project.hpp"

namespace starling::testing {
namespace {

std::chrono::system_clock::time_point fixed_now() {
  return std::chrono::system_clock::from_time_t(1772323200);  // 2026-03-01 00:00:00 UTC
}

// Every write is inside a transaction, and every transaction begins with the run lock's LOCK.
void expect_locked_transactions(const std::vector<Statement>& r) {
  bool open = false;
  size_t begins = 0;
  for (size_t i = 0; i < r.size(); ++i) {
    if (r[i].sql == "BEGIN") {
      ++begins;
      open = true;
      ASSERT_LT(i + 1, r.size());
      EXPECT_EQ(r[i + 1].sql, "LOCK \"starling\".run_lock") << "transaction at statement " << i;
    } else if (r[i].sql == "COMMIT" || r[i].sql == "ROLLBACK") {
      open = false;
    } else if (r[i].sql.rfind("SELECT", 0) != 0) {  // reads need no lock
      EXPECT_TRUE(open) << "outside a transaction: " << r[i].label;
    }
    EXPECT_EQ(r[i].sql.find("SAVEPOINT"), std::string::npos) << r[i].label;
  }
  EXPECT_GT(begins, 10u);
}

// Checks `statements` as `d` sends them; returns how many were checked. Failures name the
// statement.
size_t lint_all(const std::vector<Statement>& statements, const Dialect& d) {
  auto adapt = d.statement_adapter();
  size_t n = 0;
  for (Statement s : statements) {
    if (s.label == "migration") continue;
    if (adapt) adapt(s);
    ++n;
    for (const auto& f : redshift_lint(s.sql))
      ADD_FAILURE() << describe(f) << " in \"" << s.label << "\" at " << f.offset << ":\n" << s.sql;
  }
  return n;
}

struct OfflinePlan {
  LoadedProject lp{STARLING_SOURCE_DIR, "redshift", "postgresql://nobody@127.0.0.1:1/none"};
  PlanningExecutor dry{nullptr};
  RunOptions options() const {
    RunOptions o;
    o.models = lp.graph.order;
    o.dry_run = true;
    o.now = fixed_now();
    return o;
  }
  OfflinePlan() { dry.set_savepoints(lp.dialect->savepoints()); }
};

TEST(RedshiftPlanLint, AFirstRunOfTheDemoHasNothingRedshiftRefuses) {
  OfflinePlan p;
  ASSERT_EQ(p.lp.dialect->name(), DialectName::redshift);
  p.lp.runner(p.dry).run(p.options());
  size_t n = lint_all(p.dry.recorded(), *p.lp.dialect);
  EXPECT_GT(n, 500u);
  expect_locked_transactions(p.dry.recorded());
}

TEST(RedshiftPlanLint, VerifyAndRebuildOfTheDemoHaveNothingRedshiftRefuses) {
  OfflinePlan p;
  p.lp.runner(p.dry).verify(p.options());
  RunOptions o = p.options();
  o.models = {"dim_users", "fct_bookings"};
  p.lp.runner(p.dry).rebuild(o);
  EXPECT_GT(lint_all(p.dry.recorded(), *p.lp.dialect), 500u);
  expect_locked_transactions(p.dry.recorded());
}

TEST(RedshiftPlanLint, AFreshnessCheckOfTheDemoHasNothingRedshiftRefuses) {
  OfflinePlan p;
  const MetaSql& sql = p.lp.dialect->meta_sql();
  auto targets = freshness_targets(p.lp.project.config);
  ASSERT_FALSE(targets.empty());
  FreshnessReport r = measure_freshness(p.dry, sql, targets);
  record_freshness(p.dry, sql, "starling", r, 1, std::chrono::hours(24 * 90));
  EXPECT_GT(lint_all(p.dry.recorded(), *p.lp.dialect), targets.size());
}

}  // namespace
}  // namespace starling::testing
