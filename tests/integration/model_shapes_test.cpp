// The model-shape matrix (issue 17, bug 1): every way a model can be written, generated as
// combinations of a customer dimension (a `from:` dimension with a renamed key, an `sql:` one, an
// expression key), a composite-key dimension (`from:` and `sql:`), and a fact of orders (key
// facts from `sql:` and from `from:` with `deletes: scan`, period facts from both and one
// recomputed by a renamed grain column (`lookback: none`), a full fact),
// with keep / overwrite / `refresh: always` columns and measures, inferred members, renamed grain
// and time columns, measures with defaults and degenerate columns. Each combination runs end to
// end on PostgreSQL and in the Redshift test mode: it builds, runs again after inserts, updates,
// a delete and a late row, and then equals both a from-scratch rebuild (`starling verify`) and
// what hand-written SQL over the sources says each table holds.
#include <gtest/gtest.h>

#include <algorithm>

#include "support/fixtures.hpp"
#include "support/helpers.hpp"
#include "support/version_proxy.hpp"

namespace starling::testing {
namespace {

const std::string k_sources = app_source({"customers", "accounts", "orders"});

const char* k_source_tables = R"Y(
CREATE SCHEMA app;
CREATE TABLE app.customers (id bigint PRIMARY KEY, name varchar(40), tier varchar(10),
                            signup_date date, _loaded_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE app.accounts (region varchar(10), account_no integer, owner varchar(40),
                           balance numeric(10,2), _loaded_at timestamptz NOT NULL DEFAULT now(),
                           PRIMARY KEY (region, account_no));
CREATE TABLE app.orders (id bigint PRIMARY KEY, customer_id bigint, status varchar(10),
                         amount numeric(10,2), ordered_at timestamp,
                         _loaded_at timestamptz NOT NULL DEFAULT now());
)Y";

// The first load; `D` is the day of the first build (today), rows lie in the days before it.
const char* k_first_load = R"Y(
INSERT INTO app.customers VALUES (1, 'ada', 'gold', DATE 'D' - 30), (2, 'bob', 'silver',
  DATE 'D' - 20), (3, 'cy', 'gold', DATE 'D' - 10);
INSERT INTO app.accounts VALUES ('eu', 1, 'ada', 10), ('eu', 2, 'bob', 20), ('us', 1, 'cy', 30);
INSERT INTO app.orders VALUES
  (10, 1, 'paid', 5.00, DATE 'D' - 5 + time '10:00'),
  (11, 2, 'paid', 7.50, DATE 'D' - 5 + time '11:00'),
  (12, 1, 'open', 1.25, DATE 'D' - 3 + time '09:00'),
  (13, 99, 'paid', 2.00, DATE 'D' - 2 + time '08:00'),
  (14, 3, NULL, 4.00, DATE 'D' - 1 + time '07:00'),
  (15, 2, 'paid', NULL, DATE 'D' - 1 + time '06:00');
)Y";

// The second load: updates (bumping _loaded_at), new rows, the inferred member's own row, a late
// row in a period built long ago, and (where the fact can see it) a deleted row.
const char* k_second_load = R"Y(
UPDATE app.customers SET tier = 'gold', name = 'bobby', _loaded_at = now() WHERE id = 2;
INSERT INTO app.customers VALUES (4, 'dee', 'silver', DATE 'D' - 1), (99, 'zed', 'gold',
  DATE 'D' - 2);
UPDATE app.accounts SET balance = 25, _loaded_at = now() WHERE region = 'eu' AND account_no = 2;
INSERT INTO app.accounts VALUES ('us', 2, 'eve', 40);
UPDATE app.orders SET amount = 6.00, _loaded_at = now() WHERE id = 10;
UPDATE app.orders SET status = 'paid', _loaded_at = now() WHERE id = 14;
INSERT INTO app.orders VALUES
  (16, 4, 'open', 3.00, DATE 'D' - 1 + time '12:00'),
  (17, 1, 'paid', 9.00, DATE 'D' - 4 + time '01:00');
)Y";

