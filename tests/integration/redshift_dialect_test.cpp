// The Redshift dialect end to end, without a cluster (issue "Amazon Redshift"): the starling binary
// on a `dialect: redshift` target whose server reports version 8.0.2 (the test PostgreSQL behind
// a proxy that rewrites the version it announces), in the dialect's PostgreSQL test mode
// (STARLING_REDSHIFT_ON_POSTGRES=1: Redshift's statements except the model tables' DDL). Every
// command that talks to a target runs through libpq; the ledger (the lease that is the run lock:
// redshift_lease_test.cpp), a rebuild's swap by copy with its views and grants, and new surrogate
// keys after it.
#include <gtest/gtest.h>

#include "db/connect.hpp"
#include "sql/redshift/redshift_dialect.hpp"
#include "state/meta.hpp"
#include "support/fixtures.hpp"
#include "support/helpers.hpp"
#include "support/version_proxy.hpp"
#include "util/error.hpp"

namespace starling::testing {
namespace {

const std::string k_sources = app_source({"users", "orders"}, k_freshness_2h_6h);

const std::string k_migration = users_orders_tables("varchar(40)", "varchar(10)");

const std::string k_dim =
    users_dim("varchar(40)", "varchar(10)") + "redshift:\n  diststyle: all\n  sortkey: [user_id]\n";

// the orders fact, distributed by its user
const std::string k_orders =
    std::string(k_user_orders_fact) + "redshift:\n  diststyle: key\n  distkey: user_sk\n";

class RedshiftOnPostgres : public ::testing::Test {
 protected:
  void SetUp() override {
    reader = db.name() + "_reader";  // roles belong to the whole cluster
    auto [host, port] = dsn_host_port(db.dsn());
    proxy = std::make_unique<VersionProxy>(host, port, "8.0.2");
    std::string config = config_for(proxy->dsn_through(db.dsn()), k_sources);
    config.replace(config.find("dialect: postgres"), 17, "dialect: redshift");
    write_text(dir / "config.yaml", config);
    write_text(dir / "migrations/0001_app.sql", with_reader(k_migration));
    write_text(dir / "migrations/R__views.sql", with_reader(k_user_orders_views));
    write_text(dir / "models/dim_users.yaml", k_dim);
    write_text(dir / "models/fct_orders.yaml", k_orders);
    ASSERT_EQ(cmd({"migrate"}).exit_code, 0);
    db.exec(
        "INSERT INTO app.users VALUES (1, 'ada', 'gold'), (2, 'bob', 'silver'), (3, 'cy', 'gold');"
        "INSERT INTO app.orders VALUES (10, 1, 5.00), (11, 2, 7.50), (12, 1, 1.25), (13, 4, "
        "2.00);");
  }
  void TearDown() override {
    db.exec("DROP OWNED BY " + reader + "; DROP ROLE IF EXISTS " + reader);
  }
  std::string with_reader(std::string text) {
    for (auto at = text.find("READER"); at != std::string::npos; at = text.find("READER"))
      text.replace(at, 6, reader);
    return text;
  }
  CommandResult cmd(std::vector<std::string> args) {
    args.insert(args.begin(), {"--project", dir.path()});
    return run_starling(args, {{"STARLING_REDSHIFT_ON_POSTGRES", "1"}});
  }
  std::unique_ptr<Executor> connect() {
    return connect_dialect(proxy->dsn_through(db.dsn()), "holder", std::nullopt, dialect, "UTC",
                           nullptr);
  }
  FreshDatabase db;
  TempDir dir;
  std::unique_ptr<VersionProxy> proxy;
  RedshiftDialect dialect{true};
  std::string reader;
};

TEST_F(RedshiftOnPostgres, EveryCommandRunsThroughAServerReporting802) {
  auto r = cmd({"run"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("warn"), std::string::npos) << r.err;  // test mode: no dialect warning
  // (no is_inferred::text: the test mode refuses a boolean cast to text in this database)
  EXPECT_EQ(db.scalar("SELECT string_agg(user_id || ':' || user_sk || ':' || CASE WHEN is_inferred "
                      "THEN 'true' ELSE 'false' END, ',' "
                      "ORDER BY user_id) FROM warehouse.dim_users"),
            "1:1:false,2:2:false,3:3:false,4:4:true");  // keys given by starling, in key order
  EXPECT_EQ(db.scalar("SELECT sum(amount) FROM warehouse.v_user_orders"), "15.75");
  // the ledger in Redshift's form: run ids without an identity, a lease instead of a lock
  EXPECT_EQ(db.scalar("SELECT string_agg(run_id || ':' || command || ':' || status, ',' ORDER BY "
                      "run_id) FROM starling.runs"),
            "1:migrate:success,2:run:success");
  EXPECT_EQ(db.scalar("SELECT count(*) FROM starling.run_lock WHERE holder IS NOT NULL"), "0");
  EXPECT_EQ(db.scalar("SELECT string_agg(model || '=' || rows_inserted, ',' ORDER BY model) FROM "
                      "starling.model_runs WHERE run_id = 2"),
            "dim_users=3,fct_orders=4");
  EXPECT_EQ(db.scalar("SELECT count(*) FROM starling.watermarks"), "2");

  // nothing new: nothing written
  auto again = cmd({"run"});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(db.scalar("SELECT sum(rows_inserted + rows_updated + rows_deleted) FROM "
                      "starling.model_runs WHERE run_id = 3"),
            "0");
  db.exec(
      "UPDATE app.users SET tier = 'silver', _loaded_at = now() WHERE id = 3;"
      "INSERT INTO app.users VALUES (5, 'dee', 'gold');"
      "INSERT INTO app.orders VALUES (14, 5, 3.00);");
  ASSERT_EQ(cmd({"run"}).exit_code, 0);
  EXPECT_EQ(db.scalar("SELECT user_sk || ':' || tier FROM warehouse.dim_users WHERE user_id = 5"),
            "5:gold");
  EXPECT_EQ(db.scalar("SELECT tier FROM warehouse.dim_users WHERE user_id = 3"), "silver");

  auto status = cmd({"status"});
  ASSERT_EQ(status.exit_code, 0) << status.err;
  EXPECT_NE(status.out.find("dim_users"), std::string::npos) << status.out;
  EXPECT_NE(status.out.find("app.users="), std::string::npos) << status.out;  // its watermark
  auto json = cmd({"status", "--json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_NE(json.out.find("\"watermarks\":{\"app.users\":\"20"), std::string::npos) << json.out;
  auto fresh = cmd({"freshness"});
  EXPECT_EQ(fresh.exit_code, 0) << fresh.err;
  EXPECT_EQ(db.scalar("SELECT count(*) > 0 FROM starling.source_freshness WHERE status = 'ok'"),
            "t");
  EXPECT_EQ(db.scalar("SELECT string_agg(kind || ':' || name || ':' || status, ',' ORDER BY kind, "
                      "name) FROM starling.pipeline_health"),
            "model:dim_users:ok,model:fct_orders:ok,source:app.orders:ok,source:app.users:ok");
  std::string page = dir / "health.html";
  auto health = cmd({"health", "--html", page});
  ASSERT_EQ(health.exit_code, 0) << health.err;
  EXPECT_NE(read_text(page).find("fct_orders"), std::string::npos);
  auto verify = cmd({"verify"});
  EXPECT_EQ(verify.exit_code, 0) << verify.out << verify.err;
  auto plan = cmd({"plan", "--sql"});
  ASSERT_EQ(plan.exit_code, 0) << plan.err;
  EXPECT_NE(plan.out.find("LOCK \"starling\".run_lock;"), std::string::npos) << plan.out;
}

TEST_F(RedshiftOnPostgres, RebuildSwapsByCopyKeepingViewsGrantsAndSurrogateKeys) {
  ASSERT_EQ(cmd({"run"}).exit_code, 0);
  db.exec("GRANT SELECT ON warehouse.fct_orders TO " + reader);
  std::string keys = db.scalar(
      "SELECT string_agg(user_id || ':' || user_sk, ',' ORDER BY user_id) FROM "
      "warehouse.dim_users");
  std::string text = read_text(dir / "models/dim_users.yaml");
  text.replace(text.find("SELECT id AS user_id, name,"), 27,
               "SELECT id AS user_id, upper(name) AS name,");
  write_text(dir / "models/dim_users.yaml", text);
  EXPECT_EQ(cmd({"run"}).exit_code, 1);  // a breaking change: refused
  auto r = cmd({"rebuild", "dim_users"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(db.scalar("SELECT string_agg(name || '=' || amount, ',' ORDER BY name) FROM "
                      "warehouse.v_user_orders"),
            "ADA=6.25,BOB=7.50");
  EXPECT_EQ(db.scalar("SELECT has_table_privilege('" + reader +
                      "', 'warehouse.v_user_orders', 'SELECT') AND has_table_privilege('" + reader +
                      "', 'warehouse.fct_orders', 'SELECT')"),
            "t");
  EXPECT_EQ(db.scalar("SELECT string_agg(user_id || ':' || user_sk, ',' ORDER BY user_id) FROM "
                      "warehouse.dim_users"),
            keys);
  EXPECT_EQ(db.scalar("SELECT count(*) FROM pg_namespace WHERE nspname LIKE '%\\_\\_rebuild' OR "
                      "nspname LIKE '%\\_\\_retired'"),
            "0");
  // a new member after the copy takes the next key, not one the copy holds
  db.exec(
      "INSERT INTO app.users VALUES (6, 'eve', 'gold'); INSERT INTO app.orders VALUES (15, 6, "
      "1.00)");
  auto after = cmd({"run"});
  ASSERT_EQ(after.exit_code, 0) << after.err;
  EXPECT_EQ(db.scalar("SELECT user_sk FROM warehouse.dim_users WHERE user_id = 6"), "5");
  EXPECT_EQ(db.scalar("SELECT count(DISTINCT user_sk) = count(*) FROM warehouse.dim_users"), "t");
  EXPECT_EQ(cmd({"verify"}).exit_code, 0);
}

// Issue 24: on Redshift, the sample of differing rows cast booleans to VARCHAR (refused there) and
// the fact's comparison grouped by correlated subqueries' results (refused there); the test mode
// now refuses both, and verify shows what differs.
TEST_F(RedshiftOnPostgres, VerifyShowsTheDifferencesOfADimensionAndAFactWithBooleans) {
  std::string text = read_text(dir / "models/dim_users.yaml");
  text.replace(text.find("name, tier FROM"), 15, "name, tier, tier = 'gold' AS gold FROM");
  text.replace(text.find("tests:"), 6,
               "  gold: {type: boolean}\ntests:\n  - accepted_values: {column: gold, values: "
               "[true, false]}");
  write_text(dir / "models/dim_users.yaml", text);
  auto r = cmd({"run"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(cmd({"verify"}).exit_code, 0);
  // behind starling's back: a boolean attribute, a real member's flag (a member with no source
  // row is carried over as the live table has it: verify cannot tell it from one whose source row
  // was deleted), a measure, a reference
  db.exec(
      "UPDATE warehouse.dim_users SET gold = NOT gold WHERE user_id = 1;"
      "UPDATE warehouse.dim_users SET is_inferred = true WHERE user_id = 2;"
      "UPDATE warehouse.fct_orders SET amount = 9.99 WHERE order_id = 10;"
      "UPDATE warehouse.fct_orders SET user_sk = (SELECT user_sk FROM warehouse.dim_users WHERE "
      "user_id = 3) WHERE order_id = 12;");
  auto v = cmd({"verify"});
  EXPECT_EQ(v.exit_code, 1) << v.out << v.err;
  EXPECT_EQ(v.out + v.err,
            "error: dim_users: 4 rows differ from a rebuild\n"
            "error:   user_id='1': differs in gold (live 'f', rebuild 't')\n"
            "error:   user_id='2': differs in is_inferred (live 't', rebuild 'f')\n"
            "error: fct_orders: 4 rows differ from a rebuild\n"
            "error:   order_id='10': differs in amount (live '9.99', rebuild '5.00')\n"
            "error:   order_id='12': differs in user_sk (live '3', rebuild '1')\n"
            "verify: 0 of 2 models equal a from-scratch rebuild\n");
}

TEST_F(RedshiftOnPostgres, TheTestModeRefusesABooleanCastToTextAndWhatTheCheckerFinds) {
  auto e = connect();
  try {
    e->execute({"SELECT CAST(is_inferred AS VARCHAR(5)) FROM (SELECT true AS is_inferred) AS x",
                {},
                "a boolean as text"});
    FAIL() << "the cast ran";
  } catch (const Error& err) {
    EXPECT_EQ(err.category(), ErrorCategory::database);
    EXPECT_EQ(std::string(err.what()),
              "a boolean as text failed: cannot cast type boolean to character varying [SQLSTATE "
              "42846]");
  }
  try {
    e->execute({"SELECT 1 FROM (SELECT 1 OFFSET 0) AS x", {}, "a kept subquery"});
    FAIL() << "the statement ran";
  } catch (const Error& err) {
    EXPECT_EQ(err.category(), ErrorCategory::internal);
    EXPECT_EQ(std::string(err.what()),
              "the Redshift test mode refuses statement \"a kept subquery\": OFFSET 0 or a "
              "parameter: OFFSET takes a positive integer "
              "(https://docs.aws.amazon.com/redshift/latest/dg/r_ORDER_BY_clause.html), at: OFFSET "
              "0) AS x");
  }
  // what PostgreSQL casts without a function is unchanged
  EXPECT_EQ(e->execute({"SELECT CAST(12 AS VARCHAR(5))", {}, "a number as text"}).scalar(), "12");
  // a migration is the user's SQL: not checked
  write_text(dir / "migrations/0002_index.sql", "CREATE INDEX users_tier ON app.users (tier);\n");
  auto m = cmd({"migrate"});
  EXPECT_EQ(m.exit_code, 0) << m.err;
}

TEST_F(RedshiftOnPostgres, ARedshiftTargetOnAnotherServerIsWarnedAbout) {
  // without the test mode, starling expects Redshift and says what it found instead
  std::vector<std::string> args = {"--project", dir.path(), "status"};
  auto r = run_starling(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("has dialect: redshift, but the server is not Redshift (PostgreSQL"),
            std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace starling::testing
