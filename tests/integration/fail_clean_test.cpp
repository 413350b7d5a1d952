// Fail clean (issue 17): a failed model reports only what committed, and a model change commits
// its DDL, rows, definition and ledger together or not at all.
#include <gtest/gtest.h>

#include "db/executor.hpp"
#include "support/fixtures.hpp"
#include "support/helpers.hpp"
#include "support/project.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace starling::testing {
namespace {

const std::string k_sources = app_source({"customers", "events"});

const char* k_migration = R"Y(
CREATE SCHEMA app;
CREATE TABLE app.customers (id bigint PRIMARY KEY, name text, tier text,
                            _loaded_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE app.events (id bigint PRIMARY KEY, customer_id bigint, at timestamptz,
                         _loaded_at timestamptz NOT NULL DEFAULT now());
)Y";

const std::string k_dim = std::string(k_customers_from_dim) + R"Y(  tier: {type: text}
tests:
  - expression: "tier <> 'bad'"
)Y";

// Events per customer and day from START, a day per transaction; a day with 5 events or more
// fails its test.
const char* k_daily_text = R"Y(kind: fact
sql: |
  SELECT customer_id, (at AT TIME ZONE 'UTC')::date AS day, count(*) AS events,
         count(*) AS events_again
  FROM {{ source('app','events') }}
  WHERE at >= {{ start }} AND at < {{ end }}
  GROUP BY 1, 2
grain: [customer_id, day]
columns:
  customer_id: {type: bigint}
  day: {type: date}
measures:
  events: {type: integer, default: 0}
incremental:
  strategy: period
  time: day
  period: day
  lookback: 1
  start: START
  batch: 1
tests:
  - expression: "events < 5"
)Y";

class FailClean : public ::testing::Test {
 protected:
  void SetUp() override {
    start = q("SELECT (current_date - 4)::text");
    k_daily = k_daily_text;
    k_daily.replace(k_daily.find("START"), 5, start);
    write_text(dir / "config.yaml", config_for(db.dsn(), k_sources));
    write_text(dir / "migrations/0001_app.sql", k_migration);
    write_text(dir / "models/dim_customers.yaml", k_dim);
    auto m = run_starling({"--project", dir.path(), "migrate"});
    ASSERT_EQ(m.exit_code, 0) << m.err;
  }
  CommandResult run() { return run_starling({"--project", dir.path(), "run"}); }
  std::string q(const std::string& sql) { return db.scalar(sql); }
  // the last run's ledger row of `model`: status inserted updated deleted periods | error
  std::string ledger(const std::string& model) {
    return q(
        "SELECT status || ' ' || rows_inserted || ' ' || rows_updated || ' ' || "
        "rows_deleted || ' ' || periods_built || ' | ' || coalesce(error, '') FROM "
        "starling.model_runs WHERE model = '" +
        model + "' ORDER BY run_id DESC LIMIT 1");
  }
  // the columns of a warehouse table with their types, in order
  std::string columns_of(const std::string& table) {
    return q(
        "SELECT string_agg(column_name || ' ' || data_type, ', ' ORDER BY ordinal_position) "
        "FROM information_schema.columns WHERE table_schema = 'warehouse' AND table_name = '" +
        table + "'");
  }
  // the day `i` days after the fact's start
  std::string day(int i) {
    return q("SELECT ('" + start + "'::date + " + std::to_string(i) + ")::text");
  }
  // events of customer 1 at noon UTC: `per_day[i]` on the start's day i
  void add_events(const std::vector<int>& per_day) {
    int id = 1;
    for (size_t d = 0; d < per_day.size(); ++d)
      for (int i = 0; i < per_day[d]; ++i)
        db.exec("INSERT INTO app.events VALUES (" + std::to_string(id++) + ", 1, '" + day(int(d)) +
                " 12:00+00')");
  }
  FreshDatabase db;
  TempDir dir;
  std::string start;  // the period fact's first day: four days ago
  std::string k_daily;
};