const char* k_delete = "DELETE FROM app.orders WHERE id = 11;";

// A customer dimension: its model and the SQL of what its table holds.
struct Dimension {
  const char* name;
  const char* model;
  // the natural key of an order's customer_id, as SQL over `x` (the expression with `x` in it)
  const char* key_of;
  const char* key_column;  // its column in the table
  // the table's rows (natural key, attributes, is_inferred) over the sources, members from
  // app.customers only (the inferred placeholders are added when a fact infers them)
  const char* rows;
  const char* attributes;  // the stored attribute columns, in the order `rows` gives them
};

const Dimension k_dimensions[] = {
    {"FromRenamedKey",
     R"Y(kind: dimension
from: app.customers
key: customer_id
surrogate_key: customer_sk
columns:
  customer_id: {type: bigint, expr: id}
  name: {type: "varchar(40)"}
  tier_label: {type: "varchar(20)", expr: "upper(tier)", refresh: always}
  signup_date: {type: date, on_change: keep}
tests:
  - not_null: name
)Y",
     "x", "customer_id", "SELECT id, name, upper(tier), signup_date, false FROM app.customers",
     "name, tier_label, signup_date"},
    {"SqlWithRefreshAlways",
     R"Y(kind: dimension
sql: |
  SELECT c.id AS customer_id, c.name, c.tier, c.signup_date,
         (SELECT count(*) FROM {{ source('app','orders') }} o WHERE o.customer_id = c.id) AS n
  FROM {{ source('app','customers') }} c
  WHERE c._loaded_at >= {{ since }}
key: customer_id
surrogate_key: customer_sk
columns:
  customer_id: {type: bigint}
  name: {type: "varchar(40)"}
  tier: {type: "varchar(10)"}
  signup_date: {type: date, on_change: keep}
  order_count: {type: bigint, expr: n, refresh: always}
)Y",
     "x", "customer_id",
     "SELECT c.id, c.name, c.tier, c.signup_date, (SELECT count(*) FROM app.orders o WHERE "
     "o.customer_id = c.id), false FROM app.customers c",
     "name, tier, signup_date, order_count"},
    {"ExpressionKey",
     R"Y(kind: dimension
sql: |
  SELECT id, name, tier, signup_date FROM {{ source('app','customers') }}
  WHERE _loaded_at >= {{ since }}
key: customer_key
surrogate_key: customer_sk
columns:
  customer_key: {type: "varchar(20)", expr: "'C' || CAST(id AS varchar(19))"}
  name: {type: "varchar(40)"}
  tier_rank: {type: integer, expr: "CASE tier WHEN 'gold' THEN 1 ELSE 2 END", refresh: always}
  signup_date: {type: date, on_change: keep}
)Y",
     "'C' || CAST(x AS varchar(19))", "customer_key",
     "SELECT 'C' || CAST(id AS varchar(19)), name, CASE tier WHEN 'gold' THEN 1 ELSE 2 END, "
     "signup_date, false FROM app.customers",
     "name, tier_rank, signup_date"},
};

// The composite-key dimension, `from:` with a renamed key column or `sql:` with a keep column.
const char* k_accounts_from = R"Y(kind: dimension
from: app.accounts
key: [region, account]
columns:
  region: {type: "varchar(10)"}
  account: {type: integer, expr: account_no}
  owner: {type: "varchar(40)"}
  balance: {type: "numeric(10,2)", refresh: always}
)Y";
const char* k_accounts_sql = R"Y(kind: dimension
sql: |
  SELECT region, account_no AS account, owner, balance FROM {{ source('app','accounts') }}
  WHERE _loaded_at >= {{ since }}
key: [region, account]
columns:
  region: {type: "varchar(10)"}
  account: {type: integer}
  owner: {type: "varchar(40)", on_change: keep}
  balance: {type: "numeric(10,2)"}
)Y";

