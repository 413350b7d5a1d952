// densify over a versions dimension (issue 20): a periodic snapshot has one row per member and
// period, not per version, at the version the period's start falls in (its as_of is the period);
// a backdated change that splits a version re-points the rows of the split part, a new version
// takes the rows from its start on, and a closed member gets no rows after its close. Checked
// against the versions each day falls in, computed here from the dimension's own intervals.
#include <gtest/gtest.h>

#include "support/fixtures.hpp"
#include "support/helpers.hpp"
#include "support/project.hpp"
#include "support/version_proxy.hpp"

namespace starling::testing {
namespace {

constexpr const char* k_tables = R"Y(
CREATE SCHEMA app;
CREATE TABLE app.customer_changes (id bigint, segment text, changed_at timestamptz,
                                   _loaded_at timestamptz NOT NULL DEFAULT clock_timestamp());
CREATE TABLE app.orders (id bigint PRIMARY KEY, customer_id bigint, ordered_at timestamptz,
                         _loaded_at timestamptz NOT NULL DEFAULT clock_timestamp());
)Y";

constexpr const char* k_dim = R"Y(kind: dimension
from: app.customer_changes
key: customer_id
surrogate_key: customer_sk
history: versions
valid_from: changed_at
columns:
  customer_id: {type: bigint, expr: id}
  segment: {type: text, on_change: version}
  first_seen: {type: date, expr: "(changed_at AT TIME ZONE 'UTC')::date", on_change: keep}
)Y";

// a row per customer and day since the customer was first seen, orders counted (0 when none)
constexpr const char* k_daily = R"Y(kind: fact
sql: |
  SELECT customer_id, (ordered_at AT TIME ZONE 'UTC')::date AS day, count(*) AS orders
  FROM {{ source('app','orders') }}
  WHERE ordered_at >= {{ start }} AND ordered_at < {{ end }}
  GROUP BY 1, 2
grain: [customer_id, day]
references:
  customer_sk: {dimension: dim_customer, key: customer_id, as_of: day, on_missing: infer}
columns:
  day: {type: date}
measures:
  orders: {type: integer, default: 0}
incremental:
  strategy: period
  time: day
  period: day
  lookback: 1
  start: 2026-10-01
densify: {dimension: dim_customer, from: first_seen}
)Y";

