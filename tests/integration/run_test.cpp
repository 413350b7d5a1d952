// `starling run` rule by rule, against the real PostgreSQL, on a small project per test.
#include <gtest/gtest.h>

#include "db/connect.hpp"
#include "db/executor.hpp"
#include "sql/postgres/postgres_dialect.hpp"
#include "support/fixtures.hpp"
#include "support/helpers.hpp"
#include "support/project.hpp"

namespace starling::testing {
namespace {

const std::string k_sources =
    app_source({"customers", "orders", "events"}) + "run:\n  watermark_overlap: 1h\n";

const char* k_migration = R"Y(
CREATE SCHEMA app;
CREATE TABLE app.customers (id bigint PRIMARY KEY, name text, tier text, born date,
                            _loaded_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE app.orders (id bigint PRIMARY KEY, customer_id bigint, amount numeric(10,2),
                         _loaded_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE app.events (id bigint PRIMARY KEY, customer_id bigint, at timestamptz,
                         _loaded_at timestamptz NOT NULL DEFAULT now());
)Y";

const char* k_dim = R"Y(kind: dimension
sql: |
  SELECT id AS customer_id, name, tier, born FROM {{ source('app','customers') }}
  WHERE _loaded_at >= {{ since }}
key: customer_id
surrogate_key: customer_sk
columns:
  customer_id: {type: bigint}
  name: {type: text}
  tier: {type: text}
  born: {type: date, on_change: keep}
  name_length: {type: integer, expr: "length(name)", refresh: always}
tests:
  - accepted_values: {column: tier, values: [gold, silver]}
)Y";

const std::string k_orders = k_customer_orders_fact;

const char* k_daily = R"Y(kind: fact
sql: |
  SELECT customer_id, (at AT TIME ZONE 'UTC')::date AS day, count(*) AS events
  FROM {{ source('app','events') }}
  WHERE at >= {{ start }} AND at < {{ end }}
  GROUP BY 1, 2
grain: [customer_id, day]
references:
  customer_sk: {dimension: dim_customers, key: customer_id, on_missing: unknown}
columns:
  day: {type: date}
measures:
  events: {type: integer, default: 0}
incremental:
  strategy: period
  time: day
  period: day
  lookback: 1
  start: 2025-01-01
  batch: 10
  late_data:
    - {source: app.events, time: at}
)Y";

// k_daily recomputed by changed customers: inferred members, no lookback, late events by customer.
std::string by_grain_daily() {
  std::string model = k_daily;
  model.replace(model.find("on_missing: unknown"), 19, "on_missing: infer");
  model.replace(model.find("lookback: 1"), 11, "lookback: none");
  model.replace(model.find("{source: app.events, time: at}"), 30,
                "{source: app.events, time: at, grain: {customer_id: customer_id}}");
  return model;
}

// by_grain_daily with `orders_so_far`, a measure refreshed for the customers whose orders arrive.
std::string refreshed_daily() {
  std::string model = by_grain_daily();
  model.replace(model.find("count(*) AS events"), 18,
                "count(*) AS events, (SELECT count(*) FROM {{ source('app','orders') }} o "
                "WHERE o.customer_id = e.customer_id) AS orders_so_far");
  model.replace(model.find("FROM {{ source('app','events') }}"), 34,
                "FROM {{ source('app','events') }} e");
  model.replace(model.find("  events: {type: integer, default: 0}\n"), 38,
                "  events: {type: integer, default: 0}\n"
                "  orders_so_far: {type: integer, default: 0, refresh: always,\n"
                "                  refresh_on: [{source: app.orders, grain: {customer_id: "
                "customer_id}}]}\n");
  return model;
}

class Run : public ::testing::Test {
 protected:
  void SetUp() override {
    write_text(dir / "config.yaml", config_for(db.dsn(), k_sources));
    write_text(dir / "migrations/0001_app.sql", k_migration);
    write_text(dir / "models/dim_customers.yaml", k_dim);
    write_text(dir / "models/fct_orders.yaml", k_orders);
    auto m = run_starling({"--project", dir.path(), "migrate"});
    ASSERT_EQ(m.exit_code, 0) << m.err;  // the source tables exist before the tests write them
  }
  CommandResult run(std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"--project", dir.path(), "run"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_starling(args);
  }
  std::string q(const std::string& sql) { return db.scalar(sql); }
  // a run that exits 1 and reports `error` among its errors; returns its output
  CommandResult run_fails_with(const std::string& error) {
    auto r = run();
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find(error), std::string::npos) << r.err;
    return r;
  }
  // customers 1..n, gold, born `born` (an SQL literal), loaded two days ago
  void add_gold_customers(int n, const std::string& born) {
    db.exec("INSERT INTO app.customers SELECT i, 'c' || i, 'gold', " + born +
            ", now() - interval '2 days' FROM generate_series(1, " + std::to_string(n) + ") i");
  }
  // a run of a customer and an order loaded now: the watermarks move past earlier rows (past
  // their overlap too), and the next run does not read those again
  void move_watermarks_to_now() {
    db.exec("INSERT INTO app.customers VALUES (99, 'zed', 'gold', NULL)");
    db.exec("INSERT INTO app.orders VALUES (99, 99, 1.00)");
    auto r = run();
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  // k_daily built by a run, from one event of one customer
  void build_one_daily_event() {
    write_text(dir / "models/fct_daily.yaml", k_daily);
    db.exec("INSERT INTO app.customers VALUES (1, 'ada', 'gold', NULL)");
    db.exec("INSERT INTO app.events VALUES (1, 1, '2025-01-03 10:00+00')");
    auto r = run();
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  FreshDatabase db;
  TempDir dir;
};

TEST_F(Run, DimensionWritesOnlyWhatChanged) {
  ASSERT_EQ(run().exit_code, 0);
  db.exec(
      "INSERT INTO app.customers VALUES (1, 'ada', 'gold', '1990-01-01'), (2, 'bob', 'silver', "
      "NULL)");
  auto r = run();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("dim_customers: 2 inserted, 0 updated, 0 deleted"), std::string::npos)
      << r.err;
  EXPECT_EQ(q("SELECT string_agg(customer_sk || ':' || coalesce(name, '-') || ':' || "
              "coalesce(tier, '-'), "
              "',' ORDER BY customer_sk) FROM warehouse.dim_customers"),
            "-1:Unknown:Unknown,1:ada:gold,2:bob:silver");
  // nothing changed: nothing written
  r = run();
  EXPECT_NE(r.err.find("dim_customers: 0 inserted, 0 updated, 0 deleted"), std::string::npos)
      << r.err;
  // an overwrite column and a keep column change: only the overwrite column follows
  db.exec(
      "UPDATE app.customers SET tier = 'silver', born = '2000-01-01', name = 'adalovelace', "
      "_loaded_at = now() WHERE id = 1");
  r = run();
  EXPECT_NE(r.err.find("dim_customers: 0 inserted, 1 updated"), std::string::npos) << r.err;
  EXPECT_EQ(q("SELECT tier || ' ' || born || ' ' || name_length FROM warehouse.dim_customers "
              "WHERE customer_id = 1"),
            "silver 1990-01-01 11");
}

TEST_F(Run, InferredMemberIsOverwrittenInPlace) {
  ASSERT_EQ(run().exit_code, 0);
  db.exec("INSERT INTO app.orders VALUES (10, 7, 25.00)");
  ASSERT_EQ(run().exit_code, 0);
  std::string sk =
      q("SELECT customer_sk FROM warehouse.dim_customers WHERE customer_id = 7 AND is_inferred");
  ASSERT_FALSE(sk.empty());
  EXPECT_EQ(q("SELECT customer_sk FROM warehouse.fct_orders WHERE order_id = 10"), sk);
  db.exec("INSERT INTO app.customers VALUES (7, 'cy', 'gold', '1985-05-05')");
  ASSERT_EQ(run().exit_code, 0);
  // the same surrogate key, now with the real attributes, keep columns included
  EXPECT_EQ(q("SELECT customer_sk || ' ' || name || ' ' || born || ' ' || is_inferred FROM "
              "warehouse.dim_customers WHERE customer_id = 7"),
            sk + " cy 1985-05-05 false");
}

TEST_F(Run, FailingTestRollsBackAndSkipsDependants) {
  db.exec("INSERT INTO app.customers VALUES (1, 'ada', 'gold', NULL)");
  ASSERT_EQ(run().exit_code, 0);
  db.exec("UPDATE app.customers SET tier = 'platinum', _loaded_at = now() WHERE id = 1");
  db.exec("INSERT INTO app.orders VALUES (10, 1, 5.00)");
  auto r = run_fails_with("error: dim_customers: test accepted_values tier failed: 1 row");
  EXPECT_NE(r.err.find("warn: fct_orders: skipped: upstream model dim_customers did not build"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("0 models ok, 1 failed, 1 skipped"), std::string::npos) << r.err;
  // dashboards never see data that failed its tests
  EXPECT_EQ(q("SELECT tier FROM warehouse.dim_customers WHERE customer_id = 1"), "gold");
  EXPECT_EQ(q("SELECT count(*) FROM warehouse.fct_orders"), "0");
  EXPECT_EQ(
      q("SELECT string_agg(model || '=' || status, ',' ORDER BY model) FROM starling.model_runs "
        "WHERE run_id = (SELECT max(run_id) FROM starling.runs)"),
      "dim_customers=failed,fct_orders=skipped");
  EXPECT_EQ(q("SELECT status FROM starling.runs ORDER BY run_id DESC LIMIT 1"), "failed");
}

// SPEC §3.4: tests look at the rows the run wrote. A row no run wrote (broken here by hand) is
// not checked again, unless a `refresh: always` column rewrote rows beyond the stage.
TEST_F(Run, DimensionAndKeyFactTestsLookAtTheRowsTheRunWrote) {
  write_text(dir / "models/fct_orders.yaml",
             k_orders + "tests:\n  - expression: \"amount >= 0\"\n");
  // loaded before the watermark's overlap: later runs do not read them again
  db.exec(
      "INSERT INTO app.customers VALUES (1, 'ada', 'gold', NULL, now() - interval '2 days'), "
      "(2, 'bob', 'silver', NULL, now() - interval '2 days')");
  db.exec("INSERT INTO app.orders VALUES (10, 1, 5.00, now() - interval '2 days')");
  ASSERT_EQ(run().exit_code, 0);
  move_watermarks_to_now();
  db.exec("UPDATE warehouse.dim_customers SET tier = 'platinum' WHERE customer_id = 2");
  db.exec("UPDATE warehouse.fct_orders SET amount = -1 WHERE order_id = 10");
  // customer 1 renamed (same length: no refresh), a new order: neither broken row is looked at
  db.exec("UPDATE app.customers SET name = 'eve', _loaded_at = now() WHERE id = 1");
  db.exec("INSERT INTO app.orders VALUES (11, 1, 7.00)");
  auto r = run();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // a bad order of this run's: one failing row, the order written by hand is not counted
  db.exec("INSERT INTO app.orders VALUES (12, 1, -5.00)");
  run_fails_with("error: fct_orders: test expression amount >= 0 failed: 1 row");
  db.exec("UPDATE app.orders SET amount = 5.00, _loaded_at = now() WHERE id = 12");
  ASSERT_EQ(run().exit_code, 0);
  // customer 2's name_length is wrong: the `refresh: always` recompute rewrites that row too, so
  // every row is tested, and customer 2's tier fails
  db.exec("UPDATE warehouse.dim_customers SET name_length = 99 WHERE customer_id = 2");
  db.exec("UPDATE app.customers SET name = 'ivy', _loaded_at = now() WHERE id = 1");
  run_fails_with("error: dim_customers: test accepted_values tier failed: 1 row");
  EXPECT_EQ(q("SELECT name FROM warehouse.dim_customers WHERE customer_id = 1"), "eve");
}

// A test added since the model was built checks every row once, not only the rows the run writes.
TEST_F(Run, ANewTestChecksEveryRowOnce) {
  db.exec("INSERT INTO app.customers VALUES (1, 'ada', 'gold', NULL, now() - interval '2 days')");
  db.exec(
      "INSERT INTO app.orders VALUES (10, 1, 5.00, now() - interval '2 days'), "
      "(11, 1, 6.00, now() - interval '2 days')");
  ASSERT_EQ(run().exit_code, 0);
  move_watermarks_to_now();
  db.exec("UPDATE warehouse.fct_orders SET amount = -1 WHERE order_id = 10");
  write_text(dir / "models/fct_orders.yaml",
             k_orders + "tests:\n  - expression: \"amount >= 0\"\n");
  db.exec("INSERT INTO app.orders VALUES (12, 1, 7.00)");
  run_fails_with("error: fct_orders: test expression amount >= 0 failed: 1 row");
  // rolled back: the new test is still new to the ledger, and order 12 is not in
  EXPECT_EQ(q("SELECT count(*) FROM warehouse.fct_orders"), "3");
  db.exec("UPDATE warehouse.fct_orders SET amount = 5.00 WHERE order_id = 10");
  auto r = run();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(q("SELECT count(*) FROM warehouse.fct_orders"), "4");
  // recorded with the test: the next run looks at its own rows only
  db.exec("UPDATE warehouse.fct_orders SET amount = -1 WHERE order_id = 10");
  db.exec("INSERT INTO app.orders VALUES (13, 1, 8.00)");
  r = run();
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

// SPEC §3.2: the date dimension's rows follow from its definition and the day; a run on the same
// day with the same definition sends none, a new day or a changed definition writes them again.
TEST_F(Run, DateDimensionRowsAreWrittenWhenTheDayOrTheDefinitionChanges) {
  const std::string dates =
      "kind: date_dimension\nstart: 2025-01-01\nend: 2025-01-31\nholidays:\n"
      "  - {date: 2025-01-01, name: New Year's Day}\n";
  write_text(dir / "models/dim_date.yaml", dates);
  auto r = run();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("dim_date: 31 inserted"), std::string::npos) << r.err;
  auto date_rows_planned = [&] {
    auto plan = run_starling({"--project", dir.path(), "plan", "--sql", "dim_date"});
    EXPECT_EQ(plan.exit_code, 0) << plan.err;
    return plan.out.find("-- date rows of dim_date") != std::string::npos;
  };
  EXPECT_FALSE(date_rows_planned());
  r = run();
  EXPECT_NE(r.err.find("dim_date: 0 inserted, 0 updated, 0 deleted"), std::string::npos) << r.err;
  EXPECT_EQ(q("SELECT to_char(value, 'YYYY-MM-DD HH24:MI') = to_char(now(), 'YYYY-MM-DD') || "
              "' 00:00' FROM starling.watermarks WHERE model = 'dim_date'"),
            "t");
  // a holiday added: a rebuild writes the rows, and runs after it on that day send none
  write_text(dir / "models/dim_date.yaml",
             dates + "  - {date: 2025-01-20, name: Martin Luther King Jr. Day}\n");
  r = run_starling({"--project", dir.path(), "rebuild", "dim_date"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(date_rows_planned());
  EXPECT_EQ(q("SELECT count(*) FROM warehouse.dim_date WHERE is_holiday"), "2");
  // written for another day: written again (a row deleted by hand comes back with them)
  db.exec("DELETE FROM warehouse.dim_date WHERE date_key = 20250115");
  db.exec(
      "UPDATE starling.watermarks SET value = value - interval '1 day' WHERE model = 'dim_date'");
  r = run();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("dim_date: 1 inserted, 0 updated"), std::string::npos) << r.err;
  EXPECT_EQ(q("SELECT count(*) FROM warehouse.dim_date WHERE date_key <> -1"), "31");
}

TEST_F(Run, NullInTheGrainIsAnError) {
  write_text(dir / "models/fct_orders.yaml",
             std::string(k_orders).replace(std::string(k_orders).find("id AS order_id"), 14,
                                           "NULLIF(id, 10) AS order_id"));
  ASSERT_EQ(run().exit_code, 0);
  db.exec("INSERT INTO app.orders VALUES (10, 1, 5.00), (11, 1, 6.00)");
  run_fails_with("error: fct_orders: 1 row with a NULL in the grain (order_id)");
  EXPECT_EQ(q("SELECT count(*) FROM warehouse.fct_orders"), "0");
}

TEST_F(Run, KeyFactUpsertsByGrain) {
  ASSERT_EQ(run().exit_code, 0);
  db.exec("INSERT INTO app.orders VALUES (10, 1, 5.00), (11, 2, 6.00)");
  ASSERT_EQ(run().exit_code, 0);
  db.exec("UPDATE app.orders SET amount = 7.50, _loaded_at = now() WHERE id = 11");
  auto r = run();
  EXPECT_NE(r.err.find("fct_orders: 0 inserted, 1 updated"), std::string::npos) << r.err;
  EXPECT_EQ(q("SELECT sum(amount) FROM warehouse.fct_orders"), "12.50");
}

TEST_F(Run, KeyFactWithDeletesScanDropsRowsGoneFromTheSource) {
  std::string model = k_orders;
  model.replace(model.find("incremental: {strategy: key}"), 28,
                "incremental: {strategy: key, deletes: scan}");
  write_text(dir / "models/fct_orders.yaml", model);
  db.exec("INSERT INTO app.orders VALUES (10, 1, 5.00), (11, 2, 6.00), (12, 2, 7.00)");
  ASSERT_EQ(run().exit_code, 0);
  db.exec("DELETE FROM app.orders WHERE id = 11");
  auto r = run();
  EXPECT_NE(r.err.find("fct_orders: 0 inserted, 0 updated, 1 deleted"), std::string::npos) << r.err;
  EXPECT_EQ(q("SELECT string_agg(order_id::text, ',' ORDER BY order_id) FROM warehouse.fct_orders"),
            "10,12");
}

TEST_F(Run, PeriodFactPicksUpLateAndDeletedRows) {
  write_text(dir / "models/fct_daily.yaml", k_daily);
  db.exec("INSERT INTO app.customers VALUES (1, 'ada', 'gold', NULL)");
  // loaded two days and one day ago: the watermark is a day ago, its overlap an hour before that
  db.exec(
      "INSERT INTO app.events VALUES (1, 1, '2025-01-03 10:00+00', now() - interval '2 days'), "
      "(2, 1, '2025-01-03 11:00+00', now() - interval '2 days'), "
      "(3, 9, '2025-01-04 09:00+00', now() - interval '1 day')");
  auto r = run();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(
      q("SELECT string_agg(day || '=' || events || '/' || customer_sk, ',' ORDER BY day) FROM "
        "warehouse.fct_daily"),
      "2025-01-03=2/1,2025-01-04=1/-1");  // customer 9 is unknown: on_missing: unknown
  int periods =
      std::stoi(q("SELECT count(*) FROM starling.built_periods WHERE model = 'fct_daily'"));
  EXPECT_GT(periods, 300);  // backfilled from 2025-01-01 to today
  // an event for an old day arrives late; another is deleted at the source
  db.exec("INSERT INTO app.events VALUES (4, 1, '2025-01-04 12:00+00')");
  db.exec("DELETE FROM app.events WHERE id = 2");
  r = run();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // the late row's day is rebuilt, and so is the deleted row's (outside the lookback, with no
  // late row): its row versions say where it was
  EXPECT_EQ(q("SELECT string_agg(day || '=' || events, ',' ORDER BY day, customer_sk) FROM "
              "warehouse.fct_daily"),
            "2025-01-03=1,2025-01-04=1,2025-01-04=1");
  EXPECT_LT(std::stoi(q("SELECT periods_built FROM starling.model_runs WHERE model = 'fct_daily' "
                        "ORDER BY run_id DESC LIMIT 1")),
            5);  // the lookback, today and the late day: not the whole history again
}

TEST_F(Run, PeriodFactTableMadeWithoutItsTimeIndexGetsItOnTheNextRun) {
  ASSERT_NO_FATAL_FAILURE(build_one_daily_event());
  CommandResult r;
  const std::string has_index =
      "SELECT count(*) FROM pg_indexes WHERE schemaname = 'warehouse' AND indexname = "
      "'fct_daily_by_day'";
  ASSERT_EQ(q(has_index), "1");
  // a table an earlier starling made: no index on the time column
  db.exec("DROP INDEX warehouse.fct_daily_by_day");
  auto plan = run_starling({"--project", dir.path(), "plan", "--sql", "fct_daily"});
  ASSERT_EQ(plan.exit_code, 0) << plan.err;
  EXPECT_NE(plan.out.find("table exists; lacks the index on its time column: run creates it"),
            std::string::npos)
      << plan.out;
  EXPECT_NE(plan.out.find("CREATE INDEX \"fct_daily_by_day\" ON \"warehouse\".\"fct_daily\""),
            std::string::npos)
      << plan.out;
  EXPECT_EQ(q(has_index), "0");  // plan writes nothing
  r = run({"-v"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("fct_daily: creating the index on day"), std::string::npos) << r.err;
  EXPECT_EQ(q(has_index), "1");
  EXPECT_EQ(q("SELECT message FROM starling.model_runs WHERE model = 'fct_daily' ORDER BY run_id "
              "DESC LIMIT 1"),
            "created the index on day its table lacked");
  // with the index there, a run neither creates it nor says so
  plan = run_starling({"--project", dir.path(), "plan", "--sql", "fct_daily"});
  ASSERT_EQ(plan.exit_code, 0) << plan.err;
  EXPECT_EQ(plan.out.find("CREATE INDEX"), std::string::npos) << plan.out;
  EXPECT_EQ(plan.out.find("lacks the index"), std::string::npos) << plan.out;
}

TEST_F(Run, AKilledRunIsRecordedAsFailedByTheNextRun) {
  ASSERT_NO_FATAL_FAILURE(build_one_daily_event());
  CommandResult r;
  db.exec("INSERT INTO app.events VALUES (2, 1, '2025-01-04 10:00+00')");
  LoadedProject lp(dir.path(), "test", db.dsn());
  RunOptions o;
  o.models = lp.graph.order;
  auto run_cut_at = [&](long long at) {
    return lp.with_connection_cut_at(db.dsn(), at, [&](Runner& r) { r.run(o); });
  };
  long long statements = run_cut_at(1LL << 40);
  run_cut_at(statements / 2);  // killed among its models: nothing records how it ended
  const std::string killed = q("SELECT max(run_id) FROM starling.runs");
  EXPECT_EQ(q("SELECT status || ',' || (finished_at IS NULL) FROM starling.runs WHERE run_id = " +
              killed),
            "running,true");
  // a freshness check does not take the run lock: one in progress is not the run's to close
  db.exec(
      "INSERT INTO starling.runs (command, target, starling_version) VALUES ('freshness', "
      "'test', '0')");
  r = run();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("1 earlier run was still marked running, killed before recording its end: "
                       "now recorded as failed"),
            std::string::npos)
      << r.err;
  const std::string next = q("SELECT max(run_id) FROM starling.runs WHERE command = 'run'");
  EXPECT_EQ(q("SELECT status || ': ' || error FROM starling.runs WHERE run_id = " + killed),
            "failed: interrupted: it ended without recording how (found by run " + next + ")");
  // it ended when it last recorded a model, or at its start
  EXPECT_EQ(q("SELECT finished_at >= started_at AND finished_at <= (SELECT started_at FROM "
              "starling.runs WHERE run_id = " +
              next + ") FROM starling.runs WHERE run_id = " + killed),
            "t");
  EXPECT_EQ(q("SELECT string_agg(status, ',') FROM starling.runs WHERE command = 'freshness'"),
            "running");
  EXPECT_EQ(q("SELECT count(*) FROM starling.runs WHERE status = 'running'"), "1");
}

TEST_F(Run, DensifyGivesEveryMemberEveryPeriodFromItsStart) {
  std::string model = k_daily;
  model.replace(model.find("on_missing: unknown"), 19, "on_missing: infer");
  model += "densify: {dimension: dim_customers, from: born}\n";
  write_text(dir / "models/fct_daily.yaml", model);
  db.exec(
      "INSERT INTO app.customers VALUES (1, 'ada', 'gold', '2025-01-02'), (2, 'bob', 'gold', "
      "NULL)");
  db.exec("INSERT INTO app.events VALUES (1, 1, '2025-01-03 10:00+00')");
  ASSERT_EQ(run().exit_code, 0);
  long long days_since_jan2 = std::stoll(q("SELECT current_date - date '2025-01-02' + 1"));
  EXPECT_EQ(q("SELECT count(*) FROM warehouse.fct_daily f JOIN warehouse.dim_customers d ON "
              "d.customer_sk = f.customer_sk WHERE d.customer_id = 1"),
            std::to_string(days_since_jan2));
  EXPECT_EQ(q("SELECT sum(events) FROM warehouse.fct_daily"), "1");  // zeros elsewhere
  // bob has no start: no rows; a new member gets every period since its start on the next run
  db.exec("INSERT INTO app.customers VALUES (3, 'cy', 'gold', '2025-01-01')");
  // once the dimension has the member, a plan reads which members the dimension wrote since the
  // last densify pass, as the run will, and shows the densify they lead to: all three customers
  // were loaded within the watermark overlap (1h)
  ASSERT_EQ(run_starling({"--project", dir.path(), "run", "dim_customers"}).exit_code, 0);
  auto plan = run_starling({"--project", dir.path(), "plan", "fct_daily", "--sql"});
  ASSERT_EQ(plan.exit_code, 0) << plan.err;
  EXPECT_NE(plan.out.find("\"customer_id\" IN ('1', '2', '3') OFFSET 0) AS d CROSS JOIN"),
            std::string::npos)
      << plan.out;
  ASSERT_EQ(run().exit_code, 0);
  EXPECT_EQ(q("SELECT string_agg(d.customer_id || ':' || n, ',' ORDER BY d.customer_id) FROM "
              "(SELECT customer_sk, count(*) AS n FROM warehouse.fct_daily GROUP BY 1) f JOIN "
              "warehouse.dim_customers d ON d.customer_sk = f.customer_sk"),
            "1:" + std::to_string(days_since_jan2) + ",3:" + std::to_string(days_since_jan2 + 1));
}

// A build that gives a fact periods it had no rows for gathers the table's statistics, so that
// the planner does not take the newest period for empty; one that rebuilds known periods does not.
TEST_F(Run, ABuildGivingNewPeriodsAnalyzesTheTable) {
  write_text(dir / "models/fct_daily.yaml", k_daily);
  db.exec("INSERT INTO app.customers VALUES (1, 'ada', 'gold', '2025-01-02')");
  db.exec("INSERT INTO app.events VALUES (1, 1, '2025-01-03 10:00+00')");
  auto analyzed = [&] {
    return q(
        "SELECT analyze_count FROM pg_stat_user_tables WHERE relid = "
        "'warehouse.fct_daily'::regclass");
  };
  ASSERT_EQ(run().exit_code, 0);
  EXPECT_EQ(analyzed(), "1");
  db.exec("INSERT INTO app.events VALUES (2, 1, now())");
  ASSERT_EQ(run().exit_code, 0);  // today and yesterday again: built already
  EXPECT_EQ(analyzed(), "1");
  // a period never built: one forgotten, as if the run that built it had not happened
  db.exec(
      "DELETE FROM starling.built_periods WHERE model = 'fct_daily' AND period_start = "
      "'2025-03-01'");
  ASSERT_EQ(run().exit_code, 0);
  EXPECT_EQ(analyzed(), "2");
}

// The once-per-run densify pass looks at the members the dimension wrote since the last pass (its
// SQL read from the watermarks the pass recorded), not at every member, and gives each of them
// every missing row, gaps between its first row and now included.
TEST_F(Run, DensifyLooksAtTheMembersTheDimensionWroteSinceTheLastPass) {
  std::string model = k_daily;
  model += "densify: {dimension: dim_customers, from: born}\n";
  write_text(dir / "models/fct_daily.yaml", model);
  // ada and bob loaded two hours before dan (no start, no rows): outside the watermark overlap of
  // a later run, which reads the dimension from its watermark (dan's load) less one hour
  db.exec(
      "INSERT INTO app.customers VALUES (1, 'ada', 'gold', '2025-01-02', now() - interval '2 "
      "hours'), (2, 'bob', 'gold', '2025-01-05', now() - interval '2 hours'), (4, 'dan', 'gold', "
      "NULL, now())");
  db.exec("INSERT INTO app.events VALUES (1, 1, '2025-01-03 10:00+00')");
  ASSERT_EQ(run().exit_code, 0);
  EXPECT_EQ(q("SELECT value FROM starling.watermarks WHERE model = 'fct_daily' AND source = "
              "'(densify) app.customers'"),
            q("SELECT value FROM starling.watermarks WHERE model = 'dim_customers' AND source = "
              "'app.customers'"));
  // rows lost by hand in the middle of both customers' history (their first rows stay)
  const std::string gap = "day BETWEEN '2025-02-01' AND '2025-02-10'";
  db.exec("DELETE FROM warehouse.fct_daily WHERE " + gap);
  // a new event (the model is not settled), a new customer: only the new customer is looked at
  db.exec("INSERT INTO app.events VALUES (2, 2, now())");
  db.exec("INSERT INTO app.customers VALUES (3, 'cy', 'gold', '2025-01-01')");
  ASSERT_EQ(run().exit_code, 0);
  auto rows_of = [&](const std::string& id) {
    return q(
        "SELECT count(*) FROM warehouse.fct_daily f JOIN warehouse.dim_customers d ON "
        "d.customer_sk = f.customer_sk WHERE d.customer_id = " +
        id);
  };
  const long long since_jan1 = std::stoll(q("SELECT current_date - date '2025-01-01' + 1"));
  EXPECT_EQ(rows_of("3"), std::to_string(since_jan1));
  EXPECT_EQ(q("SELECT count(*) FROM warehouse.fct_daily WHERE " + gap), "10");  // cy's only
  // ada's row changes: she is looked at again, and her gap is filled, though her first row is there
  db.exec("UPDATE app.customers SET tier = 'silver', _loaded_at = now() WHERE id = 1");
  ASSERT_EQ(run().exit_code, 0);
  EXPECT_EQ(rows_of("1"), std::to_string(since_jan1 - 1));
  EXPECT_EQ(q("SELECT count(*) FROM warehouse.fct_daily WHERE " + gap), "20");
  // bob was not written since: his gap stays until `verify` names it, or he changes
  EXPECT_EQ(rows_of("2"), std::to_string(since_jan1 - 4 - 10));
}

// lookback: none with late_data and refresh_on grains: a run recomputes the changed customers'
// rows only, never a whole day, and still equals a rebuild.
TEST_F(Run, PeriodFactRecomputesOnlyChangedGrains) {
  std::string model = refreshed_daily();
  model += "densify: {dimension: dim_customers, from: born}\n";
  write_text(dir / "models/fct_daily.yaml", model);
  // three customers, loaded days ago; the watermark overlap is an hour
  add_gold_customers(3, "'2025-01-02'");
  // the last event loaded is the watermark: the overlap reads it again on the next run
  db.exec(
      "INSERT INTO app.events VALUES (1, 1, '2025-01-03 10:00+00', now() - interval '3 days'), "
      "(2, 2, '2025-01-03 11:00+00', now() - interval '3 days'), "
      "(3, 3, '2025-01-05 11:00+00', now() - interval '3 days'), "
      "(6, 1, '2025-01-10 11:00+00', now() - interval '2 days')");
  db.exec("INSERT INTO app.orders VALUES (1, 1, 10, now() - interval '2 days')");
  auto r = run();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto day = [&](int customer, const std::string& d) {
    return q(
        "SELECT events || '/' || orders_so_far FROM warehouse.fct_daily f JOIN "
        "warehouse.dim_customers c USING (customer_sk) WHERE c.customer_id = " +
        std::to_string(customer) + " AND f.day = '" + d + "'");
  };
  EXPECT_EQ(day(2, "2025-01-03"), "1/0");
  EXPECT_EQ(day(3, "2025-01-05"), "1/0");
  long long rows = std::stoll(q("SELECT count(*) FROM warehouse.fct_daily"));
  // a late event of customer 2 for an old day, an order of customer 3, an event of a customer
  // not replicated yet (inferred)
  db.exec(
      "INSERT INTO app.events VALUES (4, 2, '2025-01-03 12:00+00'), (5, 7, '2025-01-03 "
      "13:00+00')");
  db.exec("INSERT INTO app.orders VALUES (2, 3, 5)");
  r = run();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(day(2, "2025-01-03"), "2/0");
  EXPECT_EQ(day(3, "2025-01-05"), "1/1");
  EXPECT_EQ(day(1, "2025-01-03"), "1/1");
  EXPECT_EQ(q("SELECT rows_deleted || '/' || rows_inserted || '/' || rows_updated || '/' || "
              "periods_built FROM starling.model_runs WHERE model = 'fct_daily' ORDER BY run_id "
              "DESC LIMIT 1"),
            "0/1/2/0")
      << r.err;  // customer 2's day updated, customer 7's day in, customer 3's refreshed; customer
                 // 1's 2025-01-10, read again through the overlap, is unchanged and not written
  EXPECT_EQ(std::stoll(q("SELECT count(*) FROM warehouse.fct_daily")), rows + 1);
  auto v = run_starling({"--project", dir.path(), "verify"});
  EXPECT_EQ(v.exit_code, 0) << v.out << v.err;
  // nothing new: nothing written
  r = run();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(q("SELECT rows_deleted + rows_inserted + rows_updated + periods_built FROM "
              "starling.model_runs WHERE model = 'fct_daily' ORDER BY run_id DESC LIMIT 1"),
            "0");
}

// After a `refresh_on` recompute, the model's tests look at the refreshed grains' rows: a failure
// there rolls the refresh back and fails the model; a bad row elsewhere is not the run's doing.
TEST_F(Run, TestsAfterARefreshLookAtTheRefreshedGrains) {
  std::string model = refreshed_daily();
  model += "tests:\n  - expression: \"orders_so_far < 2 AND events < 5\"\n";
  write_text(dir / "models/fct_daily.yaml", model);
  add_gold_customers(2, "NULL");
  db.exec(
      "INSERT INTO app.events VALUES (1, 1, '2025-01-03 10:00+00', now() - interval '3 days'), "
      "(2, 2, '2025-01-03 11:00+00', now() - interval '3 days')");
  auto r = run();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // a bad row of customer 2 that no run wrote; then an order of customer 1: its rows are
  // refreshed and tested, and customer 2's are not
  db.exec(
      "UPDATE warehouse.fct_daily SET events = 9 WHERE customer_sk = (SELECT customer_sk FROM "
      "warehouse.dim_customers WHERE customer_id = 2)");
  db.exec("INSERT INTO app.orders VALUES (1, 1, 10)");
  r = run();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto orders_of_1 = [&] {
    return q(
        "SELECT orders_so_far FROM warehouse.fct_daily f JOIN warehouse.dim_customers c USING "
        "(customer_sk) WHERE c.customer_id = 1");
  };
  EXPECT_EQ(orders_of_1(), "1");
  // a second order makes customer 1's refreshed row fail the test: the refresh is rolled back
  db.exec("INSERT INTO app.orders VALUES (2, 1, 10)");
  run_fails_with("failed: 1 row");
  EXPECT_EQ(orders_of_1(), "1");
  EXPECT_EQ(q("SELECT status FROM starling.model_runs WHERE model = 'fct_daily' ORDER BY run_id "
              "DESC LIMIT 1"),
            "failed");
}

// A late row stamped in a period after the current one (a wrong clock) or before the model's
// start is no grain to recompute: a build has no such period, and the current one's turn comes
// when it is due. The model still equals a rebuild.
TEST_F(Run, ChangedGrainsOutsideTheModelsPeriodsAreLeftAlone) {
  std::string model = by_grain_daily();
  write_text(dir / "models/fct_daily.yaml", model);
  db.exec("INSERT INTO app.customers VALUES (1, 'ada', 'gold', NULL, now() - interval '2 days')");
  db.exec("INSERT INTO app.events VALUES (1, 1, '2025-01-03 10:00+00', now() - interval '3 days')");
  ASSERT_EQ(run().exit_code, 0);
  db.exec(
      "INSERT INTO app.events VALUES (2, 1, now() + interval '3 days'), (3, 1, '2024-12-30 "
      "10:00+00'), (4, 1, '2025-01-03 11:00+00')");
  auto r = run();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(q("SELECT string_agg(day || '=' || events, ',' ORDER BY day) FROM warehouse.fct_daily"),
            "2025-01-03=2");
  auto v = run_starling({"--project", dir.path(), "verify"});
  EXPECT_EQ(v.exit_code, 0) << v.out << v.err;
}

// A test failing on the rows a grain recompute wrote rolls that window back and fails the model.
TEST_F(Run, FailingTestOfChangedGrainsRollsBack) {
  std::string model = by_grain_daily();
  model += "tests:\n  - expression: \"events < 3\"\n";
  write_text(dir / "models/fct_daily.yaml", model);
  db.exec("INSERT INTO app.customers VALUES (1, 'ada', 'gold', NULL, now() - interval '2 days')");
  db.exec(
      "INSERT INTO app.events VALUES (1, 1, '2025-01-03 10:00+00', now() - interval '3 days'), "
      "(2, 1, '2025-01-04 10:00+00', now() - interval '2 days')");
  ASSERT_EQ(run().exit_code, 0);
  db.exec(
      "INSERT INTO app.events VALUES (3, 1, '2025-01-03 11:00+00'), (4, 1, '2025-01-03 "
      "12:00+00')");
  run_fails_with("test expression events < 3 failed: 1 row");
  EXPECT_EQ(q("SELECT string_agg(day || '=' || events, ',' ORDER BY day) FROM warehouse.fct_daily"),
            "2025-01-03=1,2025-01-04=1");
  EXPECT_EQ(q("SELECT status FROM starling.model_runs WHERE model = 'fct_daily' ORDER BY run_id "
              "DESC LIMIT 1"),
            "failed");
}

TEST_F(Run, SecondRunExits3OrWaits) {
  ASSERT_EQ(run().exit_code, 0);
  auto holder = connect_postgres(db.dsn(), "holder", std::nullopt);
  holder->execute(
      {"SELECT pg_advisory_lock($1::bigint)", {std::to_string(run_lock_key("starling"))}, "lock"});
  auto r = run();
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("another starling command holds the run lock"), std::string::npos) << r.err;
  holder.reset();
  EXPECT_EQ(run({"--wait"}).exit_code, 0);
}

}  // namespace
}  // namespace starling::testing