// A fact of orders referencing dim_customer.
struct Fact {
  const char* name;
  // the model; KEY(x) stands for the dimension's natural key of x, START for the first day
  const char* model;
  bool from_source;  // `from:` reads the source's columns: only for a dimension keyed by id
  bool infers;       // on_missing: infer (else unknown)
  bool sees_deletes;
  // the table's rows over the sources with NK the customer's natural key (from the dimension)
  const char* rows;
  const char* columns;  // the stored columns besides the reference, in the order of `rows`
};

const Fact k_facts[] = {
    {"KeySqlRenamedGrain",
     R"Y(kind: fact
sql: |
  SELECT o.id, KEY(o.customer_id) AS customer_id, o.status, o.amount,
         (SELECT count(*) FROM {{ source('app','orders') }} x WHERE x.customer_id = o.customer_id)
           AS customer_orders
  FROM {{ source('app','orders') }} o
  WHERE o._loaded_at >= {{ since }}
grain: [order_no]
references:
  customer_sk: {dimension: dim_customer, key: customer_id, on_missing: infer}
columns:
  order_no: {type: bigint, expr: id}
  status: {type: "varchar(10)"}
measures:
  amount: {type: "numeric(10,2)", default: 0}
  customer_orders: {type: bigint, default: 0, refresh: always}
incremental: {strategy: key}
tests:
  - not_null: order_no
)Y",
     false, true, false,
     "SELECT NK, o.id, o.status, coalesce(o.amount, 0), (SELECT count(*) FROM app.orders x WHERE "
     "x.customer_id = o.customer_id) FROM app.orders o",
     "order_no, status, amount, customer_orders"},
    {"KeyFromDeletesScan",
     R"Y(kind: fact
from: app.orders
grain: [order_id]
references:
  customer_sk: {dimension: dim_customer, key: customer_id, on_missing: infer}
columns:
  order_id: {type: bigint, expr: id}
  status: {type: "varchar(10)"}
  ordered_at: {type: timestamp}
measures:
  amount: {type: "numeric(10,2)", default: 0}
incremental: {strategy: key, deletes: scan}
)Y",
     true, true, true,
     "SELECT NK, o.id, o.status, o.ordered_at, coalesce(o.amount, 0) FROM app.orders o",
     "order_id, status, ordered_at, amount"},
    {"PeriodSqlRenamedTime",
     R"Y(kind: fact
sql: |
  SELECT KEY(customer_id) AS customer_id, date_trunc('day', ordered_at) AS d,
         sum(amount) AS amount, count(*) AS orders
  FROM {{ source('app','orders') }}
  WHERE ordered_at >= {{ start }} AND ordered_at < {{ end }}
  GROUP BY 1, 2
grain: [customer_id, day]
references:
  customer_sk: {dimension: dim_customer, key: customer_id, on_missing: infer}
columns:
  day: {type: date, expr: "CAST(d AS date)"}
measures:
  amount: {type: "numeric(10,2)", default: 0}
  orders: {type: integer, default: 0}
incremental:
  strategy: period
  time: day
  period: day
  lookback: 1
  start: START
  batch: 3
  late_data:
    - {source: app.orders, time: ordered_at}
)Y",
     false, true, true,
     "SELECT NK, CAST(o.ordered_at AS date), coalesce(sum(o.amount), 0), count(*) FROM "
     "app.orders o WHERE o.ordered_at >= DATE 'START' GROUP BY 1, 2",
     "day, amount, orders"},
    {"PeriodFrom",
     R"Y(kind: fact
from: app.orders
grain: [order_id]
references:
  customer_sk: {dimension: dim_customer, key: customer_id, on_missing: infer}
columns:
  order_id: {type: bigint, expr: id}
  ordered_on: {type: date, expr: "CAST(ordered_at AS date)"}
measures:
  amount: {type: "numeric(10,2)", default: 0}
incremental:
  strategy: period
  time: ordered_on
  period: day
  lookback: 1
  start: START
  late_data:
    - {source: app.orders, time: ordered_at}
)Y",
     true, true, true,
     "SELECT NK, o.id, CAST(o.ordered_at AS date), coalesce(o.amount, 0) FROM app.orders o WHERE "
     "o.ordered_at >= DATE 'START'",
     "order_id, ordered_on, amount"},
    {"PeriodByRenamedGrain",
     R"Y(kind: fact
sql: |
  SELECT KEY(customer_id) AS customer_id, id, date_trunc('day', ordered_at) AS d, amount
  FROM {{ source('app','orders') }}
  WHERE ordered_at >= {{ start }} AND ordered_at < {{ end }}
grain: [order_no, day]
references:
  customer_sk: {dimension: dim_customer, key: customer_id, on_missing: infer}
columns:
  order_no: {type: bigint, expr: id}
  day: {type: date, expr: "CAST(d AS date)"}
measures:
  amount: {type: "numeric(10,2)", default: 0}
incremental:
  strategy: period
  time: day
  period: day
  lookback: none
  start: START
  late_data:
    - {source: app.orders, time: ordered_at, grain: {order_no: id}}
)Y",
     // with lookback: none only soft deletes reach it (docs/models.md)
     false, true, false,
     "SELECT NK, o.id, CAST(o.ordered_at AS date), coalesce(o.amount, 0) FROM app.orders o WHERE "
     "o.ordered_at >= DATE 'START'",
     "order_no, day, amount"},
    {"FullUnknownMembers",
     R"Y(kind: fact
sql: |
  SELECT KEY(customer_id) AS customer_id, count(*) AS orders, sum(amount) AS amount
  FROM {{ source('app','orders') }}
  GROUP BY 1
grain: [customer_id]
references:
  customer_sk: {dimension: dim_customer, key: customer_id, on_missing: unknown}
measures:
  orders: {type: bigint}
  amount: {type: "numeric(10,2)", default: 0}
incremental: {strategy: full}
)Y",
     false, false, true,
     "SELECT CASE WHEN EXISTS (SELECT 1 FROM app.customers c WHERE c.id = o.customer_id) THEN NK "
     "END, count(*), coalesce(sum(o.amount), 0) FROM app.orders o GROUP BY o.customer_id",
     "orders, amount"},
};