class VersionsDensify : public ::testing::Test {
 protected:
  void SetUp() override {
    write_text(dir / "config.yaml", target.config(app_source({"customer_changes", "orders"})));
    write_text(dir / "migrations/0001_app.sql", k_tables);
    write_text(dir / "models/dim_customer.yaml", k_dim);
    write_text(dir / "models/fct_daily.yaml", k_daily);
    auto m = target.starling(dir.path(), {"migrate"});
    ASSERT_EQ(m.exit_code, 0) << m.err;
  }
  void run_ok() const {
    auto r = target.starling(dir.path(), {"run"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  void change(int id, const std::string& segment, const std::string& at) const {
    db.exec("INSERT INTO app.customer_changes (id, segment, changed_at) VALUES (" +
            std::to_string(id) + ", '" + segment + "', '" + at + "+00')");
  }
  // rows of the snapshot that are not what the dimension's intervals say, both ways: a row per
  // real member and day from its first_seen (the snapshot's start at the earliest) to today (UTC)
  // while a version holds the day's start, at that version
  std::string differences() const {
    return db.scalar(R"(
WITH expected AS (
  SELECT v.customer_sk, d.day::date AS day
  FROM (SELECT DISTINCT customer_id, first_seen FROM warehouse.dim_customer
        WHERE customer_sk <> -1 AND NOT is_inferred) m
  CROSS JOIN generate_series(greatest(m.first_seen, date '2026-10-01'),
                             (now() AT TIME ZONE 'UTC')::date, interval '1 day') AS d(day)
  JOIN warehouse.dim_customer v ON v.customer_id = m.customer_id AND NOT v.is_inferred
   AND v.valid_from <= (d.day::date)::timestamp AT TIME ZONE 'UTC'
   AND (d.day::date)::timestamp AT TIME ZONE 'UTC' < v.valid_to),
live AS (SELECT customer_sk, day FROM warehouse.fct_daily),
diff AS ((SELECT 'missing' AS side, * FROM expected EXCEPT ALL SELECT 'missing', * FROM live)
         UNION ALL (SELECT 'extra', * FROM live EXCEPT ALL SELECT 'extra', * FROM expected))
SELECT count(*) || coalesce(': ' || string_agg(side || ' ' || customer_sk || '@' || day, ' ')
                            FILTER (WHERE n <= 4), '')
FROM (SELECT *, row_number() OVER (ORDER BY day, customer_sk) AS n FROM diff) x)");
  }
  FreshDatabase db;
  TempDir dir;
  TestTarget target{db.dsn(), false};
};

TEST_F(VersionsDensify, EveryMemberHasARowPerDayAtTheVersionThatDayFallsIn) {
  change(1, "A", "2026-10-05 12:00:00");
  change(1, "B", "2026-11-01 00:00:00");
  change(2, "A", "2026-11-20 08:00:00");
  db.exec(
      "INSERT INTO app.orders (id, customer_id, ordered_at) VALUES (1, 1, '2026-10-06 "
      "10:00+00'), (2, 1, '2026-11-02 10:00+00'), (3, 2, '2026-11-25 10:00+00')");
  run_ok();
  EXPECT_EQ(differences(), "0");
  // (not two empty sets) customer 1 from 10-06, customer 2 from 11-21: the first day whose start
  // a version holds (their first versions begin during 10-05 and 11-20)
  EXPECT_EQ(db.scalar("SELECT count(*) FROM warehouse.fct_daily"),
            db.scalar("SELECT ((now() AT TIME ZONE 'UTC')::date - date '2026-10-06' + 1) + "
                      "((now() AT TIME ZONE 'UTC')::date - date '2026-11-21' + 1)"));
  // one row per member and day, not per version
  EXPECT_EQ(db.scalar("SELECT count(*) FROM (SELECT d.customer_id, f.day FROM warehouse.fct_daily "
                      "f JOIN warehouse.dim_customer d USING (customer_sk) GROUP BY 1, 2 HAVING "
                      "count(*) > 1) x"),
            "0");
  EXPECT_EQ(db.scalar("SELECT sum(orders) FROM warehouse.fct_daily"), "3");
  // a backdated change splits A: the days from 10-20 point at C, in the same run
  change(1, "C", "2026-10-20 00:00:00");
  run_ok();
  EXPECT_EQ(differences(), "0");
  EXPECT_EQ(db.scalar("SELECT count(*) FROM warehouse.fct_daily f JOIN warehouse.dim_customer d "
                      "USING (customer_sk) WHERE d.segment = 'C'"),
            "12");  // 10-20 … 10-31
  // a change now: the days from its start on point at it (today's row at the version of today's
  // start: the earlier one)
  change(2, "B", "2026-11-28 00:00:00");
  run_ok();
  EXPECT_EQ(differences(), "0");
  // a hard delete closes customer 2's version: no new rows after the close, the earlier stay
  db.exec("DELETE FROM app.customer_changes WHERE id = 2");
  run_ok();
  EXPECT_EQ(differences(), "0");
  auto v = target.starling(dir.path(), {"verify"});
  EXPECT_EQ(v.exit_code, 0) << v.out << v.err;
}

TEST_F(VersionsDensify, ValidateRefusesAnAsOfThatIsNotThePeriod) {
  std::string fact = k_daily;
  fact.replace(fact.find("as_of: day"), 10, "as_of: placed_at");
  fact.replace(fact.find("  day: {type: date}"), 19,
               "  day: {type: date}\n  placed_at: {type: timestamptz}");
  write_text(dir / "models/fct_daily.yaml", fact);
  auto r = target.starling(dir.path(), {"validate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("densify over versions dimension dim_customer needs reference "
                       "'customer_sk' to pick its version by the period: as_of 'placed_at' is not "
                       "'day' (write as_of: day)"),
            std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace starling::testing