// The connection lost while the catalog check before a first build runs the model's statements
// (Output.ALostConnectionNamesTheModelAndStatement met it now and then, when the kill came
// during the check): the error names the model, as it does during the build.
TEST_F(FailClean, ALostConnectionDuringTheCatalogCheckNamesTheModel) {
  class CutAtTheCheck : public ExecutorWrapper {
   public:
    using ExecutorWrapper::ExecutorWrapper;
    ResultSet execute(const Statement& s) override {
      if (starts_with(s.label, "checking "))
        throw Error(ErrorCategory::unreachable, "the connection was cut during " + s.label);
      return ExecutorWrapper::execute(s);
    }
  };
  LoadedProject lp(dir.path(), "test", db.dsn());
  auto real = connect_postgres(db.dsn(), "test", std::nullopt);
  CutAtTheCheck e(*real);
  Runner r = lp.runner(e);
  RunOptions o;
  o.models = lp.graph.order;
  try {
    r.run(o);
    FAIL() << "the run went on without its connection";
  } catch (const Error& err) {
    EXPECT_EQ(err.category(), ErrorCategory::unreachable);
    EXPECT_EQ(err.model(), "dim_customers") << err.describe();
  }
}

// Bug 2: a failed dimension's upsert was counted in model_runs and in the summary line.
TEST_F(FailClean, RolledBackRowsAreNotReportedAsWritten) {
  db.exec("INSERT INTO app.customers VALUES (1, 'ada', 'gold'), (2, 'bob', 'bad'), (3, 'cy', 'x')");
  auto r = run();
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(ledger("dim_customers").substr(0, 60),
            "failed 0 0 0 0 | test expression tier <> 'bad' failed: 1 row");
  EXPECT_NE(ledger("dim_customers")
                .find("customer_id='2', name='bob', tier='bad', is_inferred='f') (rolled back: 3 "
                      "inserted, 0 updated, 0 deleted)"),
            std::string::npos)
      << ledger("dim_customers");
  EXPECT_NE(r.err.find("0 rows inserted, 0 updated, 0 deleted"), std::string::npos) << r.err;
  EXPECT_EQ(q("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'warehouse'"),
            "0");
}

// Bug 2: a backfill that fails in its third batch reports the two batches that committed.
TEST_F(FailClean, FailedBackfillReportsTheBatchesThatCommitted) {
  write_text(dir / "models/fct_daily.yaml", k_daily);
  add_events({1, 2, 6});
  auto r = run();
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(q("SELECT count(*) FROM warehouse.fct_daily"), "2");
  EXPECT_EQ(ledger("fct_daily").substr(0, 15), "failed 2 0 0 2 ");
  EXPECT_NE(ledger("fct_daily").find("(rolled back: 1 inserted, 0 updated, 0 deleted)"),
            std::string::npos)
      << ledger("fct_daily");
}

// Bug 3: an additive change whose backfill failed left its ADD COLUMN committed, and once the
// column left the YAML nothing noticed the orphan.
TEST_F(FailClean, FailedAdditiveChangeLeavesNoColumn) {
  db.exec("INSERT INTO app.customers VALUES (1, 'ada', 'gold'), (2, 'bob', 'gold')");
  ASSERT_EQ(run().exit_code, 0);
  const std::string before = columns_of("dim_customers");
  std::string with_risky = k_dim;
  with_risky.replace(with_risky.find("tests:"), 6,
                     "  risky: {type: integer, expr: \"10 / (id - 2)\"}\ntests:");
  write_text(dir / "models/dim_customers.yaml", with_risky);
  auto r = run();
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("division by zero [SQLSTATE 22012] (applying additive: new column risky; "
                       "nothing of it was kept)"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(columns_of("dim_customers"), before);
  EXPECT_EQ(q("SELECT count(*) FROM starling.models WHERE model = 'dim_customers' AND "
              "definition LIKE '%risky%'"),
            "0");
  // the column gone from the YAML again: nothing to notice, nothing orphaned
  write_text(dir / "models/dim_customers.yaml", k_dim);
  r = run();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("changed"), std::string::npos) << r.err;
  EXPECT_EQ(columns_of("dim_customers"), before);
}

