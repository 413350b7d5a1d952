// Recordings (issue 18): the whole sequence of statements starling sends, on both dialects, over a
// project with every kind of model (a date dimension, a `from:` and an `sql:` dimension, key
// facts with `refresh_on` and with `deletes: scan`, a full fact, period facts with late data by
// grain and by period, densify and a batch), through a first build, a run with updates, new
// members, late rows and an additive change, a run with nothing new, a run after missed days, a
// restate, a verify and a rebuild. Checked in as golden data (tests/golden/recordings/*.sql): a
// reshaping of the run must send byte for byte what it sent before. A change that means to alter
// the statements regenerates them (STARLING_UPDATE_GOLDEN=1) and the diff is reviewed with it.
#include <gtest/gtest.h>

#include <chrono>
#include <regex>

#include "db/connect.hpp"
#include "db/executor.hpp"
#include "plan/periods.hpp"
#include "sql/redshift/lint.hpp"
#include "sql/redshift/redshift_dialect.hpp"
#include "support/fixtures.hpp"
#include "support/helpers.hpp"
#include "support/project.hpp"
#include "util/strings.hpp"

namespace starling::testing {
namespace {

const char* k_source_tables = R"Y(
CREATE SCHEMA app;
CREATE TABLE app.customers (id bigint PRIMARY KEY, name varchar(40), tier varchar(10),
                            born date, _loaded_at timestamptz NOT NULL);
CREATE TABLE app.products (sku varchar(10) PRIMARY KEY, title varchar(40), price numeric(10,2),
                           _loaded_at timestamptz NOT NULL);
CREATE TABLE app.orders (id bigint PRIMARY KEY, customer_id bigint, sku varchar(10),
                         amount numeric(10,2), ordered_at timestamptz,
                         _loaded_at timestamptz NOT NULL);
)Y";

// The first load, a day before the first build.
const char* k_load_1 = R"Y(
INSERT INTO app.customers VALUES
  (1, 'ada', 'gold', '2026-02-25', '2026-03-10 08:00+00'),
  (2, 'bob', 'silver', '2026-03-01', '2026-03-10 08:00+00'),
  (3, 'cy', 'gold', '2026-03-05', '2026-03-10 08:00+00');
INSERT INTO app.products VALUES
  ('p1', 'tea', 3.50, '2026-03-10 08:00+00'), ('p2', 'cake', 4.25, '2026-03-10 08:00+00');
INSERT INTO app.orders VALUES
  (10, 1, 'p1', 5.00, '2026-03-02 10:00+00', '2026-03-10 08:00+00'),
  (11, 2, 'p2', 7.50, '2026-03-04 11:00+00', '2026-03-10 08:00+00'),
  (12, 1, 'p2', 1.25, '2026-03-07 09:00+00', '2026-03-10 08:00+00'),
  (13, 99, 'p1', 2.00, '2026-03-08 08:00+00', '2026-03-10 08:00+00'),
  (14, 3, 'p9', 4.00, '2026-03-09 07:00+00', '2026-03-10 08:00+00');
)Y";

// Updates, new members (customer 4, the inferred 99, product p3), late rows in settled periods.
const char* k_load_2 = R"Y(
UPDATE app.customers SET tier = 'gold', name = 'bobby', _loaded_at = '2026-03-11 09:00+00'
  WHERE id = 2;
INSERT INTO app.customers VALUES (4, 'dee', 'silver', '2026-03-06', '2026-03-11 09:00+00'),
  (99, 'zed', 'gold', '2026-03-01', '2026-03-11 09:00+00');
INSERT INTO app.products VALUES ('p3', 'pie', 6.00, '2026-03-11 09:00+00');
UPDATE app.products SET price = 3.75, _loaded_at = '2026-03-11 09:00+00' WHERE sku = 'p1';
UPDATE app.orders SET amount = 6.00, _loaded_at = '2026-03-11 09:00+00' WHERE id = 10;
INSERT INTO app.orders VALUES
  (15, 4, 'p3', 3.00, '2026-03-11 08:00+00', '2026-03-11 09:00+00'),
  (16, 2, 'p1', 9.00, '2026-03-03 01:00+00', '2026-03-11 09:00+00');
)Y";

