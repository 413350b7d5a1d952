// Fact rows at the unknown member (-1) keep the natural key they did not find (their reference's
// `<column>_unresolved` column, docs/models.md "Members that arrive after their facts"), and are
// pointed at the member when the dimension has it: a member that arrives after its facts, a date
// past the date dimension's end that it reaches later, a table made by an earlier starling. On both
// dialects (Redshift in its test mode), on a lending library: members, the loans they take and the
// holds they place; each checked against hand-written SQL, not only `verify`.
#include <gtest/gtest.h>

#include "db/connect.hpp"
#include "support/fixtures.hpp"
#include "support/helpers.hpp"
#include "support/project.hpp"
#include "support/version_proxy.hpp"

namespace starling::testing {
namespace {

constexpr const char* k_tables = R"Y(
CREATE SCHEMA app;
CREATE TABLE app.members (id bigint PRIMARY KEY, name text,
                          _loaded_at timestamptz NOT NULL DEFAULT clock_timestamp());
CREATE TABLE app.loans (id bigint PRIMARY KEY, member_id bigint, loaned_on date,
                        _loaded_at timestamptz NOT NULL DEFAULT clock_timestamp());
CREATE TABLE app.holds (id bigint PRIMARY KEY, member_id bigint,
                        _loaded_at timestamptz NOT NULL DEFAULT clock_timestamp());
)Y";

constexpr const char* k_members = R"Y(kind: dimension
from: app.members
key: member_id
surrogate_key: member_sk
columns:
  member_id: {type: bigint, expr: id}
  name: {type: text}
)Y";

constexpr const char* k_dates = R"Y(kind: date_dimension
start: "2026-01-01"
end: today+3d
)Y";

constexpr const char* k_loans = R"Y(kind: fact
sql: |
  SELECT id AS loan_id, member_id, loaned_on FROM {{ source('app','loans') }}
  WHERE _loaded_at >= {{ since }}
grain: [loan_id]
references:
  member_sk: {dimension: dim_member, key: member_id, on_missing: unknown}
  date_key: {dimension: dim_date, key: loaned_on}
columns:
  loan_id: {type: bigint}
incremental: {strategy: key}
)Y";

// holds infer the members they do not find
constexpr const char* k_holds = R"Y(kind: fact
sql: |
  SELECT id AS hold_id, member_id FROM {{ source('app','holds') }}
  WHERE _loaded_at >= {{ since }}
grain: [hold_id]
references:
  member_sk: {dimension: dim_member, key: member_id, on_missing: infer}
columns:
  hold_id: {type: bigint}
incremental: {strategy: key}
)Y";