std::string replaced(std::string text, const std::string& what, const std::string& with) {
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + with.size()))
    text.replace(at, what.size(), with);
  return text;
}

// KEY(expr) in a fact's SQL: the dimension's natural key of expr
std::string with_keys(std::string sql, const Dimension& d) {
  for (auto at = sql.find("KEY("); at != std::string::npos; at = sql.find("KEY(", at)) {
    auto close = sql.find(')', at);
    std::string arg = sql.substr(at + 4, close - at - 4);
    std::string key = replaced(d.key_of, "x", arg);
    sql.replace(at, close + 1 - at, key);
    at += key.size();
  }
  return sql;
}

struct Shape {
  const Dimension* dim;
  const Fact* fact;
  bool accounts_from;
  bool redshift;
};

std::string shape_name(const ::testing::TestParamInfo<Shape>& i) {
  return std::string(i.param.dim->name) + "_" + i.param.fact->name + "_Accounts" +
         (i.param.accounts_from ? "From" : "Sql") + (i.param.redshift ? "_Redshift" : "_Postgres");
}

std::vector<Shape> all_shapes() {
  std::vector<Shape> out;
  int n = 0;
  for (bool redshift : {false, true})
    for (const auto& d : k_dimensions)
      for (const auto& f : k_facts) {
        // a `from:` fact's customer_id is the source's: only a dimension keyed by it matches
        if (f.from_source && std::string(d.key_of) != "x") continue;
        out.push_back({&d, &f, n++ % 2 == 0, redshift});
      }
  return out;
}

