// `starling migrate` against the real PostgreSQL: applied once, refused when changed or gone,
// rolled back when failing, repeatable files re-applied when they change.
#include <gtest/gtest.h>

#include "db/executor.hpp"
#include "sql/postgres/postgres_dialect.hpp"
#include "support/helpers.hpp"

namespace starling::testing {
namespace {

class Migrate : public ::testing::Test {
 protected:
  void SetUp() override {
    write_text(dir / "config.yaml", config_for(db.dsn()));
    write_text(dir / "migrations/0001_app.sql",
               "CREATE SCHEMA app;\nCREATE TABLE app.users (id bigint PRIMARY KEY, name text);\n");
    write_text(dir / "migrations/0002_seed.sql", "INSERT INTO app.users VALUES (1, 'ada');\n");
  }
  CommandResult migrate(std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"--project", dir.path(), "migrate"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_starling(args);
  }
  FreshDatabase db;
  TempDir dir;
};

TEST_F(Migrate, AppliesInOrderOnceThenNothing) {
  auto r = migrate();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(
      r.err,
      "applied migrations/0001_app.sql\napplied migrations/0002_seed.sql\nmigrate: 2 applied\n");
  EXPECT_EQ(db.scalar("SELECT count(*) FROM app.users"), "1");
  EXPECT_EQ(db.scalar("SELECT string_agg(version || ':' || name, ',' ORDER BY version) FROM "
                      "starling.schema_migrations"),
            "1:app,2:seed");
  auto again = migrate();
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(again.err, "migrate: 0 applied\n");
  EXPECT_EQ(db.scalar("SELECT count(*) FROM app.users"), "1");
  EXPECT_EQ(db.scalar("SELECT count(*) || ' ' || string_agg(status, ',') FROM starling.runs"),
            "2 success,success");
  EXPECT_EQ(db.scalar("SELECT max(version) FROM starling.meta_version"), "4");
}

TEST_F(Migrate, EditedMigrationIsRefused) {
  ASSERT_EQ(migrate().exit_code, 0);
  write_text(dir / "migrations/0002_seed.sql", "INSERT INTO app.users VALUES (2, 'bob');\n");
  write_text(dir / "migrations/0003_more.sql", "INSERT INTO app.users VALUES (3, 'cy');\n");
  auto r = migrate();
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("error: migrations/0002_seed.sql: migration migrations/0002_seed.sql "
                       "changed after it was applied on "),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("(restore the applied text and put the change in a new migration)"),
            std::string::npos)
      << r.err;
  // nothing else ran
  EXPECT_EQ(db.scalar("SELECT count(*) FROM app.users"), "1");
  EXPECT_EQ(db.scalar("SELECT status FROM starling.runs ORDER BY run_id DESC LIMIT 1"), "failed");
}

TEST_F(Migrate, RemovedMigrationIsRefused) {
  ASSERT_EQ(migrate().exit_code, 0);
  std::remove((dir / "migrations/0002_seed.sql").c_str());
  auto r = migrate();
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("migration migrations/0002_seed.sql was applied on "), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("but is no longer in migrations/"), std::string::npos) << r.err;
}

TEST_F(Migrate, OlderNewMigrationIsRefused) {
  std::remove((dir / "migrations/0001_app.sql").c_str());
  write_text(dir / "migrations/0002_seed.sql", "CREATE TABLE t2 (x int);\n");
  ASSERT_EQ(migrate().exit_code, 0);
  write_text(dir / "migrations/0001_early.sql", "CREATE TABLE t1 (x int);\n");
  auto r = migrate();
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("migration migrations/0001_early.sql is older than version 2, which is "
                       "already applied (renumber it above 2 so it runs after it)"),
            std::string::npos)
      << r.err;
}

TEST_F(Migrate, FailingMigrationLeavesNothingHalfApplied) {
  write_text(dir / "migrations/0003_broken.sql",
             "CREATE TABLE app.orders (id bigint);\nINSERT INTO app.nope VALUES (1);\n");
  auto r = migrate();
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("error: migrations/0003_broken.sql: migration failed: relation "
                       "\"app.nope\" does not exist [SQLSTATE 42P01] (fix the file; nothing of it "
                       "was applied)"),
            std::string::npos)
      << r.err;
  // the two before it stay applied; nothing of the third
  EXPECT_EQ(db.scalar("SELECT count(*) FROM starling.schema_migrations"), "2");
  EXPECT_EQ(db.scalar("SELECT to_regclass('app.orders') IS NULL"), "t");
  write_text(dir / "migrations/0003_broken.sql", "CREATE TABLE app.orders (id bigint);\n");
  auto fixed = migrate();
  EXPECT_EQ(fixed.exit_code, 0) << fixed.err;
  EXPECT_EQ(db.scalar("SELECT to_regclass('app.orders') IS NOT NULL"), "t");
}

TEST_F(Migrate, RepeatableReappliedWhenChanged) {
  write_text(dir / "migrations/R__views.sql",
             "CREATE OR REPLACE VIEW app.v_users AS SELECT id FROM app.users;\n");
  auto r = migrate();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("1 repeatable pending"), std::string::npos) << r.err;
  EXPECT_EQ(db.scalar("SELECT to_regclass('app.v_users') IS NULL"), "t");
  r = migrate({"--repeatable"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(db.scalar("SELECT count(*) FROM app.v_users"), "1");
  r = migrate({"--repeatable"});
  EXPECT_EQ(r.err, "migrate: 0 applied, 0 repeatable applied\n");
  write_text(dir / "migrations/R__views.sql",
             "CREATE OR REPLACE VIEW app.v_users AS SELECT id, name FROM app.users;\n");
  r = migrate({"--repeatable"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "applied migrations/R__views.sql\nmigrate: 0 applied, 1 repeatable applied\n");
  EXPECT_EQ(db.scalar("SELECT name FROM app.v_users"), "ada");
  EXPECT_EQ(db.scalar("SELECT count(*) FROM starling.repeatable_migrations"), "1");
}

TEST_F(Migrate, UnreachableDatabaseExits4WithMaskedDsn) {
  write_text(dir / "config.yaml",
             config_for("postgresql://bob:hunter2@127.0.0.1:1/nowhere?connect_timeout=2"));
  auto r = migrate();
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_EQ(r.err.find("hunter2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("error: cannot connect to target 'test' "
                       "(postgresql://bob:***@127.0.0.1:1/nowhere?connect_timeout=2): "),
            std::string::npos)
      << r.err;
  // one line, no library internals
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
}

TEST_F(Migrate, SecondCommandExits3WhileTheLockIsHeld) {
  // another session holds the run lock, as a concurrent run would
  auto holder = connect_postgres(db.dsn(), "holder", std::nullopt);
  holder->execute(
      {"SELECT pg_advisory_lock($1::bigint)", {std::to_string(run_lock_key("starling"))}, "lock"});
  const std::string pid =
      holder->execute({"SELECT pg_backend_pid()", {}, "pid"}).scalar().value_or("");
  auto r = migrate();
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.err,
            "error: another starling command holds the run lock of meta schema 'starling' "
            "(server process " +
                pid + " 'starling', idle) (wait for it to finish, or pass --wait)\n");
  EXPECT_EQ(db.scalar("SELECT to_regclass('app.users') IS NULL"), "t");
  holder.reset();  // the session ends, the lock with it
  EXPECT_EQ(migrate().exit_code, 0);
}

}  // namespace
}  // namespace starling::testing