class Unresolved : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    write_text(dir / "config.yaml", target.config(app_source({"members", "loans", "holds"})));
    write_text(dir / "migrations/0001_app.sql", k_tables);
    write_text(dir / "models/dim_member.yaml", k_members);
    write_text(dir / "models/dim_date.yaml", k_dates);
    write_text(dir / "models/fct_loans.yaml", k_loans);
    write_text(dir / "models/fct_holds.yaml", k_holds);
    auto m = cmd({"migrate"});
    ASSERT_EQ(m.exit_code, 0) << m.err;
  }
  CommandResult cmd(const std::vector<std::string>& args) const {
    return target.starling(dir.path(), args);
  }
  std::string run_ok() const {
    auto r = cmd({"run"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return r.err;
  }
  void verify_ok() const {
    auto v = cmd({"verify"});
    EXPECT_EQ(v.exit_code, 0) << v.err << v.out;
  }
  // each loan: "id:member name (or unknown):unresolved key (or -)"
  std::string loans() const {
    return db.scalar(
        "SELECT string_agg(f.loan_id || ':' || CASE WHEN f.member_sk = -1 THEN 'unknown' ELSE "
        "coalesce(d.name, 'inferred') END || ':' || coalesce(f.member_sk_unresolved::text, '-'), "
        "' ' ORDER BY f.loan_id) FROM warehouse.fct_loans f JOIN warehouse.dim_member d USING "
        "(member_sk)");
  }
  // the loans whose member key differs from what hand-written SQL gives: each loan's member
  // among the members' real rows, -1 without one
  std::string loans_unlike_hand_written() const {
    return db.scalar(
        "SELECT count(*) FROM app.loans l JOIN warehouse.fct_loans f ON f.loan_id = l.id WHERE "
        "f.member_sk <> coalesce((SELECT d.member_sk FROM warehouse.dim_member d WHERE "
        "d.member_id = l.member_id AND NOT d.is_inferred), -1)");
  }
  FreshDatabase db;
  TempDir dir;
  TestTarget target{db.dsn(), GetParam()};
};

TEST_P(Unresolved, ALoanOfAMemberWhoArrivesLaterIsPointedAtTheMemberWhenItDoes) {
  db.exec("INSERT INTO app.members (id, name) VALUES (1, 'Ada')");
  db.exec(
      "INSERT INTO app.loans (id, member_id, loaned_on) VALUES (10, 1, current_date), "
      "(11, 2, current_date), (12, 3, current_date), (13, NULL, current_date)");
  run_ok();
  // members 2 and 3 are not there yet; a NULL member is -1 for good, with no key to find
  EXPECT_EQ(loans(), "10:Ada:- 11:unknown:2 12:unknown:3 13:unknown:-");
  db.exec("INSERT INTO app.members (id, name) VALUES (2, 'Bo')");
  const std::string log = run_ok();
  EXPECT_NE(log.find("dim_member: pointed 1 row of fct_loans from the unknown member at the "
                     "member it now has"),
            std::string::npos)
      << log;
  EXPECT_EQ(loans(), "10:Ada:- 11:Bo:- 12:unknown:3 13:unknown:-");
  EXPECT_EQ(loans_unlike_hand_written(), "0");
  verify_ok();
  // nothing new: nothing is pointed again
  EXPECT_EQ(run_ok().find("pointed"), std::string::npos);
}

TEST_P(Unresolved, AnUnknownReferenceIgnoresAPlaceholderThatAnotherFactInferred) {
  db.exec("INSERT INTO app.holds (id, member_id) VALUES (20, 7)");
  db.exec("INSERT INTO app.loans (id, member_id, loaned_on) VALUES (10, 7, current_date)");
  run_ok();
  // the hold inferred member 7; the loan, whichever fact was built first, is at -1 (a build from
  // scratch has no placeholder before the holds are built)
  EXPECT_EQ(db.scalar("SELECT count(*) FROM warehouse.dim_member WHERE member_id = 7 AND "
                      "is_inferred"),
            "1");
  EXPECT_EQ(loans(), "10:unknown:7");
  verify_ok();
  // member 7's row arrives: the placeholder becomes it, keeping its key; the loan follows
  const std::string inferred_sk =
      db.scalar("SELECT member_sk FROM warehouse.dim_member WHERE member_id = 7");
  db.exec("INSERT INTO app.members (id, name) VALUES (7, 'Cy')");
  run_ok();
  EXPECT_EQ(loans(), "10:Cy:-");
  EXPECT_EQ(db.scalar("SELECT member_sk FROM warehouse.fct_loans WHERE loan_id = 10"), inferred_sk);
  EXPECT_EQ(db.scalar("SELECT member_sk FROM warehouse.fct_holds WHERE hold_id = 20"), inferred_sk);
  EXPECT_EQ(loans_unlike_hand_written(), "0");
  verify_ok();
}

TEST_P(Unresolved, ATableMadeByAnEarlierStarlingGainsTheColumnAndIsReadAgain) {
  db.exec("INSERT INTO app.members (id, name) VALUES (1, 'Ada')");
  db.exec(
      "INSERT INTO app.loans (id, member_id, loaned_on) VALUES (10, 1, current_date), "
      "(11, 2, current_date)");
  run_ok();
  // what an earlier starling left: no unresolved column, a loan at -1 whose member came since
  db.exec("ALTER TABLE warehouse.fct_loans DROP COLUMN member_sk_unresolved");
  db.exec("INSERT INTO app.members (id, name) VALUES (2, 'Bo')");
  auto plan = cmd({"plan"});
  EXPECT_EQ(plan.exit_code, 0) << plan.err;
  EXPECT_NE(plan.out.find("new column member_sk_unresolved (a table made by an earlier starling "
                          "lacks it)"),
            std::string::npos)
      << plan.out;
  const std::string log = run_ok();
  EXPECT_NE(log.find("fct_loans: applied additive: new column member_sk_unresolved"),
            std::string::npos)
      << log;
  EXPECT_EQ(loans(), "10:Ada:- 11:Bo:-");
  EXPECT_EQ(loans_unlike_hand_written(), "0");
  verify_ok();
}

// The date dimension reaches a loan's date later (`end: today+3d` moving on): in-process, so that
// the run's clock can move.
TEST_P(Unresolved, ALoanPastTheDateDimensionsEndIsPointedAtItsDateWhenTheDimensionReachesIt) {
  db.exec(
      "INSERT INTO app.loans (id, member_id, loaned_on) VALUES (10, NULL, '2026-03-01'), "
      "(11, NULL, '2026-03-20')");
  LoadedProject lp(dir.path(), "test", db.dsn(), GetParam());
  RunOptions o;
  o.models = lp.graph.order;
  auto run_at = [&](const std::string& day) {
    auto e = connect_postgres(db.dsn(), "test", std::nullopt);
    Runner r = lp.runner(*e);
    std::tm tm{};
    strptime((day + " 12:00:00").c_str(), "%Y-%m-%d %H:%M:%S", &tm);
    o.now = std::chrono::system_clock::from_time_t(timegm(&tm));
    RunResult rr = r.run(o);
    EXPECT_EQ(rr.failed, 0);
  };
  auto dates = [&] {
    return db.scalar(
        "SELECT string_agg(loan_id || ':' || date_key || ':' || "
        "coalesce(date_key_unresolved::text, "
        "'-'), ' ' ORDER BY loan_id) FROM warehouse.fct_loans");
  };
  run_at("2026-03-01");  // the dates reach 2026-03-04
  EXPECT_EQ(dates(), "10:20260301:- 11:-1:2026-03-20");
  run_at("2026-03-18");  // … 2026-03-21
  EXPECT_EQ(dates(), "10:20260301:- 11:20260320:-");
}

INSTANTIATE_TEST_SUITE_P(BothDialects, Unresolved, ::testing::Values(false, true),
                         [](const auto& info) { return info.param ? "Redshift" : "Postgres"; });

}  // namespace
}  // namespace starling::testing