class ModelShapes : public ::testing::TestWithParam<Shape> {
 protected:
  void SetUp() override {
    const Shape& s = GetParam();
    today = db.scalar("SELECT CAST(current_date AS text)");
    start = db.scalar("SELECT CAST(current_date - 10 AS text)");
    write_text(dir / "config.yaml", target.config(k_sources));
    write_text(dir / "models/dim_customer.yaml", s.dim->model);
    write_text(dir / "models/dim_account.yaml", s.accounts_from ? k_accounts_from : k_accounts_sql);
    write_text(dir / "models/fct_orders.yaml",
               replaced(with_keys(s.fact->model, *s.dim), "START", start));
    db.exec(k_source_tables);
  }
  CommandResult cmd(std::vector<std::string> args) { return target.starling(dir.path(), args); }
  void load(const char* sql) { db.exec(replaced(sql, "'D'", "'" + today + "'")); }

  // Rows in `actual` and not in `expected` or the other way round (with multiplicity), as text.
  std::string differences(const std::string& actual, const std::string& expected) {
    const std::string a = "SELECT * FROM (" + actual + ") AS a",
                      e = "SELECT * FROM (" + expected + ") AS e";
    return db.scalar(
        "SELECT coalesce(string_agg(side || ' ' || r, '; ' ORDER BY side, r), '') "
        "FROM (SELECT 'only in the table' AS side, CAST(x AS text) AS r FROM (" +
        a + " EXCEPT ALL " + e +
        ") AS x UNION ALL SELECT 'only in the sources', CAST(y AS text) FROM (" + e +
        " EXCEPT ALL " + a + ") AS y) AS d");
  }
  // Every table against hand-written SQL over the sources.
  void expect_tables_hold_what_the_sources_say(const std::string& when) {
    const Shape& s = GetParam();
    const std::string nk = replaced(s.dim->key_of, "x", "o.customer_id");
    // the dimension: its members, and placeholders for customers only the fact names
    std::string dim = s.dim->rows;
    if (s.fact->infers) {
      // placeholders: the attributes NULL, typed as the members' (a join that matches nothing)
      const std::string attributes = s.dim->attributes;
      std::string names = "k", nulls;
      for (long i = 0; i <= std::count(attributes.begin(), attributes.end(), ','); ++i) {
        names += ", a" + std::to_string(i);
        nulls += "t.a" + std::to_string(i) + ", ";
      }
      dim += " UNION ALL SELECT " + nk + ", " + nulls +
             "true FROM (SELECT DISTINCT customer_id FROM app.orders x WHERE NOT EXISTS (SELECT 1 "
             "FROM app.customers c WHERE c.id = x.customer_id)) AS o LEFT JOIN (" +
             s.dim->rows + ") AS t (" + names + ", i) ON false";
    }
    EXPECT_EQ(differences("SELECT " + std::string(s.dim->key_column) + ", " + s.dim->attributes +
                              ", is_inferred FROM warehouse.dim_customer WHERE customer_sk <> -1",
                          dim),
              "")
        << "dim_customer " << when;
    EXPECT_EQ(differences("SELECT region, account, owner, balance FROM warehouse.dim_account "
                          "WHERE account_sk <> -1",
                          "SELECT region, account_no, owner, balance FROM app.accounts"),
              "")
        << "dim_account " << when;
    EXPECT_EQ(differences("SELECT d." + std::string(s.dim->key_column) + ", " +
                              replaced(std::string("f.") + s.fact->columns, ", ", ", f.") +
                              " FROM warehouse.fct_orders f LEFT JOIN warehouse.dim_customer d "
                              "ON d.customer_sk = f.customer_sk AND d.customer_sk <> -1",
                          replaced(replaced(s.fact->rows, "NK", nk), "START", start)),
              "")
        << "fct_orders " << when;
  }
  FreshDatabase db;
  TempDir dir;
  TestTarget target{db.dsn(), GetParam().redshift};
  std::string today, start;
};

