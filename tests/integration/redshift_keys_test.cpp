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

// A `dialect: redshift` project of dim_users (`dim`) on app.users, through a stand-in that reports
// 8.0.2, in the test mode.
struct RedshiftUsers {
  explicit RedshiftUsers(const std::string& dim) : proxy_(host_of(db), port_of(db), "8.0.2") {
    std::string config = config_for(proxy_.dsn_through(db.dsn()), app_source({"users"}));
    config.replace(config.find("dialect: postgres"), 17, "dialect: redshift");
    write_text(dir / "config.yaml", config);
    std::string tables = users_orders_tables();
    tables.erase(tables.find("CREATE ROLE READER;"));  // no dashboards here
    write_text(dir / "migrations/0001_app.sql", tables);
    write_text(dir / "models/dim_users.yaml", dim);
  }
  CommandResult cmd(std::vector<std::string> args) {
    args.insert(args.begin(), {"--project", dir.path()});
    return run_starling(args, {{"STARLING_REDSHIFT_ON_POSTGRES", "1"}});
  }
  // the model table as Redshift has it: no identity, no enforced key (the test mode's DDL is
  // PostgreSQL's)
  void as_on_redshift(const std::string& sk) {
    db.exec("ALTER TABLE warehouse.dim_users ALTER COLUMN " + sk +
            " DROP IDENTITY; ALTER TABLE warehouse.dim_users DROP CONSTRAINT dim_users_pkey");
  }
  static std::string host_of(const FreshDatabase& d) { return dsn_host_port(d.dsn()).first; }
  static int port_of(const FreshDatabase& d) { return dsn_host_port(d.dsn()).second; }
  FreshDatabase db;
  TempDir dir;

 private:
  VersionProxy proxy_;
};

TEST(RedshiftKeys, ADuplicatedSurrogateKeyFailsTheDimensionsBuildAndNamesIt) {
  RedshiftUsers p(users_dim());
  auto migrated = p.cmd({"migrate"});
  ASSERT_EQ(migrated.exit_code, 0) << migrated.err;
  p.db.exec("INSERT INTO app.users VALUES (1, 'ada', 'gold'), (2, 'bob', 'silver')");
  auto first = p.cmd({"run"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(p.db.scalar("SELECT string_agg(user_id || ':' || user_sk, ',' ORDER BY user_id) FROM "
                        "warehouse.dim_users WHERE user_sk > 0"),
            "1:1,2:2");
  // someone adds a member by hand, with a key already given; Redshift takes it
  p.as_on_redshift("user_sk");
  p.db.exec(
      "INSERT INTO warehouse.dim_users (user_sk, user_id, name, tier, is_inferred) VALUES (2, "
      "9, 'eve', 'gold', false);"
      "INSERT INTO app.users VALUES (3, 'cy', 'gold')");
  auto second = p.cmd({"run"});
  EXPECT_EQ(second.exit_code, 1) << second.err;
  EXPECT_NE(second.err.find("dim_users: test unique user_sk failed: 1 row (user_sk='2', rows='2')"),
            std::string::npos)
      << second.err;
  // the failed build wrote nothing: the new member is not there
  EXPECT_EQ(p.db.scalar("SELECT count(*) FROM warehouse.dim_users WHERE user_id = 3"), "0");
}

// Found by trying it as a new user: with the default name of the key (no `surrogate_key:`), new
// members were inserted without one, which a plain BIGINT NOT NULL column refuses.
TEST(RedshiftKeys, NewMembersGetKeysWhenTheKeyHasItsDefaultName) {
  std::string dim = users_dim();
  dim.erase(dim.find("surrogate_key: user_sk\n"), std::string("surrogate_key: user_sk\n").size());
  RedshiftUsers p(dim);
  ASSERT_EQ(p.cmd({"migrate"}).exit_code, 0);
  p.db.exec("INSERT INTO app.users VALUES (2, 'bob', 'silver'), (1, 'ada', 'gold')");
  auto first = p.cmd({"run"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  p.as_on_redshift("users_sk");
  p.db.exec("INSERT INTO app.users VALUES (4, 'dee', 'gold'), (3, 'cy', 'gold')");
  auto second = p.cmd({"run"});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  // keys after the largest, in natural-key order
  EXPECT_EQ(p.db.scalar("SELECT string_agg(user_id || ':' || users_sk, ',' ORDER BY user_id) FROM "
                        "warehouse.dim_users WHERE users_sk > 0"),
            "1:1,2:2,3:3,4:4");
}

}  // namespace
}  // namespace starling::testing
