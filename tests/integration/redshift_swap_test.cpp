// A rebuild's swap on the Redshift dialect (issue 24, item 4), in its PostgreSQL test mode: a live
// table the rebuilt one has the shape of keeps its place (its rows replaced in the swap's
// transaction), so views, grants, owner and readers' snapshots stay; one of another shape is
// dropped and made again, with the views over it (a view on a view too), their owners and grants.
// A view that does not fit the new shape fails the rebuild, which then changes nothing.
#include <gtest/gtest.h>

#include "db/connect.hpp"
#include "support/fixtures.hpp"
#include "support/helpers.hpp"
#include "support/version_proxy.hpp"

namespace starling::testing {
namespace {

const std::string k_sources = app_source({"users", "orders"});

class RedshiftSwap : public ::testing::Test {
 protected:
  void SetUp() override {
    reader = db.name() + "_reader";  // roles belong to the whole cluster
    // a swap that dropped the table would wait for the reader's lock (on PostgreSQL): it fails
    // after 20 s instead
    std::string config = target.config(k_sources);
    config.insert(config.find("    meta_schema:"), "    statement_timeout: 20s\n");
    write_text(dir / "config.yaml", config);
    write_text(dir / "migrations/0001_app.sql",
               with_reader(users_orders_tables("varchar(40)", "varchar(10)")));
    write_text(dir / "migrations/R__views.sql", with_reader(k_user_orders_views));
    write_text(dir / "models/dim_users.yaml", users_dim("varchar(40)", "varchar(10)"));
    write_text(dir / "models/fct_orders.yaml", k_user_orders_fact);
    ASSERT_EQ(cmd({"migrate"}).exit_code, 0);
    db.exec(
        "INSERT INTO app.users VALUES (1, 'ada', 'gold'), (2, 'bob', 'silver'), (3, 'cy', 'gold');"
        "INSERT INTO app.orders VALUES (10, 1, 5.00), (11, 2, 7.50), (12, 1, 1.25);");
    auto r = cmd({"run"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    // views nobody's migration makes: one on the table, one on that view (owned by the reader,
    // and named to sort first, so that only the order of their dependency recreates them),
    // each granted as the table is
    db.exec(
        with_reader("CREATE VIEW warehouse.v_gold AS SELECT user_id, user_sk, name, tier FROM "
                    "warehouse.dim_users WHERE tier = 'gold';"
                    "CREATE VIEW warehouse.v_all_gold_names AS SELECT name FROM warehouse.v_gold;"
                    "ALTER TABLE warehouse.v_all_gold_names OWNER TO READER;"
                    "GRANT SELECT ON warehouse.dim_users TO READER;"
                    "GRANT SELECT ON warehouse.v_gold TO READER;"
                    "GRANT SELECT, UPDATE ON warehouse.v_all_gold_names TO PUBLIC;"));
    keys = db.scalar(
        "SELECT string_agg(user_id || ':' || user_sk, ',' ORDER BY user_id) FROM "
        "warehouse.dim_users");
  }
  void TearDown() override {
    db.exec("DROP OWNED BY " + reader + "; DROP ROLE IF EXISTS " + reader);
  }
  std::string with_reader(std::string text) const {
    for (auto at = text.find("READER"); at != std::string::npos; at = text.find("READER"))
      text.replace(at, 6, reader);
    return text;
  }
  CommandResult cmd(const std::vector<std::string>& args) const {
    return target.starling(dir.path(), args);
  }
  void edit_dim(const std::string& from, const std::string& to) const {
    std::string text = read_text(dir / "models/dim_users.yaml");
    ASSERT_NE(text.find(from), std::string::npos) << text;
    text.replace(text.find(from), from.size(), to);
    write_text(dir / "models/dim_users.yaml", text);
  }
  std::string oid(const std::string& relation) const {
    return db.scalar("SELECT '" + relation + "'::regclass::oid");
  }
  // what the views and grants are: the same before and after a rebuild that keeps them
  std::string views_and_grants() const {
    return db.scalar(
        "SELECT string_agg(c.relname || ' ' || pg_get_userbyid(c.relowner) || ' ' || "
        "coalesce(array_to_string(c.relacl, ','), ''), '; ' ORDER BY c.relname) FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'warehouse' AND "
        "(c.relkind = 'v' OR c.relname = 'dim_users')");
  }
  // the surrogate keys as they were before the rebuild; no shadow or retired schema left
  void expect_keys_kept_and_nothing_left() const {
    EXPECT_EQ(db.scalar("SELECT string_agg(user_id || ':' || user_sk, ',' ORDER BY user_id) FROM "
                        "warehouse.dim_users"),
              keys);
    EXPECT_EQ(db.scalar("SELECT count(*) FROM pg_namespace WHERE nspname LIKE '%\\_\\_rebuild' "
                        "OR nspname LIKE '%\\_\\_retired'"),
              "0");
  }
  FreshDatabase db;
  TempDir dir;
  TestTarget target{db.dsn(), true};
  std::string reader;
  std::string keys;
};

TEST_F(RedshiftSwap, TheSameShapeKeepsTheTableItsViewsGrantsAndReadersSnapshots) {
  const std::string table = oid("warehouse.dim_users"), view = oid("warehouse.v_gold"),
                    on_view = oid("warehouse.v_all_gold_names");
  const std::string before = views_and_grants();
  EXPECT_NE(before.find("v_all_gold_names " + reader + " "), std::string::npos) << before;
  // a reader whose transaction began before the swap
  auto snapshot = connect_postgres(db.dsn(), "reader", std::nullopt);
  snapshot->execute({"BEGIN ISOLATION LEVEL REPEATABLE READ", {}, "begin"});
  auto names = [&] {
    return snapshot
        ->execute({"SELECT string_agg(name, ',' ORDER BY name) FROM warehouse.dim_users WHERE "
                   "user_sk > 0",
                   {},
                   "read"})
        .scalar()
        .value_or("");
  };
  EXPECT_EQ(names(), "ada,bob,cy");

  edit_dim("SELECT id AS user_id, name,", "SELECT id AS user_id, upper(name) AS name,");
  EXPECT_EQ(cmd({"run"}).exit_code, 1);  // a breaking change (its SQL): refused
  auto r = cmd({"rebuild", "dim_users"});
  ASSERT_EQ(r.exit_code, 0) << r.err;

  EXPECT_EQ(names(), "ada,bob,cy");  // its snapshot, without an error
  snapshot->execute({"COMMIT", {}, "commit"});
  EXPECT_EQ(names(), "ADA,BOB,CY");  // its next transaction sees the rebuilt rows

  EXPECT_EQ(oid("warehouse.dim_users"), table);  // the same table: rows replaced
  EXPECT_EQ(oid("warehouse.v_gold"), view);
  EXPECT_EQ(oid("warehouse.v_all_gold_names"), on_view);
  EXPECT_EQ(views_and_grants(), before);
  EXPECT_EQ(db.scalar("SELECT string_agg(name, ',' ORDER BY name) FROM warehouse.v_all_gold_names"),
            "ADA,CY");
  EXPECT_EQ(db.scalar("SELECT string_agg(name || '=' || amount, ',' ORDER BY name) FROM "
                      "warehouse.v_user_orders"),
            "ADA=6.25,BOB=7.50");
  expect_keys_kept_and_nothing_left();
  auto verify = cmd({"verify"});
  EXPECT_EQ(verify.exit_code, 0) << verify.out << verify.err;
}

TEST_F(RedshiftSwap, AChangedShapeRecreatesTheViewsOverTheTableWithTheirOwnersAndGrants) {
  const std::string table = oid("warehouse.dim_users");
  const std::string before = views_and_grants();
  edit_dim("name: {type: \"varchar(40)\"}", "name: {type: \"varchar(80)\"}");
  EXPECT_EQ(cmd({"run"}).exit_code, 1);  // a column's type changed: refused
  auto r = cmd({"rebuild", "dim_users"});
  ASSERT_EQ(r.exit_code, 0) << r.err;

  EXPECT_NE(oid("warehouse.dim_users"), table);  // dropped and made again
  EXPECT_EQ(db.scalar("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = "
                      "'warehouse.dim_users'::regclass AND attname = 'name'"),
            "character varying(80)");
  // the views (the R__ migration's, one on the table, one on that view), owners and grants
  EXPECT_EQ(views_and_grants(), before);
  EXPECT_EQ(db.scalar("SELECT string_agg(name, ',' ORDER BY name) FROM warehouse.v_all_gold_names"),
            "ada,cy");
  EXPECT_EQ(db.scalar("SELECT string_agg(name || '=' || amount, ',' ORDER BY name) FROM "
                      "warehouse.v_user_orders"),
            "ada=6.25,bob=7.50");
  EXPECT_EQ(db.scalar("SELECT has_table_privilege('" + reader +
                      "', 'warehouse.v_gold', 'SELECT') AND has_table_privilege('" + reader +
                      "', 'warehouse.dim_users', 'SELECT')"),
            "t");
  expect_keys_kept_and_nothing_left();
  auto verify = cmd({"verify"});
  EXPECT_EQ(verify.exit_code, 0) << verify.out << verify.err;
}

TEST_F(RedshiftSwap, AViewThatDoesNotFitTheNewShapeFailsTheRebuildWhichChangesNothing) {
  const std::string table = oid("warehouse.dim_users");
  const std::string before = views_and_grants();
  // v_gold selects tier, which the model no longer has
  edit_dim("SELECT id AS user_id, name, tier FROM", "SELECT id AS user_id, name FROM");
  edit_dim("  tier: {type: \"varchar(10)\"}\n", "");
  auto r = cmd({"rebuild", "dim_users"});
  EXPECT_EQ(r.exit_code, 1);
  // the lines after the models' (whose times vary)
  EXPECT_EQ(r.err.substr(r.err.find("applied migrations/")),
            "applied migrations/R__views.sql\n"
            "error: view warehouse.v_gold reads warehouse.dim_users, whose shape the rebuild "
            "changed, and no longer fits it (recreate view warehouse.v_gold failed: column "
            "dim_users.tier does not exist), so the rebuild was rolled back (make the view "
            "late-binding (CREATE VIEW … WITH NO SCHEMA BINDING), or create it in a "
            "migrations/R__*.sql file (re-applied after every rebuild) that follows the model)\n"
            "rebuild: failed; the live tables are as they were\n");

  EXPECT_EQ(oid("warehouse.dim_users"), table);
  EXPECT_EQ(views_and_grants(), before);
  EXPECT_EQ(db.scalar("SELECT string_agg(user_id || ':' || name || ':' || tier, ',' ORDER BY "
                      "user_id) FROM warehouse.v_gold"),
            "1:ada:gold,3:cy:gold");
  expect_keys_kept_and_nothing_left();
  EXPECT_EQ(db.scalar("SELECT status FROM starling.runs WHERE command = 'rebuild'"), "failed");
}

}  // namespace
}  // namespace starling::testing