// Days later: an update, a row in the missed days. (No hard delete: facts without `deletes: scan`
// do not see one yet, issue 19.)
const char* k_load_4 = R"Y(
UPDATE app.orders SET amount = 8.00, _loaded_at = '2026-03-14 09:00+00' WHERE id = 11;
INSERT INTO app.orders VALUES
  (17, 3, 'p2', 2.50, '2026-03-12 15:00+00', '2026-03-14 09:00+00');
)Y";

const std::map<std::string, std::string> k_models = {
    {"dim_date.yaml", R"Y(kind: date_dimension
start: 2026-02-01
end: 2026-04-30
)Y"},
    {"dim_customers.yaml", R"Y(kind: dimension
from: app.customers
key: customer_id
surrogate_key: customer_sk
columns:
  customer_id: {type: bigint, expr: id}
  name: {type: "varchar(40)"}
  tier_label: {type: "varchar(20)", expr: "upper(tier)", refresh: always}
  born: {type: date, on_change: keep}
tests:
  - not_null: name
)Y"},
    {"dim_products.yaml", R"Y(kind: dimension
sql: |
  SELECT sku, title, price FROM {{ source('app','products') }}
  WHERE _loaded_at >= {{ since }}
key: sku
surrogate_key: product_sk
columns:
  sku: {type: "varchar(10)"}
  title: {type: "varchar(40)", on_change: keep}
  price: {type: "numeric(10,2)"}
)Y"},
    {"fct_orders.yaml", R"Y(kind: fact
sql: |
  SELECT o.id, o.customer_id, o.sku, o.amount,
         (SELECT count(*) FROM {{ source('app','orders') }} x WHERE x.customer_id = o.customer_id)
           AS customer_orders
  FROM {{ source('app','orders') }} o
  WHERE o._loaded_at >= {{ since }}
grain: [order_id]
references:
  customer_sk: {dimension: dim_customers, key: customer_id, on_missing: infer}
  product_sk: {dimension: dim_products, key: sku, on_missing: infer}
columns:
  order_id: {type: bigint, expr: id}
measures:
  amount: {type: "numeric(10,2)", default: 0}
  customer_orders: {type: bigint, default: 0, refresh: always}
incremental: {strategy: key}
tests:
  - not_null: order_id
)Y"},
    {"fct_order_scan.yaml", R"Y(kind: fact
from: app.orders
grain: [order_id]
references:
  customer_sk: {dimension: dim_customers, key: customer_id, on_missing: infer}
columns:
  order_id: {type: bigint, expr: id}
  ordered_at: {type: timestamptz}
measures:
  amount: {type: "numeric(10,2)", default: 0}
incremental: {strategy: key, deletes: scan}
)Y"},
    {"fct_customer_totals.yaml", R"Y(kind: fact
sql: |
  SELECT customer_id, count(*) AS orders, sum(amount) AS amount
  FROM {{ source('app','orders') }}
  GROUP BY 1
grain: [customer_id]
references:
  customer_sk: {dimension: dim_customers, key: customer_id, on_missing: unknown}
measures:
  orders: {type: bigint}
  amount: {type: "numeric(10,2)", default: 0}
incremental: {strategy: full}
)Y"},
    {"fct_daily_customer.yaml", R"Y(kind: fact
sql: |
  SELECT customer_id, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date)
           AS day, sum(amount) AS amount, count(*) AS orders,
         (SELECT count(*) FROM {{ source('app','orders') }} x WHERE x.customer_id = o.customer_id)
           AS customer_orders
  FROM {{ source('app','orders') }} o
  WHERE ordered_at >= {{ start }} AND ordered_at < {{ end }}
  GROUP BY 1, 2
grain: [customer_id, day]
references:
  customer_sk: {dimension: dim_customers, key: customer_id, on_missing: infer}
  date_key: {dimension: dim_date, key: day}
measures:
  amount: {type: "numeric(10,2)", default: 0}
  orders: {type: integer, default: 0}
  customer_orders: {type: bigint, default: 0, refresh: always,
                    refresh_on: [{source: app.orders, grain: {customer_id: customer_id}}]}
incremental:
  strategy: period
  time: day
  period: day
  lookback: none
  start: 2026-03-01
  batch: 4
  late_data:
    - {source: app.orders, time: ordered_at, grain: {customer_id: customer_id}}
densify: {dimension: dim_customers, from: born}
)Y"},
    {"fct_product_days.yaml", R"Y(kind: fact
sql: |
  SELECT sku, CAST(date_trunc('day', ordered_at AT TIME ZONE 'Europe/Berlin') AS date) AS day,
         sum(amount) AS amount
  FROM {{ source('app','orders') }}
  WHERE ordered_at >= {{ start }} AND ordered_at < {{ end }}
  GROUP BY 1, 2
grain: [sku, day]
references:
  product_sk: {dimension: dim_products, key: sku, on_missing: infer}
columns:
  day: {type: date}
measures:
  amount: {type: "numeric(10,2)", default: 0}
incremental:
  strategy: period
  time: day
  period: day
  lookback: 2
  start: 2026-03-01
  late_data:
    - {source: app.orders, time: ordered_at}
)Y"},
};

