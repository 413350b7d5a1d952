// Migrations cut off at every statement (the fault-injecting executor): each attempt leaves the
// database either before or after each file, never in between, and the next attempt converges.
#include <gtest/gtest.h>

#include "db/executor.hpp"
#include "loader/loader.hpp"
#include "project/check.hpp"
#include "state/meta.hpp"
#include "state/migrations.hpp"
#include "support/helpers.hpp"
#include "util/error.hpp"

namespace starling::testing {
namespace {

TEST(InterruptedMigrate, EveryCutConverges) {
  TempDir dir;
  write_text(dir / "config.yaml", config_for("postgresql://unused"));
  write_text(dir / "migrations/0001_a.sql",
             "CREATE SCHEMA app; CREATE TABLE app.a (x int); INSERT INTO app.a VALUES (1);");
  write_text(dir / "migrations/0002_b.sql",
             "CREATE TABLE app.b (x int); INSERT INTO app.b VALUES (2);");
  write_text(dir / "migrations/R__v.sql", "CREATE OR REPLACE VIEW app.v AS SELECT x FROM app.a;");
  Diagnostics d;
  Project p = load_project(dir.path(), d);
  check_project(p, d);
  ASSERT_TRUE(d.empty()) << d.items()[0].str();
  auto dialect = make_dialect(DialectName::postgres);

  int cuts = 0;
  for (long long fail_at = 1;; ++fail_at) {
    FreshDatabase db;
    bool finished = false;
    {
      auto real = connect_postgres(db.dsn(), "test", std::nullopt);
      FaultyExecutor e(*real, fail_at);
      try {
        ensure_meta_schema(e, *dialect, "starling");
        apply_migrations(e, *dialect, p, "starling", MigrationSet::both, std::nullopt);
        finished = true;
      } catch (const Error& err) {
        ASSERT_EQ(err.category(), ErrorCategory::unreachable) << err.describe();
        ++cuts;
      }
    }
    // whatever was recorded is there whole, and nothing unrecorded is there
    std::string applied;
    if (db.scalar("SELECT to_regclass('starling.schema_migrations') IS NOT NULL") == "t")
      applied = db.scalar(
          "SELECT coalesce(string_agg(version::text, ',' ORDER BY version), '') FROM "
          "starling.schema_migrations");
    EXPECT_EQ(db.scalar("SELECT to_regclass('app.a') IS NOT NULL"), applied.empty() ? "f" : "t")
        << "cut at " << fail_at;
    EXPECT_EQ(db.scalar("SELECT to_regclass('app.b') IS NOT NULL"), applied == "1,2" ? "t" : "f")
        << "cut at " << fail_at;
    // a second, uninterrupted attempt converges
    auto real = connect_postgres(db.dsn(), "test", std::nullopt);
    ensure_meta_schema(*real, *dialect, "starling");
    apply_migrations(*real, *dialect, p, "starling", MigrationSet::both, std::nullopt);
    EXPECT_EQ(db.scalar("SELECT (SELECT sum(x) FROM app.a) + (SELECT sum(x) FROM app.b) + (SELECT "
                        "count(*) FROM app.v)"),
              "4")
        << "cut at " << fail_at;
    EXPECT_EQ(db.scalar("SELECT count(*) FROM starling.schema_migrations"), "2");
    if (finished) break;
  }
  EXPECT_GE(cuts, 10);  // every statement of the meta schema and the migrations was a cut point
}

}  // namespace
}  // namespace starling::testing
