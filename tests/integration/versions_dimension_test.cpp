// history: versions (SCD type 2, SPEC §3.1, issue 20) on PostgreSQL and on the Redshift dialect
// (its test mode on PostgreSQL): each case of the issue a test of its own, on a change log of
// customers (several rows per customer between two runs) and orders that pick the version valid at
// their time (as_of).
#include <gtest/gtest.h>

#include <random>

#include "support/fixtures.hpp"
#include "support/helpers.hpp"
#include "support/project.hpp"
#include "support/version_proxy.hpp"

namespace starling::testing {
namespace {

constexpr const char* k_tables = R"Y(
CREATE SCHEMA app;
CREATE TABLE app.customer_changes (id bigint, segment text, email text, changed_at timestamptz,
                                   _loaded_at timestamptz NOT NULL DEFAULT clock_timestamp());
CREATE TABLE app.orders (id bigint PRIMARY KEY, customer_id bigint, ordered_at timestamptz,
                         amount numeric(10,2),
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
  email: {type: text}
  first_segment: {type: text, expr: segment, on_change: keep}
)Y";

std::string orders_fact(const std::string& on_missing) {
  return R"Y(kind: fact
sql: |
  SELECT id AS order_id, customer_id, ordered_at, amount FROM {{ source('app','orders') }}
  WHERE _loaded_at >= {{ since }}
grain: [order_id]
references:
  customer_sk: {dimension: dim_customer, key: customer_id, as_of: ordered_at, on_missing: )Y" +
         on_missing + R"Y(}
columns:
  order_id: {type: bigint}
  ordered_at: {type: timestamptz}
measures:
  amount: {type: "numeric(10,2)"}
incremental: {strategy: key}
)Y";
}

class Versions : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    write_text(dir / "config.yaml", target.config(app_source({"customer_changes", "orders"})));
    write_text(dir / "migrations/0001_app.sql", k_tables);
    write_text(dir / "models/dim_customer.yaml", k_dim);
    write_text(dir / "models/fct_orders.yaml", orders_fact("infer"));
    auto m = cmd({"migrate"});
    ASSERT_EQ(m.exit_code, 0) << m.err;
  }
  CommandResult cmd(const std::vector<std::string>& args) const {
    return target.starling(dir.path(), args);
  }
  // `starling run`, which must succeed; its log
  std::string run_ok() const {
    auto r = cmd({"run"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.err;
  }
  // a change of customer `id` at `at` (UTC, "MM-DD HH:MM")
  void change(int id, const std::string& segment, const std::string& at,
              const std::string& email = "e") const {
    db.exec("INSERT INTO app.customer_changes (id, segment, email, changed_at) VALUES (" +
            std::to_string(id) + ", " + (segment == "NULL" ? "NULL" : "'" + segment + "'") + ", '" +
            email + "', '2026-" + at + "+00')");
  }
  void order(int id, int customer, const std::string& at) const {
    db.exec("INSERT INTO app.orders (id, customer_id, ordered_at, amount) VALUES (" +
            std::to_string(id) + ", " + std::to_string(customer) + ", '2026-" + at + "+00', 1)");
  }
  // every version of customer `id`: "segment [from, to)" with * for the current one, and
  // "inferred [from, to)" for an inferred one (times UTC as MM-DD HH:MI, "past", "future")
  std::string versions(int id) const {
    return db.scalar(
        "SELECT string_agg(CASE WHEN is_inferred THEN 'inferred' ELSE coalesce(segment, 'NULL') "
        "END || ' [' || " +
        time("valid_from") + " || ', ' || " + time("valid_to") +
        " || ')' || CASE WHEN is_current THEN '*' ELSE '' END, ' ' ORDER BY valid_from) FROM "
        "warehouse.dim_customer WHERE customer_id = " +
        std::to_string(id));
  }
  static std::string time(const std::string& col) {
    return "CASE WHEN " + col + " = '9999-12-31 00:00:00+00' THEN 'future' WHEN " + col +
           " = '0001-01-01 00:00:00+00' THEN 'past' ELSE to_char(" + col +
           " AT TIME ZONE 'UTC', 'MM-DD HH24:MI') END";
  }
  // each order: "id:the version it points at" (segment@valid_from, inferred@…, or unknown)
  std::string orders() const {
    return db.scalar(
        "SELECT string_agg(f.order_id || ':' || CASE WHEN d.customer_sk = -1 THEN 'unknown' WHEN "
        "d.is_inferred THEN 'inferred' ELSE coalesce(d.segment, 'NULL') END || '@' || " +
        time("d.valid_from") +
        ", ' ' ORDER BY f.order_id) FROM warehouse.fct_orders f JOIN warehouse.dim_customer d "
        "USING (customer_sk)");
  }
  // the counts a run logs for the dimension: "I inserted, U updated"
  static std::string counts(const std::string& log) {
    auto at = log.find("dim_customer: ");
    if (at == std::string::npos) return "";
    auto end = log.find(", 0 deleted", at);
    return log.substr(at + 14, end == std::string::npos ? std::string::npos : end - at - 14);
  }
  // the table's invariants: one current version per member at most, valid_from < valid_to, and
  // versions that neither overlap nor leave gaps (but after a closed one)
  void expect_invariants() const {
    EXPECT_EQ(db.scalar("SELECT count(*) FROM (SELECT customer_id FROM warehouse.dim_customer "
                        "WHERE is_current GROUP BY customer_id HAVING count(*) > 1) x"),
              "0");
    EXPECT_EQ(db.scalar("SELECT count(*) FROM warehouse.dim_customer WHERE valid_from >= "
                        "valid_to"),
              "0");
    EXPECT_EQ(db.scalar("SELECT count(*) FROM (SELECT valid_to, lead(valid_from) OVER (PARTITION "
                        "BY customer_id ORDER BY valid_from) AS next, is_current FROM "
                        "warehouse.dim_customer WHERE customer_sk <> -1) x WHERE next IS NOT NULL "
                        "AND next < valid_to"),
              "0");
    EXPECT_EQ(db.scalar("SELECT count(*) FROM warehouse.dim_customer WHERE is_current <> "
                        "(valid_to = '9999-12-31 00:00:00+00')"),
              "0");
  }
  FreshDatabase db;
  TempDir dir;
  TestTarget target{db.dsn(), GetParam()};
};

TEST_P(Versions, AnUnchangedSourceRunTwiceAddsNoVersionAndWritesNoRow) {
  change(1, "smb", "01-01 00:00");
  change(2, "ent", "01-02 00:00");
  EXPECT_EQ(counts(run_ok()), "2 inserted, 0 updated");
  const std::string before = versions(1) + " / " + versions(2);
  EXPECT_EQ(before, "smb [01-01 00:00, future)* / ent [01-02 00:00, future)*");
  EXPECT_EQ(counts(run_ok()), "0 inserted, 0 updated");
  // a row loaded again, unchanged, is read and opens nothing either
  db.exec("UPDATE app.customer_changes SET _loaded_at = clock_timestamp()");
  EXPECT_EQ(counts(run_ok()), "0 inserted, 0 updated");
  EXPECT_EQ(versions(1) + " / " + versions(2), before);
}

TEST_P(Versions, ValueToNullNullToValueAndNullToNullOpenOneOneAndNoVersion) {
  change(1, "smb", "01-01 00:00");
  run_ok();
  change(1, "NULL", "01-02 00:00");
  EXPECT_EQ(counts(run_ok()), "1 inserted, 1 updated");
  change(1, "NULL", "01-03 00:00");  // NULL -> NULL: no change
  EXPECT_EQ(counts(run_ok()), "0 inserted, 0 updated");
  change(1, "mid", "01-04 00:00");
  EXPECT_EQ(counts(run_ok()), "1 inserted, 1 updated");
  EXPECT_EQ(versions(1),
            "smb [01-01 00:00, 01-02 00:00) NULL [01-02 00:00, 01-04 00:00) mid [01-04 00:00, "
            "future)*");
  expect_invariants();
}

TEST_P(Versions, AChangeLogOfSeveralChangesBetweenRunsGivesAVersionForEach) {
  change(1, "A", "01-01 00:00");
  run_ok();
  change(1, "B", "01-02 00:00");
  change(1, "C", "01-03 00:00");
  change(1, "C", "01-03 12:00");  // the same value again: no version
  change(1, "D", "01-04 00:00");
  EXPECT_EQ(counts(run_ok()), "3 inserted, 1 updated");
  EXPECT_EQ(versions(1),
            "A [01-01 00:00, 01-02 00:00) B [01-02 00:00, 01-03 00:00) C [01-03 00:00, 01-04 "
            "00:00) D [01-04 00:00, future)*");
  expect_invariants();
  // each version has its own surrogate key
  EXPECT_EQ(db.scalar("SELECT count(DISTINCT customer_sk) FROM warehouse.dim_customer WHERE "
                      "customer_id = 1"),
            "4");
}

TEST_P(Versions, TwoRowsOfOneMemberAtOneTimeWithDifferentValuesFailBeforeAnythingIsWritten) {
  change(1, "A", "01-01 00:00");
  change(2, "A", "01-01 00:00");
  run_ok();
  change(2, "B", "01-05 00:00");
  change(1, "B", "01-05 00:00");
  change(1, "C", "01-05 00:00");
  auto r = cmd({"run"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("a member has two rows with different values at one valid_from: "
                       "(customer_id=1, valid_from=2026-01-05 00:00:00+00); which"),
            std::string::npos)
      << r.err;
  // nothing written: customer 2's change waits for the next good run
  EXPECT_EQ(versions(1), "A [01-01 00:00, future)*");
  EXPECT_EQ(versions(2), "A [01-01 00:00, future)*");
  db.exec("DELETE FROM app.customer_changes WHERE id = 1 AND segment = 'C'");
  run_ok();
  EXPECT_EQ(versions(2), "A [01-01 00:00, 01-05 00:00) B [01-05 00:00, future)*");
}

TEST_P(Versions, ABackdatedChangeSplitsItsVersionAndRepointsTheFactsInTheSplitPart) {
  change(1, "A", "01-01 00:00");
  change(1, "C", "03-01 00:00");
  order(10, 1, "01-15 00:00");
  order(11, 1, "02-10 00:00");
  order(12, 1, "02-20 00:00");
  order(13, 1, "03-05 00:00");
  run_ok();
  EXPECT_EQ(orders(), "10:A@01-01 00:00 11:A@01-01 00:00 12:A@01-01 00:00 13:C@03-01 00:00");
  const std::string sk_a = db.scalar(
      "SELECT customer_sk FROM warehouse.dim_customer WHERE customer_id = 1 AND segment = 'A'");
  // B took effect on 02-01, and arrives late
  change(1, "B", "02-01 00:00");
  run_ok();
  EXPECT_EQ(versions(1),
            "A [01-01 00:00, 02-01 00:00) B [02-01 00:00, 03-01 00:00) C [03-01 00:00, future)*");
  // the facts in the split part point at B, in the same run; the others stay
  EXPECT_EQ(orders(), "10:A@01-01 00:00 11:B@02-01 00:00 12:B@02-01 00:00 13:C@03-01 00:00");
  // the split version keeps its surrogate key
  EXPECT_EQ(db.scalar("SELECT customer_sk FROM warehouse.dim_customer WHERE customer_id = 1 AND "
                      "segment = 'A'"),
            sk_a);
  // a backdated change equal to the version after it: that version starts earlier
  change(1, "C", "02-15 00:00");
  run_ok();
  EXPECT_EQ(versions(1),
            "A [01-01 00:00, 02-01 00:00) B [02-01 00:00, 02-15 00:00) C [02-15 00:00, future)*");
  EXPECT_EQ(orders(), "10:A@01-01 00:00 11:B@02-01 00:00 12:C@02-15 00:00 13:C@02-15 00:00");
  expect_invariants();
  auto v = cmd({"verify"});
  EXPECT_EQ(v.exit_code, 0) << v.err;
}

TEST_P(Versions, ALateRedeliveryOfAnAppliedChangeChangesNothing) {
  change(1, "A", "01-01 00:00");
  change(1, "B", "02-01 00:00");
  order(10, 1, "02-10 00:00");
  run_ok();
  const std::string before = versions(1) + " / " + orders() +
                             db.scalar(
                                 "SELECT string_agg(customer_sk::text, ',' ORDER BY "
                                 "customer_sk) FROM warehouse.dim_customer");
  change(1, "B", "02-01 00:00");  // the same row again, loaded later
  change(1, "A", "01-01 00:00");
  EXPECT_EQ(counts(run_ok()), "0 inserted, 0 updated");
  EXPECT_EQ(versions(1) + " / " + orders() +
                db.scalar("SELECT string_agg(customer_sk::text, ',' ORDER BY customer_sk) FROM "
                          "warehouse.dim_customer"),
            before);
}

TEST_P(Versions, AHardDeleteClosesTheCurrentVersionOnceAndAReturningKeyOpensANewOne) {
  change(1, "A", "01-01 00:00");
  change(2, "A", "01-01 00:00");
  run_ok();
  db.exec("DELETE FROM app.customer_changes WHERE id = 1");
  EXPECT_EQ(counts(run_ok()), "0 inserted, 1 updated");
  const std::string closed = versions(1);
  EXPECT_EQ(closed.rfind("A [01-01 00:00, ", 0), 0u) << closed;
  EXPECT_EQ(closed.find('*'), std::string::npos) << closed;  // no current version
  EXPECT_EQ(db.scalar("SELECT valid_to > now() - interval '1 minute' AND valid_to <= now() FROM "
                      "warehouse.dim_customer WHERE customer_id = 1"),
            "t");
  // however many runs follow (and changes of others), it is closed once
  for (int i = 0; i < 3; ++i) {
    change(2, i % 2 ? "A" : "B", "01-0" + std::to_string(2 + i) + " 00:00");
    run_ok();
  }
  EXPECT_EQ(versions(1), closed);
  // customer 1 returns: a new version, from its row's time (after the close)
  db.exec(
      "INSERT INTO app.customer_changes (id, segment, email, changed_at) VALUES (1, 'A', 'e', "
      "now() + interval '1 day')");
  EXPECT_EQ(counts(run_ok()), "1 inserted, 0 updated");
  EXPECT_EQ(db.scalar("SELECT count(*) || ',' || count(*) FILTER (WHERE is_current) FROM "
                      "warehouse.dim_customer WHERE customer_id = 1"),
            "2,1");
  // a row returning with its old time opens its version at the close, not before it
  db.exec("DELETE FROM app.customer_changes WHERE id = 2");
  run_ok();
  change(2, "Z", "01-01 00:00");
  run_ok();
  EXPECT_EQ(db.scalar("SELECT string_agg(segment || ':' || CASE WHEN is_current THEN 'true' ELSE "
                      "'false' END, ' ' ORDER BY valid_from) "
                      "FROM warehouse.dim_customer WHERE customer_id = 2"),
            "A:false B:false A:false B:false Z:true");
  expect_invariants();
  auto v = cmd({"verify"});
  EXPECT_EQ(v.exit_code, 0) << v.err;
}

TEST_P(Versions, ValidFromIsBeforeValidToAcrossDaylightSavingForZonedAndNaiveTimes) {
  // the project's zone shifts twice a year; a naive valid_from is read in it
  std::string config = read_text(dir / "config.yaml");
  config.replace(config.find("timezone: UTC"), 13, "timezone: Europe/Berlin");
  write_text(dir / "config.yaml", config);
  write_text(dir / "models/dim_naive.yaml", R"Y(kind: dimension
sql: |
  SELECT id, segment, changed_at AT TIME ZONE 'Europe/Berlin' AS local_at
  FROM {{ source('app','customer_changes') }} WHERE id = 2
key: id
history: versions
valid_from: local_at
columns:
  id: {type: bigint}
  segment: {type: text, on_change: version}
)Y");
  // zoned: 02:30 local happens twice on 10-25 (00:30 and 01:30 UTC); 03-29 skips 02:00-03:00
  change(1, "A", "10-25 00:15");
  change(1, "B", "10-25 00:45");  // 02:45 CEST
  change(1, "C", "10-25 01:15");  // 02:15 CET: later, though its local time is earlier
  change(2, "A", "03-29 00:59");
  change(2, "B", "03-29 01:00");  // 03:00 CEST, a minute later
  run_ok();
  EXPECT_EQ(versions(1),
            "A [10-25 00:15, 10-25 00:45) B [10-25 00:45, 10-25 01:15) C [10-25 01:15, future)*");
  EXPECT_EQ(versions(2), "A [03-29 00:59, 03-29 01:00) B [03-29 01:00, future)*");
  expect_invariants();
  // the naive one: local times read in Europe/Berlin, ordered as instants
  EXPECT_EQ(db.scalar("SELECT count(*) FROM warehouse.dim_naive WHERE valid_from >= valid_to"),
            "0");
  EXPECT_EQ(db.scalar("SELECT string_agg(segment, '' ORDER BY valid_from) FROM "
                      "warehouse.dim_naive WHERE id = 2"),
            "AB");
}

TEST_P(Versions, AnEventExactlyAtABoundaryPicksTheLaterVersion) {
  change(1, "A", "01-01 00:00");
  change(1, "B", "02-01 00:00");
  order(10, 1, "02-01 00:00");
  order(11, 1, "01-31 23:59");
  run_ok();
  EXPECT_EQ(orders(), "10:B@02-01 00:00 11:A@01-01 00:00");
}

TEST_P(Versions, AnEventBeforeTheFirstVersionGetsTheInferredMemberThenTheRealOneWhenItArrives) {
  order(10, 1, "01-10 00:00");  // customer 1 does not exist yet
  order(11, 2, "01-10 00:00");  // nor does 2, ever
  run_ok();
  EXPECT_EQ(orders(), "10:inferred@past 11:inferred@past");
  EXPECT_EQ(versions(1), "inferred [past, future)*");
  // customer 1 arrives, effective after the order: the order keeps the inferred version
  change(1, "A", "01-20 00:00");
  order(12, 1, "01-25 00:00");
  run_ok();
  EXPECT_EQ(versions(1), "inferred [past, 01-20 00:00) A [01-20 00:00, future)*");
  EXPECT_EQ(orders(), "10:inferred@past 11:inferred@past 12:A@01-20 00:00");
  // its real history reaches back before the order: the order is re-pointed
  change(1, "A", "01-05 00:00");
  run_ok();
  EXPECT_EQ(versions(1), "inferred [past, 01-05 00:00) A [01-05 00:00, future)*");
  EXPECT_EQ(orders(), "10:A@01-05 00:00 11:inferred@past 12:A@01-05 00:00");
  expect_invariants();
  // with on_missing: unknown, an event before any version is the unknown member (never NULL,
  // never the first version), and so is one whose member is only an inferred placeholder (made by
  // the reference's infer before): a from-scratch build has no placeholder to point it at
  write_text(dir / "models/fct_orders.yaml", orders_fact("unknown"));
  auto r = cmd({"rebuild", "fct_orders"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  change(5, "A", "02-01 00:00");
  order(13, 5, "01-01 00:00");
  order(14, 6, "01-01 00:00");
  run_ok();
  EXPECT_EQ(orders(),
            "10:A@01-05 00:00 11:unknown@past 12:A@01-05 00:00 13:unknown@past 14:unknown@past");
}

TEST_P(Versions, OverwriteColumnsUpdateEveryVersionOrOnlyTheCurrentOne) {
  change(1, "A", "01-01 00:00", "a@old");
  change(1, "B", "02-01 00:00", "b@old");
  run_ok();
  EXPECT_EQ(db.scalar("SELECT string_agg(email, ' ' ORDER BY valid_from) FROM "
                      "warehouse.dim_customer WHERE customer_id = 1"),
            "b@old b@old");
  change(1, "B", "03-01 00:00", "c@new");  // no version change: the e-mail only
  EXPECT_EQ(counts(run_ok()), "0 inserted, 2 updated");
  EXPECT_EQ(db.scalar("SELECT string_agg(email || ':' || first_segment, ' ' ORDER BY valid_from) "
                      "FROM warehouse.dim_customer WHERE customer_id = 1"),
            "c@new:A c@new:A");
  // overwrite_in: current_version: the earlier versions keep what they had
  std::string dim = read_text(dir / "models/dim_customer.yaml");
  dim.replace(dim.find("valid_from: changed_at"), 22,
              "valid_from: changed_at\noverwrite_in: current_version");
  write_text(dir / "models/dim_customer.yaml", dim);
  auto r = cmd({"rebuild", "dim_customer", "--discard-history"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(db.scalar("SELECT string_agg(email, ' ' ORDER BY valid_from) FROM "
                      "warehouse.dim_customer WHERE customer_id = 1"),
            "a@old c@new");
  change(1, "B", "03-02 00:00", "d@new");
  run_ok();
  EXPECT_EQ(db.scalar("SELECT string_agg(email, ' ' ORDER BY valid_from) FROM "
                      "warehouse.dim_customer WHERE customer_id = 1"),
            "a@old d@new");
}

TEST_P(Versions, ARebuildKeepsEveryVersionItsKeyAndTheFactsKeys) {
  change(1, "A", "01-01 00:00");
  change(1, "B", "02-01 00:00");
  change(2, "A", "01-01 00:00");
  change(3, "A", "01-01 00:00");
  order(10, 1, "01-15 00:00");
  order(11, 1, "02-15 00:00");
  order(12, 3, "03-01 00:00");
  order(13, 9, "03-01 00:00");
  run_ok();
  db.exec("DELETE FROM app.customer_changes WHERE id = 3");  // its versions are history now
  run_ok();
  // the source's history is trimmed: only each member's latest row stays
  db.exec("DELETE FROM app.customer_changes WHERE id = 1 AND segment = 'A'");
  auto state = [&] {
    return db.scalar(
               "SELECT string_agg(customer_sk || ':' || coalesce(customer_id::text, '') || "
               "':' || coalesce(segment, '') || ':' || valid_from || ':' || valid_to || ':' "
               "|| CASE WHEN is_current THEN 'true' ELSE 'false' END || ':' || CASE WHEN "
               "is_inferred THEN 'true' ELSE 'false' END, ' ' ORDER BY customer_sk) FROM "
               "warehouse.dim_customer") +
           " / " + orders();
  };
  const std::string before = state();
  auto plan = cmd({"plan"});
  auto r = cmd({"rebuild", "--all"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("dim_customer: 5 versions carried over with their surrogate keys and "
                       "intervals (1 member whose source row is gone)"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(state(), before);
  auto v = cmd({"verify"});
  EXPECT_EQ(v.exit_code, 0) << v.err;
  // a changed version column would lose what the versions say: refused unless discarded
  std::string dim = read_text(dir / "models/dim_customer.yaml");
  dim.replace(dim.find("segment: {type: text, on_change: version}"), 41,
              "segment: {type: text, expr: upper(segment), on_change: version}");
  write_text(dir / "models/dim_customer.yaml", dim);
  plan = cmd({"plan"});
  EXPECT_NE(plan.out.find("a rebuild would lose history (version column segment changed its "
                          "definition"),
            std::string::npos)
      << plan.out;
  r = cmd({"rebuild", "dim_customer"});
  EXPECT_NE(r.exit_code, 0);
  EXPECT_EQ(state(), before);
}

// A run cut at any statement (a killed process) leaves the dimension as it was: never a member
// without its current version, never two; the next run completes it.
TEST_P(Versions, AKillAtAnyStatementLeavesEveryMemberOneCurrentVersion) {
  for (int i = 1; i <= 20; ++i) change(i, "A", "01-01 00:00");
  order(10, 1, "02-15 00:00");
  run_ok();
  for (int i = 1; i <= 20; i += 2) change(i, "B", "02-01 00:00");
  db.exec("DELETE FROM app.customer_changes WHERE id = 20");
  const std::string before = db.scalar(
      "SELECT string_agg(customer_sk || ':' || valid_to || ':' || CASE WHEN is_current THEN 'true' "
      "ELSE 'false' END, ',' ORDER BY "
      "customer_sk) FROM warehouse.dim_customer");
  LoadedProject lp(dir.path(), "test", db.dsn(), GetParam());
  RunOptions o;
  o.models = lp.graph.order;
  auto run_cut_at = [&](long long at) {
    long long n = lp.with_connection_cut_at(db.dsn(), at, [&](Runner& r) { r.run(o); });
    // a lease (Redshift) outlives a killed run until it expires: ended as that would end it
    if (GetParam()) db.exec("DELETE FROM starling.run_lock");
    return n;
  };
  // count the statements of the run on a copy of the database's state: a first run cut at the
  // end would complete it, so count by cutting at each statement until one completes
  // cut at each statement in turn until a run completes: each model commits alone, so after a
  // cut the dimension is as it was or as the whole run leaves it, never between
  auto dim_state = [&] {
    return db.scalar(
        "SELECT string_agg(customer_sk || ':' || valid_to || ':' || CASE WHEN is_current THEN "
        "'true' ELSE 'false' END, ',' "
        "ORDER BY customer_sk) FROM warehouse.dim_customer");
  };
  std::string after;
  long long at = 1;
  for (; at < 400; ++at) {
    const bool completed = run_cut_at(at) != -1;
    const std::string now = dim_state();
    if (now != before) {
      if (after.empty()) after = now;
      EXPECT_EQ(now, after) << "cut at statement " << at;
    } else {
      EXPECT_TRUE(after.empty()) << "cut at statement " << at << ": the dimension went back";
    }
    EXPECT_EQ(db.scalar("SELECT count(*) FROM (SELECT customer_id FROM warehouse.dim_customer "
                        "WHERE customer_sk <> -1 AND customer_id <> 20 GROUP BY customer_id "
                        "HAVING count(*) FILTER (WHERE is_current) <> 1) x"),
              "0")
        << "cut at statement " << at;
    if (completed || HasFailure()) break;
  }
  ASSERT_LT(at, 400);
  EXPECT_EQ(versions(1), "A [01-01 00:00, 02-01 00:00) B [02-01 00:00, future)*");
  EXPECT_EQ(versions(2), "A [01-01 00:00, future)*");
  EXPECT_EQ(orders(), "10:B@02-01 00:00");
  expect_invariants();
  // and two current versions of one member cannot be written
  EXPECT_THROW(db.exec("UPDATE warehouse.dim_customer SET is_current = true, valid_to = "
                       "'9999-12-31 00:00:00+00' WHERE customer_id = 1"),
               std::exception);
}

TEST_P(Versions, ValidateRefusesWhatAVersionsDimensionCannotBuild) {
  write_text(dir / "models/dim_plain.yaml", R"Y(kind: dimension
sql: SELECT id, segment FROM {{ source('app','customer_changes') }}
key: id
history: versions
columns:
  id: {type: bigint}
  segment: {type: text}
  valid_to: {type: text}
)Y");
  write_text(dir / "models/fct_bad.yaml", R"Y(kind: fact
sql: SELECT id AS order_id, customer_id, ordered_at FROM {{ source('app','orders') }}
grain: [order_id]
references:
  customer_sk: {dimension: dim_customer, key: customer_id}
  plain_sk: {dimension: dim_plain, key: customer_id, as_of: nowhere}
columns:
  order_id: {type: bigint}
incremental: {strategy: full}
)Y");
  auto v = cmd({"validate"});
  EXPECT_EQ(v.exit_code, 2);
  for (const char* m :
       {"models/dim_plain.yaml:8:3: 'valid_to' is a column starling adds to a versions dimension",
        "models/dim_plain.yaml:4:1: history: versions, but no column is on_change: version",
        "models/dim_plain.yaml:4:1: a versions dimension with 'sql:' needs valid_from",
        "models/fct_bad.yaml:5:3: reference 'customer_sk' points to versions dimension "
        "'dim_customer' without as_of",
        "models/fct_bad.yaml:6:3: as_of 'nowhere' is not a column of fact 'fct_bad'"})
    EXPECT_NE(v.err.find(m), std::string::npos) << m << "\n" << v.err;
}

INSTANTIATE_TEST_SUITE_P(BothDialects, Versions, ::testing::Values(false, true),
                         [](const auto& info) { return info.param ? "Redshift" : "Postgres"; });

}  // namespace
}  // namespace starling::testing
