// Surrogate keys on Redshift (issue 24): a plain BIGINT NOT NULL column, since an IDENTITY neither
// checks the explicit keys starling writes nor moves past them, and Redshift enforces no primary
// key. So every build of a dimension tests that its surrogate keys are unique. In the test mode the
// model tables have PostgreSQL's DDL; the test drops its primary key to be where Redshift is.
#include <gtest/gtest.h>

#include "support/fixtures.hpp"
#include "support/helpers.hpp"
#include "support/version_proxy.hpp"

namespace starling::testing {
namespace {

TEST(RedshiftKeys, ADuplicatedSurrogateKeyFailsTheDimensionsBuildAndNamesIt) {
  FreshDatabase db;
  TempDir dir;
  auto [host, port] = dsn_host_port(db.dsn());
  VersionProxy proxy(host, port, "8.0.2");
  std::string config = config_for(proxy.dsn_through(db.dsn()), app_source({"users"}));
  config.replace(config.find("dialect: postgres"), 17, "dialect: redshift");
  write_text(dir / "config.yaml", config);
  std::string tables = users_orders_tables();
  tables.erase(tables.find("CREATE ROLE READER;"));  // no dashboards here
  write_text(dir / "migrations/0001_app.sql", tables);
  write_text(dir / "models/dim_users.yaml", users_dim());
  auto cmd = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"--project", dir.path()});
    return run_starling(args, {{"STARLING_REDSHIFT_ON_POSTGRES", "1"}});
  };
  auto migrated = cmd({"migrate"});
  ASSERT_EQ(migrated.exit_code, 0) << migrated.err;
  db.exec("INSERT INTO app.users VALUES (1, 'ada', 'gold'), (2, 'bob', 'silver')");
  auto first = cmd({"run"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(db.scalar("SELECT string_agg(user_id || ':' || user_sk, ',' ORDER BY user_id) FROM "
                      "warehouse.dim_users WHERE user_sk > 0"),
            "1:1,2:2");
  // someone adds a member by hand, with a key already given; Redshift takes it
  db.exec(
      "ALTER TABLE warehouse.dim_users DROP CONSTRAINT dim_users_pkey;"
      "INSERT INTO warehouse.dim_users (user_sk, user_id, name, tier, is_inferred) VALUES (2, "
      "9, 'eve', 'gold', false);"
      "INSERT INTO app.users VALUES (3, 'cy', 'gold')");
  auto second = cmd({"run"});
  EXPECT_EQ(second.exit_code, 1) << second.err;
  EXPECT_NE(second.err.find("dim_users: test unique user_sk failed: 1 row (user_sk='2', rows='2')"),
            std::string::npos)
      << second.err;
  // the failed build wrote nothing: the new member is not there
  EXPECT_EQ(db.scalar("SELECT count(*) FROM warehouse.dim_users WHERE user_id = 3"), "0");
}

}  // namespace
}  // namespace starling::testing