// Bug 3: an additive change of a period fact commits its column with the definition, so that the
// backfill resumes, and removing the column again is seen as the change it is.
TEST_F(FailClean, AdditiveChangeOfAPeriodFactCommitsWithItsDefinition) {
  write_text(dir / "models/fct_daily.yaml", k_daily);
  add_events({1, 2});
  ASSERT_EQ(run().exit_code, 0);
  std::string with_more = k_daily;
  with_more.replace(with_more.find("incremental:"), 12,
                    "  events_again: {type: integer, default: 0}\nincremental:");
  write_text(dir / "models/fct_daily.yaml", with_more);
  db.exec("INSERT INTO app.events SELECT 100 + i, 1, '" + day(1) +
          " 13:00+00' FROM generate_series(1, 4) i");
  auto r = run();
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(columns_of("fct_daily").find("events_again integer"), std::string::npos);
  // the definition that came with the column: removing it is a change, not an orphan
  write_text(dir / "models/fct_daily.yaml", k_daily);
  r = run();
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("measure events_again removed"), std::string::npos) << r.err;
  // back with it, the data fixed: the backfill resumes and fills every period
  write_text(dir / "models/fct_daily.yaml", with_more);
  db.exec("DELETE FROM app.events WHERE id > 100");
  r = run();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(q("SELECT string_agg(day || ':' || events || ':' || events_again, ',' ORDER BY day) "
              "FROM warehouse.fct_daily WHERE events > 0"),
            day(0) + ":1:1," + day(1) + ":2:2");
}

// Bug 3: a failed first build left its table with the old column types, and later edits of the
// never-built model went unnoticed. Such a table is recreated.
TEST_F(FailClean, UnfinishedFirstBuildIsRecreatedAfterAChange) {
  write_text(dir / "models/fct_daily.yaml", k_daily);
  add_events({1, 6});
  auto r = run();
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(columns_of("fct_daily").find("events integer"), std::string::npos);
  EXPECT_EQ(q("SELECT count(*) FROM starling.models WHERE model = 'fct_daily' AND built_at IS "
              "NULL"),
            "1");
  std::string wider = k_daily;
  wider.replace(wider.find("events: {type: integer"), 22, "events: {type: bigint");
  write_text(dir / "models/fct_daily.yaml", wider);
  db.exec("DELETE FROM app.events WHERE id > 3");
  r = run();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("fct_daily: recreated (its first build never finished"), std::string::npos)
      << r.err;
  EXPECT_NE(columns_of("fct_daily").find("events bigint"), std::string::npos)
      << columns_of("fct_daily");
  EXPECT_EQ(q("SELECT string_agg(day || ':' || events, ',' ORDER BY day) FROM warehouse.fct_daily "
              "WHERE events > 0"),
            day(0) + ":1," + day(1) + ":2");
  EXPECT_EQ(q("SELECT count(*) FROM starling.models WHERE model = 'fct_daily' AND built_at IS "
              "NULL"),
            "0");
}

// A failing test shows (and records) some of its rows by name: the key and the tested columns.
TEST_F(FailClean, FailingTestShowsItsRows) {
  std::string dim = k_dim;
  dim += "  - accepted_values: {column: tier, values: [gold]}\n  - unique: name\n";
  write_text(dir / "models/dim_customers.yaml", dim);
  db.exec("INSERT INTO app.customers VALUES (1, 'ada', 'gold'), (3, 'bob', 'x'), (2, 'cy', 'y')");
  auto r = run();
  EXPECT_EQ(r.exit_code, 1);
  const std::string shown =
      "test accepted_values tier failed: 2 rows (customer_id='2', tier='y' | customer_id='3', "
      "tier='x')";
  EXPECT_NE(r.err.find("error: dim_customers: " + shown), std::string::npos) << r.err;
  EXPECT_EQ(ledger("dim_customers").substr(0, 17 + shown.size()), "failed 0 0 0 0 | " + shown);
  db.exec("UPDATE app.customers SET tier = 'gold', name = 'ada'");
  r = run();
  EXPECT_NE(r.err.find("test unique name failed: 1 row (name='ada', rows='3')"), std::string::npos)
      << r.err;
}

