// History that survives rebuild and verify (SPEC §3.1, issue 20), on both dialects (Redshift in its
// PostgreSQL test mode): a dimension's rebuild carries over every member's surrogate key, its
// `keep` values and the members whose source rows are gone, so the facts rebuilt downstream point
// at the same keys; verify compares with a scratch build that carries history the same way and
// reports that history as information; a change that makes carrying impossible is refused
// before anything is written unless --discard-history.
#include <gtest/gtest.h>

#include "support/fixtures.hpp"
#include "support/helpers.hpp"
#include "support/version_proxy.hpp"

namespace starling::testing {
namespace {

const std::string k_sources = app_source({"customers", "orders"});

constexpr const char* k_tables = R"Y(
CREATE SCHEMA app;
CREATE TABLE app.customers (id bigint PRIMARY KEY, email varchar(80), plan varchar(20),
                            _loaded_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE app.orders (id bigint PRIMARY KEY, customer_id bigint, amount numeric(10,2),
                         _loaded_at timestamptz NOT NULL DEFAULT now());
)Y";

constexpr const char* k_dim = R"Y(kind: dimension
sql: |
  SELECT id AS customer_id, email, plan FROM {{ source('app','customers') }}
  WHERE _loaded_at >= {{ since }}
key: customer_id
surrogate_key: customer_sk
columns:
  customer_id: {type: bigint}
  email: {type: "varchar(80)"}
  plan: {type: "varchar(20)"}
  first_plan: {type: "varchar(20)", expr: plan, on_change: keep}
)Y";

class History : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    write_text(dir / "config.yaml", target.config(k_sources));
    write_text(dir / "migrations/0001_app.sql", k_tables);
    write_text(dir / "models/dim_customer.yaml", k_dim);
    write_text(dir / "models/fct_orders.yaml",
               orders_fact("dim_customer", "customer_sk", "customer_id"));
    ASSERT_EQ(cmd({"migrate"}).exit_code, 0);
    // customers 1-5; orders of 1, 2, 3 and of 8, who never arrives (an inferred member)
    db.exec(
        "INSERT INTO app.customers (id, email, plan) SELECT g, 'C' || g || '@X.COM', "
        "CASE WHEN g % 2 = 0 THEN 'free' ELSE 'pro' END FROM generate_series(1, 5) g;"
        "INSERT INTO app.orders (id, customer_id, amount) VALUES (10, 1, 5), (11, 2, 7), "
        "(12, 3, 9), (13, 8, 4);");
    run_ok();
    // two customers change plan (their first_plan stays), customer 3 is deleted at the source
    // (its member stays, with the order pointing at it), customer 6 arrives
    db.exec(
        "UPDATE app.customers SET plan = 'team', _loaded_at = now() WHERE id IN (1, 2);"
        "DELETE FROM app.customers WHERE id = 3;"
        "INSERT INTO app.customers (id, email, plan) VALUES (6, 'c6@x.com', 'pro');");
    run_ok();
    before = members();
    ASSERT_EQ(before,
              "1:pro:team:f 2:free:team:f 3:pro:pro:f 4:free:free:f 5:pro:pro:f 6:pro:pro:f "
              "8:::t");
    keys = surrogate_keys();
  }
  CommandResult cmd(const std::vector<std::string>& args) const {
    return target.starling(dir.path(), args);
  }
  void run_ok() const {
    auto r = cmd({"run"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  void edit_dim(const std::string& from, const std::string& to) const {
    std::string text = read_text(dir / "models/dim_customer.yaml");
    ASSERT_NE(text.find(from), std::string::npos) << text;
    text.replace(text.find(from), from.size(), to);
    write_text(dir / "models/dim_customer.yaml", text);
  }
  // id:first_plan:plan:inferred of every member but the unknown one
  std::string members() const {
    return db.scalar(
        "SELECT string_agg(customer_id || ':' || coalesce(first_plan, '') || ':' || "
        "coalesce(plan, '') || ':' || CASE WHEN is_inferred THEN 't' ELSE 'f' END, ' ' ORDER BY "
        "customer_id) FROM warehouse.dim_customer WHERE customer_sk <> -1");
  }
  // every member's surrogate key and every order's, by natural key
  std::string surrogate_keys() const {
    return db.scalar(
        "SELECT (SELECT string_agg(customer_id || '=' || customer_sk, ',' ORDER BY customer_id) "
        "FROM warehouse.dim_customer) || ' / ' || (SELECT string_agg(order_id || '=' || "
        "customer_sk, ',' ORDER BY order_id) FROM warehouse.fct_orders)");
  }
  FreshDatabase db;
  TempDir dir;
  TestTarget target{db.dsn(), GetParam()};
  std::string before, keys;
};

TEST_P(History, VerifyIsCleanOnKeptValuesAndGoneMembersAndReportsThemApart) {
  auto v = cmd({"verify"});
  EXPECT_EQ(v.exit_code, 0) << v.err;
  EXPECT_NE(v.err.find("dim_customer: history: 7 members carried over with their surrogate keys "
                       "(keep values of first_plan, 2 members differing from the sources now; 1 "
                       "member whose source row is gone)"),
            std::string::npos)
      << v.err;
  EXPECT_NE(v.err.find("verify: 2 of 2 models equal a from-scratch rebuild"), std::string::npos)
      << v.err;
  // a wrong live value is still found: an overwrite column, and a member the run missed
  db.exec("UPDATE warehouse.dim_customer SET plan = 'wrong' WHERE customer_id = 4");
  v = cmd({"verify", "dim_customer"});
  EXPECT_EQ(v.exit_code, 1) << v.err;
  EXPECT_NE(v.err.find("dim_customer: 2 rows differ from a rebuild"), std::string::npos) << v.err;
  EXPECT_NE(v.err.find("customer_id='4': differs in plan (live 'wrong', rebuild 'free')"),
            std::string::npos)
      << v.err;
}

TEST_P(History, ARebuildCarriesKeepValuesSurrogateKeysAndGoneMembersToEveryFact) {
  // a breaking change: the e-mail addresses are read in lower case now
  edit_dim("SELECT id AS customer_id, email,", "SELECT id AS customer_id, lower(email) AS email,");
  auto plan = cmd({"plan"});
  EXPECT_NE(plan.out.find("a rebuild carries over every member's surrogate key, the keep values "
                          "of first_plan, the members whose source rows are gone"),
            std::string::npos)
      << plan.out;
  auto r = cmd({"rebuild", "dim_customer"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("dim_customer: 7 members carried over with their surrogate keys"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(members(), before);
  EXPECT_EQ(surrogate_keys(), keys);
  EXPECT_EQ(db.scalar("SELECT email FROM warehouse.dim_customer WHERE customer_id = 1"),
            "c1@x.com");
  // a new member takes a key past every carried one, on the next run
  db.exec("INSERT INTO app.customers (id, email, plan) VALUES (7, 'c7@x.com', 'free');");
  run_ok();
  EXPECT_EQ(db.scalar("SELECT customer_sk > (SELECT max(customer_sk) FROM warehouse.dim_customer "
                      "WHERE customer_id <> 7) FROM warehouse.dim_customer WHERE customer_id = 7"),
            "t");
  // and a rebuild of everything keeps all of it again
  keys = surrogate_keys();
  before = members();
  r = cmd({"rebuild", "--all"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(members(), before);
  EXPECT_EQ(surrogate_keys(), keys);
  auto v = cmd({"verify"});
  EXPECT_EQ(v.exit_code, 0) << v.err;
}

TEST_P(History, AChangedNaturalKeyIsRefusedBeforeAnythingUnlessHistoryIsDiscarded) {
  edit_dim("customer_id: {type: bigint}",
           "customer_id: {type: bigint, expr: \"customer_id + 1000\"}");
  auto plan = cmd({"plan"});
  EXPECT_NE(plan.out.find("a rebuild would lose history (key column customer_id changed its "
                          "expression): it needs --discard-history"),
            std::string::npos)
      << plan.out;
  auto r = cmd({"rebuild", "dim_customer"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("the rebuild would lose history that no source holds any more: "
                       "dim_customer (key column customer_id changed its expression); nothing "
                       "was written"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("--discard-history"), std::string::npos) << r.err;
  EXPECT_EQ(members(), before);
  EXPECT_EQ(surrogate_keys(), keys);
  r = cmd({"rebuild", "dim_customer", "--discard-history"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // read from the sources alone: the member of the deleted customer and the kept plans are gone
  EXPECT_EQ(db.scalar("SELECT string_agg(customer_id || ':' || first_plan, ' ' ORDER BY "
                      "customer_id) FROM warehouse.dim_customer WHERE customer_sk <> -1 AND NOT "
                      "is_inferred"),
            "1001:team 1002:team 1004:free 1005:pro 1006:pro");
}

TEST_P(History, AKeepColumnWhoseExpressionChangedIsRefusedNamingIt) {
  edit_dim("expr: plan, on_change: keep", "expr: upper(plan), on_change: keep");
  // run names the way that loses history, and what it loses
  auto r = cmd({"run"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("rebuilding it would lose history (keep column first_plan changed its "
                       "expression: its values would be read from the sources as they are now): "
                       "run `starling rebuild dim_customer --discard-history`"),
            std::string::npos)
      << r.err;
  r = cmd({"rebuild", "dim_customer"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("dim_customer (keep column first_plan changed its expression: its values "
                       "would be read from the sources as they are now)"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(members(), before);
  r = cmd({"rebuild", "dim_customer", "--discard-history"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(db.scalar("SELECT first_plan FROM warehouse.dim_customer WHERE customer_id = 1"),
            "TEAM");
}

TEST_P(History, AKeepColumnMadeOverwriteOrRemovedIsRefused) {
  edit_dim("expr: plan, on_change: keep", "expr: plan");
  auto r = cmd({"rebuild", "dim_customer"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("(keep column first_plan is overwrite now: its first values would be "
                       "replaced by the sources' values now)"),
            std::string::npos)
      << r.err;
  edit_dim("  first_plan: {type: \"varchar(20)\", expr: plan}\n", "");
  r = cmd({"rebuild", "dim_customer"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("(keep column first_plan is removed: its values go)"), std::string::npos)
      << r.err;
  EXPECT_EQ(members(), before);
}

TEST_P(History, ANewKeepColumnIsReadFromTheSourcesForCarriedMembers) {
  edit_dim("  first_plan:",
           "  signup_email: {type: \"varchar(80)\", expr: email, on_change: keep}\n"
           "  first_plan:");
  auto r = cmd({"rebuild", "dim_customer"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(members(), before);
  EXPECT_EQ(surrogate_keys(), keys);
  EXPECT_EQ(db.scalar("SELECT string_agg(customer_id || ':' || coalesce(signup_email, '-'), ' ' "
                      "ORDER BY customer_id) FROM warehouse.dim_customer WHERE customer_sk <> -1"),
            "1:C1@X.COM 2:C2@X.COM 3:- 4:C4@X.COM 5:C5@X.COM 6:c6@x.com 8:-");
}

// --discard-history with no change that would lose history: the dimension is read from its
// sources alone all the same (keep values as the sources say now, deleted members gone), the way
// to derive it again from what the sources say.
TEST_P(History, DiscardHistoryReadsTheSourcesAloneWithNoChangeToo) {
  auto r = cmd({"rebuild", "dim_customer", "--discard-history"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(members(),
            "1:team:team:f 2:team:team:f 3:::t 4:free:free:f 5:pro:pro:f 6:pro:pro:f 8:::t")
      << "customer 3 (its source row gone) comes back as the inferred member its order names";
  EXPECT_EQ(cmd({"verify"}).exit_code, 0);
}

TEST_P(History, AFailedStatementInARebuildIsWhatTheRebuildReports) {
  // a natural key of another type than the facts' reference: inferring members fails
  edit_dim("key: customer_id", "key: email");
  auto r = cmd({"rebuild", "dim_customer", "--discard-history"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("fct_orders failed: infer members of dim_customer failed: operator does "
                       "not exist: character varying = bigint [SQLSTATE 42883]"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("rebuild: failed; the live tables are as they were"), std::string::npos)
      << r.err;
  EXPECT_EQ(members(), before);
  EXPECT_EQ(surrogate_keys(), keys);
}

INSTANTIATE_TEST_SUITE_P(BothDialects, History, ::testing::Values(false, true),
                         [](const auto& info) { return info.param ? "Redshift" : "Postgres"; });

}  // namespace
}  // namespace starling::testing