// Forwards to the real connection and records every statement as the dialect sends it. On the
// Redshift dialect (its test mode) the dialect's adapter is the checker's too: a statement with
// anything Redshift refuses throws here, before it is recorded; and every rule of the checker
// (sql/redshift/lint.hpp) is a failure, TEXT casts included, but in the PostgreSQL DDL the test
// mode stands in with.
class TeeExecutor : public ExecutorWrapper {
 public:
  TeeExecutor(Executor& inner, const Dialect& d, std::string& out)
      : ExecutorWrapper(inner),
        adapt_(d.statement_adapter()),
        redshift_(dynamic_cast<const RedshiftDialect*>(&d)),
        out_(out) {}
  ResultSet execute(const Statement& s) override {
    record(s);
    return ExecutorWrapper::execute(s);
  }
  void execute_script(const std::string& sql, const std::string& label) override {
    record({sql, {}, label});
    ExecutorWrapper::execute_script(sql, label);
  }
  void begin() override {
    out_ += "BEGIN\n";
    ExecutorWrapper::begin();
  }
  void commit() override {
    out_ += "COMMIT\n";
    ExecutorWrapper::commit();
  }
  void rollback() override {
    out_ += "ROLLBACK\n";
    ExecutorWrapper::rollback();
  }

 private:
  void record(Statement s) {
    if (adapt_) adapt_(s);
    if (redshift_ && !redshift_->stands_in(s.sql))
      for (const auto& f : redshift_lint(s.sql))
        ADD_FAILURE() << describe(f) << " in \"" << s.label << "\":\n" << s.sql;
    // what a clock or the process gives, not the build: a duration, the lock holder's name
    if (starts_with(s.label, "record model run ") && s.params.size() > 3) s.params[3] = "<ms>";
    // Redshift's run lock: the holder's token and process
    const bool lease =
        s.label == "take run lock" || s.label == "renew run lock" || s.label == "give up run lock";
    if (lease && !s.params.empty()) s.params[0] = "<token>";
    if (lease && s.params.size() > 2) s.params[2] = "<process>";
    static const std::regex holder("starling [0-9]+@[^' ]+");
    out_ += "-- " + s.label + "\n" +
            std::regex_replace(display(s), holder, "starling <pid>@<host>") + "\n";
  }
  std::function<void(Statement&)> adapt_;
  const RedshiftDialect* redshift_;  // the test mode's, whose stand-in DDL is PostgreSQL's
  std::string& out_;
};

std::chrono::system_clock::time_point utc(const std::string& when) {
  return std::chrono::system_clock::time_point{} +
         std::chrono::duration_cast<std::chrono::system_clock::duration>(
             *parse_local(when))  // a local time read as UTC
      ;
}

