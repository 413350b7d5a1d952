// The run lock on Redshift: a lease that reads no other session (issue 24, item 3). The starling
// binary on a `dialect: redshift` target in the dialect's PostgreSQL test mode, through the proxy
// that reports version 8.0.2, with `run_lock_lease: 4s`: two database users, a holder that dies
// (on this machine and on another), a lease lost to another run, a run longer than its lease, and
// a lock table of the shape before the lease. PostgreSQL has no stv_sessions, as Redshift
// Serverless has none: nothing here may need it.
#include <gtest/gtest.h>

#include <chrono>
#include <regex>
#include <thread>

#include "background.hpp"
#include "db/connect.hpp"
#include "sql/redshift/redshift_dialect.hpp"
#include "state/meta.hpp"
#include "support/fixtures.hpp"
#include "support/helpers.hpp"
#include "support/version_proxy.hpp"
#include "util/error.hpp"

namespace starling::testing {
namespace {

const std::string k_sources = app_sources("      pause: {}\n");

// GETDATE() is whole seconds (r_GETDATE): a lease runs for 3 to 4 s of the test's clock
const std::chrono::seconds k_lease{4};

class RedshiftLease : public ::testing::Test {
 protected:
  void SetUp() override {
    other_user = db.name() + "_b";  // roles belong to the whole cluster
    auto [host, port] = dsn_host_port(db.dsn());
    proxy = std::make_unique<VersionProxy>(host, port, "8.0.2");
    write_project(dir, proxy->dsn_through(db.dsn()));
    auto r = cmd(dir, {"run"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  void TearDown() override {
    if (db.scalar("SELECT count(*) FROM pg_roles WHERE rolname = '" + other_user + "'") == "1")
      db.exec("DROP OWNED BY " + other_user + "; DROP ROLE " + other_user);
  }
  void write_project(const TempDir& d, const std::string& dsn) {
    std::string config = config_for(dsn, k_sources);
    config.replace(
        config.find("dialect: postgres"), 17,
        "dialect: redshift\n    run_lock_lease: " + std::to_string(k_lease.count()) + "s");
    write_text(d / "config.yaml", config);
    write_text(d / "migrations/0001_app.sql", k_pause_migration);
    write_text(d / "models/dim_customers.yaml", k_pausing_customers_dim);
    write_text(d / "models/fct_orders.yaml", k_customer_orders_fact);
  }
  // A second database user, not a superuser, who may write what starling writes.
  std::string second_user_dsn() {
    db.exec("CREATE ROLE " + other_user + " LOGIN");
    db.exec("GRANT ALL ON DATABASE " + db.name() + " TO " + other_user);
    for (const std::string s : {"app", "warehouse", "starling"})
      db.exec("GRANT ALL ON SCHEMA " + s + " TO " + other_user + "; GRANT ALL ON ALL TABLES IN " +
              "SCHEMA " + s + " TO " + other_user + "; GRANT ALL ON ALL SEQUENCES IN SCHEMA " + s +
              " TO " + other_user);
    std::string dsn = proxy->dsn_through(db.dsn());
    return dsn + (dsn.find('?') == std::string::npos ? "?" : "&") + "user=" + other_user;
  }
  std::vector<std::string> args(const TempDir& d, std::vector<std::string> a) {
    a.insert(a.begin(), {"--project", d.path()});
    return a;
  }
  CommandResult cmd(const TempDir& d, std::vector<std::string> a) {
    return run_starling(args(d, std::move(a)), {{"STARLING_REDSHIFT_ON_POSTGRES", "1"}});
  }
  std::unique_ptr<Executor> connect() {
    return connect_dialect(proxy->dsn_through(db.dsn()), "holder", std::nullopt, dialect, "UTC",
                           nullptr);
  }
  // Waits up to 20 s for a starling's statement sleeping in this test's database; its server pid.
  std::string wait_for_sleeping_starling() {
    auto t0 = std::chrono::steady_clock::now();
    while (ms_since(t0) < 20000) {
      auto pid = db.scalar(
          "SELECT pid FROM pg_stat_activity WHERE state = 'active' AND query LIKE '%pg_sleep%' "
          "AND pid <> pg_backend_pid() AND datname = current_database()");
      if (!pid.empty()) return pid;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return "";
  }
  // Kills `run` (started after app.pause was set to 60 s) with kill -9 while its statement sleeps
  // in a transaction, and ends its session as the cluster would; app.pause is 0 again.
  void kill_while_it_sleeps(BackgroundStarling& run) {
    const std::string session = wait_for_sleeping_starling();
    ASSERT_NE(session, "");
    run.kill9();
    db.exec("SELECT pg_terminate_backend(" + session + ")");
    db.exec("UPDATE app.pause SET seconds = 0");
  }
  // Seconds until the lease in the lock table expires.
  double seconds_to_expiry() {
    return std::stod(db.scalar(
        "SELECT coalesce(extract(epoch FROM max(expires_at) - clock_timestamp()), 0) FROM "
        "starling.run_lock"));
  }
  FreshDatabase db;
  TempDir dir;
  std::unique_ptr<VersionProxy> proxy;
  RedshiftDialect dialect{true};
  std::string other_user;
};

const std::string k_held = "another starling command holds the run lock of meta schema 'starling'";

TEST_F(RedshiftLease, AServerlessLikeTargetTakesAndGivesBackALeaseOfAToken) {
  // as on Redshift Serverless, there is no stv_sessions to read
  EXPECT_EQ(db.scalar("SELECT to_regclass('stv_sessions') IS NULL"), "t");
  EXPECT_EQ(db.scalar("SELECT count(*) FROM starling.run_lock"), "0");  // given back
  auto holder = connect();
  {
    RunLock lock(*holder, dialect, "starling", k_lease);
    EXPECT_EQ(db.scalar("SELECT count(*) FROM starling.run_lock WHERE token ~ '^[0-9a-f]{32}$' "
                        "AND holder = 'starling " +
                        std::to_string(getpid()) + "@" + host_name_for_test() +
                        "' AND expires_at = taken_at + interval '4 seconds'"),
              "1");
    // a second holder in this process, another connection, is refused
    auto other = connect();
    EXPECT_THROW(RunLock(*other, dialect, "starling", k_lease), Error);
  }
  EXPECT_EQ(db.scalar("SELECT count(*) FROM starling.run_lock"), "0");
  EXPECT_EQ(cmd(dir, {"run"}).exit_code, 0);
}

// Regression: a regular user sees only their own sessions in stv_sessions, so a lease held by
// another database user looked dead and was taken.
TEST_F(RedshiftLease, ALeaseHeldByAnotherDatabaseUserIsWaitedFor) {
  TempDir dir_b;
  write_project(dir_b, second_user_dsn());
  db.exec("INSERT INTO app.customers (id, name) VALUES (3, 'cy')");
  auto holder = connect();  // the cluster's superuser, between two transactions
  auto lock = std::make_unique<RunLock>(*holder, dialect, "starling", k_lease);
  auto refused = cmd(dir_b, {"run"});
  EXPECT_EQ(refused.exit_code, 3) << refused.err;
  EXPECT_NE(refused.err.find(k_held + " (starling " + std::to_string(getpid()) + "@" +
                             host_name_for_test() + ", its lease until "),
            std::string::npos)
      << refused.err;
  // --wait: until the holder gives it back, 1.5 s later
  std::thread give_back([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    lock.reset();
  });
  auto t0 = std::chrono::steady_clock::now();
  auto waited = cmd(dir_b, {"run", "--wait"});
  const long long ms = ms_since(t0);
  give_back.join();
  EXPECT_EQ(waited.exit_code, 0) << waited.err;
  EXPECT_GE(ms, 1500);
  EXPECT_EQ(db.scalar("SELECT count(*) FROM warehouse.dim_customers WHERE name = 'cy'"), "1");
  EXPECT_EQ(db.scalar("SELECT string_agg(status, ',' ORDER BY run_id) FROM starling.runs"),
            "success,success");
}

// A run killed on another machine: only the lease's expiry gives it up.
TEST_F(RedshiftLease, AHolderThatDiedElsewhereIsTakenOverOnlyOnceItsLeaseExpires) {
  db.exec("UPDATE app.pause SET seconds = 60");
  BackgroundStarling killed(args(dir, {"run"}));
  ASSERT_NO_FATAL_FAILURE(kill_while_it_sleeps(killed));
  db.exec("UPDATE starling.run_lock SET process = 'another machine'");  // where it ran
  const double left = seconds_to_expiry();
  ASSERT_GT(left, 2.0);
  auto early = cmd(dir, {"run"});
  EXPECT_EQ(early.exit_code, 3) << early.err;
  EXPECT_NE(early.err.find(k_held + " (starling " + std::to_string(killed.pid()) + "@"),
            std::string::npos)
      << early.err;
  std::this_thread::sleep_for(std::chrono::milliseconds(
      static_cast<long long>(std::max(0.0, seconds_to_expiry()) * 1000) + 300));
  auto after = cmd(dir, {"run"});
  EXPECT_EQ(after.exit_code, 0) << after.err;
  std::cout << "the lease had " << left << " s left; refused before, taken after it\n";
}

// A run killed on this machine: its process is known to be gone, so the next run takes over at
// once, though its pid may have been reused (the pid and the process's start time are compared).
TEST_F(RedshiftLease, AHolderKilledOnThisMachineIsTakenOverAtOnce) {
  db.exec("UPDATE app.pause SET seconds = 60");
  BackgroundStarling killed(args(dir, {"run"}));
  ASSERT_NO_FATAL_FAILURE(kill_while_it_sleeps(killed));
  ASSERT_GT(seconds_to_expiry(), 2.0);
  auto t0 = std::chrono::steady_clock::now();
  auto r = cmd(dir, {"run"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_LT(ms_since(t0), 2500);
  EXPECT_NE(r.err.find("the run lock was held by starling " + std::to_string(killed.pid()) + "@" +
                       host_name_for_test() + ", its lease until "),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(", whose process is gone: taken over"), std::string::npos) << r.err;
}

TEST_F(RedshiftLease, ALeaseTakenByAnotherStopsItsHolderBeforeItWrites) {
  auto holder = connect();
  RunLock lock(*holder, dialect, "starling", k_lease);
  // its lease expired and another run took it
  db.exec(
      "UPDATE starling.run_lock SET token = 'another', holder = 'starling 7@elsewhere', "
      "expires_at = '2030-01-01 00:00:00+00'");
  try {
    Transaction tx(*holder);
    holder->execute({"INSERT INTO app.customers (id, name) VALUES (99, 'x')", {}, "write"});
    tx.commit();
    FAIL() << "the lost lease was not noticed";
  } catch (const Error& err) {
    EXPECT_EQ(err.category(), ErrorCategory::locked);
    EXPECT_EQ(err.message(),
              "the run lock of meta schema 'starling' was lost: its lease expired (4s without a "
              "transaction) and another starling command took it (starling 7@elsewhere, its "
              "lease until 2030-01-01 00:00:00+00); this command stopped before writing more");
  }
  EXPECT_EQ(db.scalar("SELECT count(*) FROM app.customers WHERE id = 99"), "0");
  EXPECT_EQ(db.scalar("SELECT holder FROM starling.run_lock"), "starling 7@elsewhere");
}

// Regression for the renewal before COMMIT: a transaction longer than the lease (the model sleeps
// 2 x 4 s, the lease is 4 s) kept the LOCK, but its expiry had passed when it committed, and a run
// waiting on the LOCK took the lease: the long run then stopped with its lease lost.
TEST_F(RedshiftLease, ARunLongerThanItsLeaseKeepsIt) {
  db.exec("UPDATE app.pause SET seconds = 4");
  db.exec("INSERT INTO app.customers (id, name) VALUES (3, 'cy')");
  BackgroundStarling longer(args(dir, {"run"}));
  ASSERT_NE(wait_for_sleeping_starling(), "");
  db.exec("UPDATE app.pause SET seconds = 0");
  auto waiting = cmd(dir, {"run"});  // waits on the LOCK until the long transaction commits
  while (!longer.ended()) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_EQ(longer.exit_code(), 0);
  EXPECT_EQ(db.scalar("SELECT count(*) FROM warehouse.dim_customers WHERE name = 'cy'"), "1");
  // the waiting run took the lock when the long one gave it back, not before (or it exits 3, when
  // the long one still has work after its long transaction)
  if (waiting.exit_code == 0)
    EXPECT_EQ(db.scalar("SELECT count(*) FROM starling.runs a JOIN starling.runs b ON b.run_id = "
                        "a.run_id + 1 WHERE a.run_id = 2 AND a.status = 'success' AND b.status = "
                        "'success' AND b.started_at >= a.finished_at"),
              "1");
  else
    EXPECT_EQ(waiting.exit_code, 3) << waiting.err;
}

TEST_F(RedshiftLease, ALockTableOfTheShapeBeforeTheLeaseIsReshapedWhenNobodyHoldsIt) {
  db.exec(
      "DROP TABLE starling.run_lock; CREATE TABLE starling.run_lock (holder INTEGER, taken_at "
      "TIMESTAMPTZ); INSERT INTO starling.run_lock VALUES (12345, now())");
  auto held = cmd(dir, {"run"});
  EXPECT_EQ(held.exit_code, 3) << held.err;
  EXPECT_NE(held.err.find(k_held + ": a starling older than "), std::string::npos) << held.err;
  EXPECT_NE(held.err.find(" (session 12345), which keeps it in the earlier shape of "
                          "starling.run_lock"),
            std::string::npos)
      << held.err;
  EXPECT_NE(held.err.find("if no starling runs on this target (it was killed), clear it: DELETE "
                          "FROM starling.run_lock"),
            std::string::npos)
      << held.err;
  db.exec("DELETE FROM starling.run_lock");
  auto r = cmd(dir, {"run"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(db.scalar("SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM "
                      "information_schema.columns WHERE table_schema = 'starling' AND table_name "
                      "= 'run_lock'"),
            "token,holder,process,taken_at,expires_at");
}

}  // namespace
}  // namespace starling::testing
