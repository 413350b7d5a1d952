// The DDL `starling plan` shows is valid PostgreSQL: applied to a fresh database it creates every
// table with its key, unique index and unknown member, and the next plan sees the tables.
#include <gtest/gtest.h>

#include "db/executor.hpp"
#include "loader/loader.hpp"
#include "plan/plan.hpp"
#include "project/check.hpp"
#include "project/graph.hpp"
#include "state/meta.hpp"
#include "support/helpers.hpp"

namespace starling::testing {
namespace {

TEST(PlanDdl, AirbedsDdlAppliesAndPlanSeesTheTables) {
  FreshDatabase db;
  TempDir dir;
  copy_tree(STARLING_SOURCE_DIR "/models", dir / "models");
  copy_tree(STARLING_SOURCE_DIR "/migrations", dir / "migrations");
  std::string cfg = read_text(STARLING_SOURCE_DIR "/config.yaml");
  write_text(dir / "config.yaml", cfg);
  std::map<std::string, std::string> env = {{"STARLING_DSN", db.dsn()}};

  Diagnostics d;
  LoadOptions o;
  o.env = [&](const std::string& n) -> std::optional<std::string> {
    if (n == "STARLING_DSN") return db.dsn();
    return std::nullopt;
  };
  Project p = load_project(dir.path(), d, o);
  check_project(p, d);
  ASSERT_TRUE(d.empty()) << d.items()[0].str();
  auto dialect = make_dialect(DialectName::postgres);
  Lineage l = lineage_of(p);
  auto order = build_order(p, l, d);
  Plan plan = make_plan(p, p.config.targets[0], order, TargetState{}, *dialect);

  auto e = connect_postgres(db.dsn(), "test", std::nullopt);
  {
    Transaction tx(*e);
    for (const auto& s : plan.setup) e->execute(s);
    for (const auto& step : plan.steps)
      for (const auto& s : step.statements) e->execute(s);
    tx.commit();
  }
  EXPECT_EQ(db.scalar("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                      "'warehouse'"),
            std::to_string(p.models.size()));
  // unknown members, with the configured and default attribute values
  EXPECT_EQ(db.scalar("SELECT user_sk || ',' || coalesce(user_id::text, 'null') || ',' || country "
                      "|| ',' || plan || ',' || is_inferred FROM warehouse.dim_users"),
            "-1,null,Unknown,Unknown,false");
  EXPECT_EQ(db.scalar("SELECT count(*) FROM warehouse.dim_date WHERE date_key = -1"), "1");
  // the surrogate key is an identity: the next member gets a generated key
  db.exec("INSERT INTO warehouse.dim_users (user_id, country) VALUES (7, 'FR')");
  EXPECT_EQ(db.scalar("SELECT user_sk > 0 FROM warehouse.dim_users WHERE user_id = 7"), "t");
  // the natural key and the grain are unique
  auto dup = run_starling({"--project", dir.path(), "validate"}, env);
  EXPECT_EQ(dup.exit_code, 0) << dup.err;
  EXPECT_THROW(db.exec("INSERT INTO warehouse.dim_users (user_id) VALUES (7)"), Error);
  db.exec(
      "INSERT INTO warehouse.fct_user_daily_activity (user_sk, date_key, activity_date) "
      "VALUES (1, 20250101, '2025-01-01')");
  EXPECT_THROW(db.exec("INSERT INTO warehouse.fct_user_daily_activity (user_sk, date_key, "
                       "activity_date) VALUES (1, 20250101, '2025-01-01')"),
               Error);
  // references are never NULL; measures take their defaults
  EXPECT_THROW(db.exec("INSERT INTO warehouse.fct_user_daily_activity (date_key, activity_date) "
                       "VALUES (20250102, '2025-01-02')"),
               Error);
  EXPECT_EQ(db.scalar("SELECT logins + searches FROM warehouse.fct_user_daily_activity"), "0");

  // the plan now sees every table; the meta schema is current
  auto r = run_starling({"--project", dir.path(), "plan"}, env);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("meta schema: current (version 4)"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("create table"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("dim_users                 dimension       table exists"), std::string::npos)
      << r.out;
}

TEST(PlanDdl, PlanOnAnEmptyDatabaseListsEverything) {
  FreshDatabase db;
  std::map<std::string, std::string> env = {{"STARLING_DSN", db.dsn()}};
  auto r = run_starling({"--project", STARLING_SOURCE_DIR, "plan"}, env);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto offline = run_starling({"--project", STARLING_SOURCE_DIR, "plan", "--offline"}, env);
  ASSERT_EQ(offline.exit_code, 0) << offline.err;
  // the same plan, but for the offline marker
  std::string online_body = r.out.substr(r.out.find('\n'));
  std::string offline_body = offline.out.substr(offline.out.find('\n'));
  EXPECT_EQ(online_body, offline_body);
  EXPECT_NE(r.out.find("migrations: 4 to apply: migrations/0001_app_tables.sql, "
                       "migrations/0002_raw_tracks.sql, migrations/0003_bookings_by_guest.sql, "
                       "migrations/0004_tracks_soft_deletes.sql"),
            std::string::npos)
      << r.out;
}

TEST(MetaSchema, NewerMetaSchemaIsRefused) {
  FreshDatabase db;
  TempDir dir;
  write_text(dir / "config.yaml", config_for(db.dsn()));
  ASSERT_EQ(run_starling({"--project", dir.path(), "migrate"}).exit_code, 0);
  db.exec("INSERT INTO starling.meta_version (version) VALUES (99)");
  auto r = run_starling({"--project", dir.path(), "migrate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("meta schema 'starling' is at version 99, newer than this starling"),
            std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace starling::testing