class Recordings : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    db.exec(k_source_tables);
    db.exec(k_load_1);
    std::string config = config_for(db.dsn(), app_sources("      products: {}\n"));
    config.replace(config.find("timezone: UTC"), 13, "timezone: Europe/Berlin");
    if (GetParam()) config.replace(config.find("dialect: postgres"), 17, "dialect: redshift");
    write_text(dir / "config.yaml", config);
    for (const auto& [file, text] : k_models) write_text(dir / ("models/" + file), text);
  }

  // One command, in-process, recorded under a heading.
  void step(const std::string& heading, const std::string& now,
            const std::function<void(Runner&, RunOptions&)>& work) {
    LoadedProject lp(dir.path(), "test", db.dsn(), GetParam());
    auto real = connect_dialect(db.dsn(), "test", std::nullopt, *lp.dialect,
                                lp.project.config.timezone, nullptr);
    recording += "\n======== " + heading + " (now " + now + " UTC) ========\n";
    TeeExecutor tee(*real, *lp.dialect, recording);
    Runner runner = lp.runner(tee);
    RunOptions o;
    o.models = lp.graph.order;
    o.now = utc(now);
    o.conflict_retries = 0;
    work(runner, o);
  }
  void run(const std::string& heading, const std::string& now) {
    step(heading, now, [&](Runner& r, RunOptions& o) {
      RunResult res = r.run(o);
      EXPECT_EQ(res.failed + res.skipped, 0);
      for (const auto& m : res.models) EXPECT_EQ(m.error, "") << m.model;
    });
  }

  FreshDatabase db;
  TempDir dir;
  std::string recording;
};

TEST_P(Recordings, EveryKindThroughRunsRestateVerifyAndRebuild) {
  run("run 1: first build", "2026-03-10 09:00:00");
  db.exec(k_load_2);
  // an additive change: a new attribute of the dimension and a new column of a period fact
  std::string dim = k_models.at("dim_customers.yaml");
  dim.replace(dim.find("tests:"), 6,
              "  name_length: {type: integer, expr: \"length(name)\"}\ntests:");
  write_text(dir / "models/dim_customers.yaml", dim);
  std::string daily = k_models.at("fct_daily_customer.yaml");
  daily.replace(daily.find("measures:"), 9,
                "columns:\n  big_day: {type: boolean, expr: \"amount > 5\"}\nmeasures:");
  write_text(dir / "models/fct_daily_customer.yaml", daily);
  run("run 2: updates, new members, late rows, an additive change", "2026-03-11 09:30:00");
  run("run 3: nothing new", "2026-03-11 10:30:00");
  db.exec(k_load_4);
  run("run 4: days missed, an update", "2026-03-14 10:00:00");
  step("restate fct_product_days 2026-03-05 .. 2026-03-07", "2026-03-14 11:00:00",
       [](Runner& r, RunOptions& o) {
         o.models = {"fct_product_days"};
         o.restate["fct_product_days"] = {"2026-03-05 00:00:00", "2026-03-08 00:00:00"};
         o.command = "restate";
         o.arguments = "fct_product_days --from 2026-03-05 --to 2026-03-07";
         RunResult res = r.run(o);
         ASSERT_EQ(res.failed, 0);
       });
  step("verify", "2026-03-14 11:10:00", [](Runner& r, RunOptions& o) {
    o.command = "verify";
    VerifyResult v = r.verify(o);
    EXPECT_TRUE(v.ok());
    for (const auto& m : v.models)
      EXPECT_EQ(m.differing, 0) << m.model << ": " << join(m.sample, "\n");
  });
  step("rebuild --all", "2026-03-14 11:20:00", [](Runner& r, RunOptions& o) {
    o.arguments = "--all";
    RunResult res = r.rebuild(o);
    EXPECT_EQ(res.failed, 0);
  });

  std::string golden = std::string(STARLING_TESTS_DIR) + "/golden/recordings/" +
                       (GetParam() ? "redshift" : "postgres") + ".sql";
  if (getenv_lookup("STARLING_UPDATE_GOLDEN").value_or("") == "1") {
    write_text(golden, recording.substr(1));
    GTEST_SKIP() << "wrote " << golden;
  }
  std::string expected = read_text(golden);
  if (expected != recording.substr(1)) {
    write_text(golden + ".actual", recording.substr(1));
    // the first line that differs, to start the diff from
    auto a = split(expected, '\n'), b = split(recording.substr(1), '\n');
    size_t i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
    FAIL() << "the statements differ from " << golden << " at line " << i + 1
           << ":\n  expected: " << (i < a.size() ? a[i] : "(end)")
           << "\n  actual:   " << (i < b.size() ? b[i] : "(end)") << "\n(the whole recording is in "
           << golden << ".actual)";
  }
}

INSTANTIATE_TEST_SUITE_P(Dialects, Recordings, ::testing::Values(false, true),
                         [](const auto& info) { return info.param ? "Redshift" : "Postgres"; });

}  // namespace
}  // namespace starling::testing