TEST_P(ModelShapes, BuildsRunsAgainAfterChangesAndEqualsARebuild) {
  load(k_first_load);
  auto first = cmd({"run"});
  ASSERT_EQ(first.exit_code, 0) << first.out << first.err;
  expect_tables_hold_what_the_sources_say("after the first build");

  // nothing changed: nothing written, everything still right
  auto quiet = cmd({"run"});
  ASSERT_EQ(quiet.exit_code, 0) << quiet.out << quiet.err;
  expect_tables_hold_what_the_sources_say("after a run with nothing new");

  load(k_second_load);
  if (GetParam().fact->sees_deletes) load(k_delete);
  auto second = cmd({"run"});
  ASSERT_EQ(second.exit_code, 0) << second.out << second.err;
  expect_tables_hold_what_the_sources_say("after the second load");
  auto verify = cmd({"verify"});
  EXPECT_EQ(verify.exit_code, 0) << verify.out << verify.err;
}

void PrintTo(const Shape& s, std::ostream* os) {
  *os << s.dim->name << " × " << s.fact->name << (s.redshift ? " on Redshift" : " on PostgreSQL");
}

INSTANTIATE_TEST_SUITE_P(Matrix, ModelShapes, ::testing::ValuesIn(all_shapes()), shape_name);

// A small project on one dialect (true: the Redshift test mode) whose models tests write.
class SmallProject : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    write_text(dir / "config.yaml", target.config(app_source({"customers", "people", "sales"})));
    db.exec(R"Y(
CREATE SCHEMA app;
CREATE TABLE app.customers (id bigint PRIMARY KEY, name varchar(40), country_code varchar(2),
                            _loaded_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE app.people (code varchar(10), name varchar(40),
                         _loaded_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE app.sales (order_ref integer, line integer, amount numeric(10,2),
                        _loaded_at timestamptz NOT NULL DEFAULT now());
)Y");
  }
  CommandResult cmd(std::vector<std::string> args) { return target.starling(dir.path(), args); }
  FreshDatabase db;
  TempDir dir;
  TestTarget target{db.dsn(), GetParam()};
};

std::string dialect_name(const ::testing::TestParamInfo<bool>& i) {
  return i.param ? "Redshift" : "Postgres";
}