// verify names the columns of the rows that differ, and which of them differ.
TEST_F(FailClean, VerifyShowsDifferingRowsByColumn) {
  db.exec("INSERT INTO app.customers VALUES (1, 'ada', 'gold'), (2, 'bob', 'gold')");
  ASSERT_EQ(run().exit_code, 0);
  db.exec("UPDATE warehouse.dim_customers SET name = 'zed' WHERE customer_id = 1");
  auto r = run_starling({"--project", dir.path(), "verify"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("error: dim_customers: 2 rows differ from a rebuild\n"
                       "error:   customer_id='1': differs in name (live 'zed', rebuild 'ada')\n"),
            std::string::npos)
      << r.err;
  db.exec("DELETE FROM warehouse.dim_customers WHERE customer_id = 1");
  r = run_starling({"--project", dir.path(), "verify"});
  EXPECT_NE(r.err.find("error: dim_customers: 1 row differs from a rebuild\n"
                       "error:   only in the rebuild: customer_id='1', name='ada', tier='gold', "
                       "is_inferred='f'\n"),
            std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace starling::testing

namespace starling::testing {
namespace {

// Hourly events per customer in Europe/Berlin, cut by a timestamptz hour.
const char* k_hourly = R"Y(kind: fact
sql: |
  SELECT customer_id, date_trunc('hour', at) AS hour, count(*) AS events
  FROM {{ source('app','events') }}
  WHERE at >= {{ start }} AND at < {{ end }}
  GROUP BY 1, 2
grain: [customer_id, hour]
columns:
  customer_id: {type: bigint}
  hour: {type: timestamptz}
measures:
  events: {type: integer, default: 0}
incremental:
  strategy: period
  time: hour
  period: hour
  lookback: 2
  start: 2025-10-25
  batch: 2000
  late_data:
    - {source: app.events, time: at}
)Y";

// Bug 4: in a zone whose clocks go back, the two hours that share a local time are two rows, and
// late rows in either reach their own row.
TEST(DaylightSaving, HourlyFactAcrossTheFallBackNightIsExact) {
  FreshDatabase db;
  TempDir dir;
  std::string config = config_for(db.dsn(), k_sources);
  config.replace(config.find("timezone: UTC"), 13, "timezone: Europe/Berlin");
  write_text(dir / "config.yaml", config);
  write_text(dir / "migrations/0001_app.sql", k_migration);
  write_text(dir / "models/fct_hourly.yaml", k_hourly);
  auto r = run_starling({"--project", dir.path(), "migrate"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // every 20 minutes from 22:00 UTC on the 25th to 04:00 UTC on the 26th (02:00-03:00 local twice)
  db.exec(
      "INSERT INTO app.events SELECT i, 1 + i % 2, timestamptz '2025-10-25 22:00+00' + "
      "i * interval '20 minutes', now() - interval '1 day' FROM generate_series(0, 17) i");
  // what the table must hold: the events per customer and Berlin hour, by hand
  auto expected = [&] {
    return db.scalar(
        "SELECT string_agg(customer_id || '@' || extract(epoch FROM h)::bigint || '=' || n, ',' "
        "ORDER BY customer_id, h) FROM (SELECT customer_id, date_trunc('hour', at, "
        "'Europe/Berlin') AS h, count(*) AS n FROM app.events GROUP BY 1, 2) x");
  };
  auto actual = [&] {
    return db.scalar(
        "SELECT string_agg(customer_id || '@' || extract(epoch FROM hour)::bigint || '=' || "
        "events, ',' ORDER BY customer_id, hour) FROM warehouse.fct_hourly WHERE events > 0");
  };
  r = run_starling({"--project", dir.path(), "run"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(actual(), expected());
  // late events in the first 02:30 (CEST, 00:30 UTC) and in the second (CET, 01:30 UTC)
  db.exec(
      "INSERT INTO app.events VALUES (100, 1, '2025-10-26 00:30+00'), "
      "(101, 1, '2025-10-26 01:30+00'), (102, 2, '2025-10-26 01:40+00')");
  r = run_starling({"--project", dir.path(), "run"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(actual(), expected());
  r = run_starling({"--project", dir.path(), "verify"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

}  // namespace
}  // namespace starling::testing