// Bug 1: the getting-started dimension (a `from:` dimension whose key is renamed) with a
// `refresh: always` column failed every run: `column "customer_id" does not exist`.
TEST_P(SmallProject, Bug1GettingStartedDimensionWithARenamedKeyAndRefreshAlwaysRuns) {
  write_text(dir / "models/dim_customers.yaml", R"Y(kind: dimension
from: app.customers
key: customer_id
columns:
  customer_id: {type: bigint, expr: id}
  name:        {type: "varchar(40)"}
  country:     {type: "varchar(10)", expr: "coalesce(country_code, 'unknown')", refresh: always}
)Y");
  db.exec("INSERT INTO app.customers VALUES (1, 'ada', 'se'), (2, 'bob', NULL)");
  auto first = cmd({"run"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  db.exec("UPDATE app.customers SET country_code = 'no', _loaded_at = now() WHERE id = 2");
  auto second = cmd({"run"});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(db.scalar("SELECT string_agg(customer_id || ':' || name || ':' || country, ',' ORDER "
                      "BY customer_id) FROM warehouse.dim_customers WHERE customers_sk <> -1"),
            "1:ada:se,2:bob:no");
  EXPECT_EQ(cmd({"verify"}).exit_code, 0);
}

// A duplicate natural key that arrived in a later load than the row it duplicates was merged:
// `run` exited 0 and the member took the newer row's values (within one load it failed). Now the
// member a new row touches is read again from all of the model's rows, where it stands twice.
TEST_P(SmallProject, ADuplicateNaturalKeyInALaterLoadFailsTheDimension) {
  write_text(dir / "models/dim_people.yaml", R"Y(kind: dimension
sql: |
  SELECT code, name FROM {{ source('app','people') }} WHERE _loaded_at >= {{ since }}
key: person_code
columns:
  person_code: {type: "varchar(10)", expr: "upper(code)"}
  name: {type: "varchar(40)"}
)Y");
  // loaded long enough ago that the next run's read (from the watermark less the hour of
  // overlap) does not see 'a' and 'c' again
  db.exec(
      "INSERT INTO app.people VALUES ('a', 'ann', now() - interval '5 hours'), ('b', 'ben', "
      "now() - interval '2 hours'), ('c', 'cy', now() - interval '5 hours')");
  ASSERT_EQ(cmd({"run"}).exit_code, 0);
  db.exec("INSERT INTO app.people VALUES ('A', 'another ann'), ('d', 'dee')");
  auto r = cmd({"run"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const std::string message =
      "natural key person_code=A appears more than once in the model's rows";
  EXPECT_NE(r.err.find("dim_people: " + message), std::string::npos) << r.err;
  EXPECT_EQ(db.scalar("SELECT error FROM starling.model_runs WHERE model = 'dim_people' AND "
                      "status = 'failed'"),
            message);
  // nothing of the load was written
  EXPECT_EQ(db.scalar("SELECT string_agg(person_code || ':' || name, ',' ORDER BY person_code) "
                      "FROM warehouse.dim_people WHERE people_sk <> -1"),
            "A:ann,B:ben,C:cy");
  // several keys are named, in order
  db.exec("INSERT INTO app.people VALUES ('c', 'cyd')");
  r = cmd({"run"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("dim_people: natural key person_code=A, person_code=C appear more than "
                       "once in the model's rows"),
            std::string::npos)
      << r.err;
}

TEST_P(SmallProject, ADuplicateGrainInALaterLoadFailsTheKeyFact) {
  write_text(dir / "models/fct_sales.yaml", R"Y(kind: fact
sql: |
  SELECT order_ref, line, amount FROM {{ source('app','sales') }} WHERE _loaded_at >= {{ since }}
grain: [order_no, line]
columns:
  order_no: {type: integer, expr: order_ref}
  line: {type: integer}
measures:
  amount: {type: "numeric(10,2)", default: 0}
incremental: {strategy: key}
)Y");
  db.exec(
      "INSERT INTO app.sales VALUES (7, 1, 5.00, now() - interval '5 hours'), (7, 2, 6.00, "
      "now() - interval '5 hours'), (8, 1, 1.00, now() - interval '2 hours')");
  ASSERT_EQ(cmd({"run"}).exit_code, 0);
  db.exec("INSERT INTO app.sales VALUES (7, 2, 60.00), (9, 1, 2.00)");
  auto r = cmd({"run"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  // the grain a new row touches is computed again from all of the model's rows: it is there twice
  EXPECT_NE(r.err.find("fct_sales: grain (order_no=7, line=2) appears more than once in the "
                       "model's rows"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(db.scalar("SELECT string_agg(order_no || '.' || line || '=' || amount, ',' ORDER BY "
                      "order_no, line) FROM warehouse.fct_sales"),
            "7.1=5.00,7.2=6.00,8.1=1.00");
  // the same row updated in place is no duplicate
  db.exec(
      "DELETE FROM app.sales WHERE amount = 60.00; UPDATE app.sales SET amount = 6.50, "
      "_loaded_at = now() WHERE order_ref = 7 AND line = 2");
  r = cmd({"run"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(db.scalar("SELECT amount FROM warehouse.fct_sales WHERE order_no = 7 AND line = 2"),
            "6.50");
}

INSTANTIATE_TEST_SUITE_P(Dialects, SmallProject, ::testing::Values(false, true), dialect_name);

}  // namespace
}  // namespace starling::testing
