// `starling freshness`, pipeline_health and run's on_stale_source, against the real PostgreSQL.
// Checks take --now where a boundary must be hit to the second.
#include <gtest/gtest.h>

#include <regex>

#include "db/executor.hpp"
#include "sql/meta.hpp"
#include "state/meta.hpp"
#include "support/fixtures.hpp"
#include "support/helpers.hpp"
#include "util/strings.hpp"

namespace starling::testing {
namespace {

class Freshness : public ::testing::Test {
 protected:
  // A project whose sources are `sources_yaml` (under `sources:`), with `sql` run first.
  void project(const std::string& sources_yaml, const std::string& sql,
               const std::string& timezone = "UTC", const std::string& extra = "") {
    std::string cfg = config_for(db.dsn(), sources_yaml) + extra;
    auto at = cfg.find("timezone: UTC");
    cfg.replace(at, 13, "timezone: " + timezone);
    write_text(dir / "config.yaml", cfg);
    db.exec(sql);
  }
  CommandResult freshness(const std::string& now = "") {
    std::vector<std::string> args = {"--project", dir.path(), "freshness"};
    if (!now.empty()) args.insert(args.end(), {"--now", now});
    return run_starling(args);
  }
  // status and lag of a table as a freshness command printed them: "warn 2h 00m"
  static std::string shown(const CommandResult& r, const std::string& table) {
    for (const auto& line : split(r.out, '\n')) {
      if (!starts_with(line, table + " ")) continue;
      std::vector<std::string> cells;
      for (const auto& c : split(line, ' '))
        if (!c.empty()) cells.push_back(c);
      // table, status, date, time (or "-"), lag (one or two words), ...
      if (cells.size() < 5) return "?";
      size_t lag = cells[2] == "-" ? 3 : 4;
      std::string out = cells[1] + " " + cells[lag];
      if (cells[lag] != "-" && lag + 1 < cells.size() && cells[lag].back() != 's' &&
          cells[lag + 1].find_first_not_of("0123456789") != 0)
        out += " " + cells[lag + 1];
      return out;
    }
    return "(not shown)";
  }
  // status and lag of the newest check of a table
  std::string last(const std::string& table) {
    return db.scalar(
        "SELECT status || ' ' || coalesce(lag_seconds::text, '-') FROM starling.source_freshness "
        "WHERE source || '.' || table_name = '" +
        table + "' ORDER BY check_id DESC LIMIT 1");
  }
  FreshDatabase db;
  TempDir dir;
};

const std::string k_one_table = app_source({"users"}, k_freshness_2h_6h);

TEST_F(Freshness, ThresholdsArePassedOnlyAfterTheirExactSecond) {
  project(k_one_table,
          "CREATE SCHEMA app; CREATE TABLE app.users (id int, _loaded_at timestamptz);"
          "INSERT INTO app.users VALUES (1, '2025-01-01 00:00:00+00')");
  struct Case {
    const char* now;
    int exit;
    const char* shown;
  } cases[] = {{"2025-01-01 02:00:00", 0, "ok 2h 00m"},
               {"2025-01-01 02:00:01", 0, "warn 2h 00m"},
               {"2025-01-01 06:00:00", 0, "warn 6h 00m"},
               {"2025-01-01 06:00:01", 1, "error 6h 00m"},
               {"2024-12-31 23:00:00", 0, "ok 0s"}};  // a server clock behind the rows
  for (const auto& c : cases) {
    auto r = freshness(c.now);
    EXPECT_EQ(r.exit_code, c.exit) << c.now << "\n" << r.out << r.err;
    EXPECT_EQ(shown(r, "app.users"), c.shown) << c.now << "\n" << r.out;
  }
  // a real check is kept, with its thresholds, and the command is in the ledger
  EXPECT_EQ(freshness().exit_code, 1);
  EXPECT_EQ(db.scalar("SELECT count(*) FROM starling.source_freshness WHERE warn_after_seconds = "
                      "7200 AND error_after_seconds = 21600"),
            "1");
  EXPECT_EQ(db.scalar("SELECT count(*) FROM starling.runs WHERE command = 'freshness'"), "1");
  auto r = freshness("2025-01-01 06:00:01");
  EXPECT_NE(r.out.find("past error_after (6h)"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("error: source app.users: past error_after (6h)"), std::string::npos);
  EXPECT_NE(r.err.find("1 source table measured as of --now 2025-01-01 06:00:01: 0 ok, 0 warn, 1 "
                       "error (a what-if: nothing recorded)"),
            std::string::npos)
      << r.err;
}

TEST_F(Freshness, LocalTimestampsAreReadInTheProjectsTimeZone) {
  project(R"Y(  app:
    schema: app
    freshness: {warn_after: 30m, error_after: 2h}
    tables:
      local_clock: {loaded_at: loaded_local}
      utc_clock: {loaded_at: loaded_utc}
      by_day: {loaded_at: loaded_day}
)Y",
          "CREATE SCHEMA app;"
          "CREATE TABLE app.local_clock (loaded_local timestamp without time zone);"
          "CREATE TABLE app.utc_clock (loaded_utc timestamptz);"
          "CREATE TABLE app.by_day (loaded_day date);"
          // midnight in New York is 05:00 UTC (EST, UTC-5)
          "INSERT INTO app.local_clock VALUES ('2025-01-01 00:00:00');"
          "INSERT INTO app.utc_clock VALUES ('2025-01-01 05:00:00+00');"
          "INSERT INTO app.by_day VALUES ('2025-01-01');",
          "America/New_York");
  auto r = freshness("2025-01-01 06:00:00");  // UTC
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(shown(r, "app.local_clock"), "warn 1h 00m") << r.out;
  EXPECT_EQ(shown(r, "app.utc_clock"), "warn 1h 00m");
  EXPECT_EQ(shown(r, "app.by_day"), "warn 1h 00m");
  // shown in the project's zone
  EXPECT_NE(r.out.find("max loaded_at (America/New_York)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2025-01-01 00:00:00"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("2025-01-01 05:00:00"), std::string::npos) << r.out;
  // and recorded (by a real check) as the same instant
  EXPECT_EQ(freshness().exit_code, 1);  // 2025 is long past error_after
  EXPECT_EQ(db.scalar("SELECT count(DISTINCT max_loaded_at) FROM starling.source_freshness"), "1");
}

TEST_F(Freshness, AProblemIsThatTablesErrorAndTheOthersAreStillMeasured) {
  project(R"Y(  app:
    schema: app
    loaded_at: _loaded_at
    freshness: {warn_after: 1h, error_after: 2h}
    tables:
      empty: {}
      missing: {}
      no_column: {}
      wrong_type: {loaded_at: name}
      filtered: {filter: "kind <> 'test'"}
      bad_filter: {filter: "no_such_column > 0"}
      good: {}
)Y",
          "CREATE SCHEMA app;"
          "CREATE TABLE app.empty (_loaded_at timestamptz);"
          "CREATE TABLE app.no_column (id int);"
          "CREATE TABLE app.wrong_type (name text);"
          "CREATE TABLE app.filtered (kind text, _loaded_at timestamptz);"
          "INSERT INTO app.filtered VALUES ('test', now());"
          "CREATE TABLE app.bad_filter (_loaded_at timestamptz);"
          "INSERT INTO app.bad_filter VALUES (now());"
          "CREATE TABLE app.good (_loaded_at timestamptz);"
          "INSERT INTO app.good VALUES (now() - interval '10 minutes');");
  auto r = freshness();
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  for (const char* msg :
       {"app.empty: the table has no rows", "app.missing: table app.missing does not exist",
        "app.no_column: table app.no_column has no column _loaded_at",
        "app.wrong_type: column name is text, not a timestamp or date",
        "app.filtered: no rows match the filter",
        "app.bad_filter: the freshness query (with filter) failed"})
    EXPECT_NE(r.err.find(std::string("error: source ") + msg), std::string::npos) << msg << "\n"
                                                                                  << r.err;
  EXPECT_EQ(r.err.find("internal error"), std::string::npos);
  EXPECT_EQ(last("app.good").substr(0, 3), "ok ");
  EXPECT_EQ(db.scalar("SELECT count(*) FROM starling.source_freshness WHERE status = 'error' AND "
                      "message IS NOT NULL"),
            "6");
  EXPECT_NE(r.err.find("7 source tables measured: 1 ok, 0 warn, 6 error"), std::string::npos);
}

TEST_F(Freshness, AnEmptyTableIsPastEveryThresholdItHas) {
  project(R"Y(  app:
    schema: app
    loaded_at: _loaded_at
    tables:
      no_thresholds: {}
      warn_only: {freshness: {warn_after: 1h}}
)Y",
          "CREATE SCHEMA app; CREATE TABLE app.no_thresholds (_loaded_at timestamptz);"
          "CREATE TABLE app.warn_only (_loaded_at timestamptz);");
  auto r = freshness();
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(last("app.no_thresholds"), "ok -");
  EXPECT_EQ(last("app.warn_only"), "warn -");
  EXPECT_EQ(db.scalar("SELECT count(*) FROM starling.source_freshness WHERE message = 'the table "
                      "has no rows'"),
            "2");
}

TEST_F(Freshness, ASourceThatStopsThenResumes) {
  project(R"Y(  events:
    schema: raw
    tables:
      tracks: {loaded_at: received_at, freshness: {warn_after: 30m, error_after: 1h}}
)Y",
          "CREATE SCHEMA raw; CREATE TABLE raw.tracks (id int, received_at timestamptz);"
          "INSERT INTO raw.tracks VALUES (1, '2025-03-01 10:00:00+00')");
  auto r = freshness("2025-03-01 10:10:00");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(shown(r, "events.tracks"), "ok 10m 00s") << r.out;
  r = freshness("2025-03-01 10:45:00");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(shown(r, "events.tracks"), "warn 45m 00s");
  r = freshness("2025-03-01 12:00:00");
  EXPECT_EQ(r.exit_code, 1);  // nothing for two hours
  EXPECT_EQ(shown(r, "events.tracks"), "error 2h 00m");
  db.exec("INSERT INTO raw.tracks VALUES (2, '2025-03-01 12:01:00+00')");  // it resumes
  r = freshness("2025-03-01 12:02:00");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(shown(r, "events.tracks"), "ok 1m 00s");
}

// Bug 6: `freshness --now` wrote its what-if into source_freshness, the health page's charts and
// status. A what-if is shown and records nothing: no meta schema, no runs row, no checks.
TEST_F(Freshness, WhatIfWithNowRecordsNothing) {
  project(k_one_table,
          "CREATE SCHEMA app; CREATE TABLE app.users (id int, _loaded_at timestamptz);"
          "INSERT INTO app.users VALUES (1, now() - interval '10 minutes')");
  // on a target nothing has run on: not even the meta schema appears
  auto r = freshness("2099-01-01 00:00:00");
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_EQ(shown(r, "app.users").substr(0, 6), "error ") << r.out;
  EXPECT_NE(r.err.find("freshness: 1 source table measured as of --now 2099-01-01 00:00:00: 0 ok, "
                       "0 warn, 1 error (a what-if: nothing recorded)"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(db.scalar("SELECT count(*) FROM pg_namespace WHERE nspname = 'starling'"), "0");
  // after a real check, a what-if leaves every table, the view and status as they were
  ASSERT_EQ(freshness().exit_code, 0);
  auto snapshot = [&] {
    return db.scalar(
               "SELECT count(*) || ' ' || string_agg(status || ':' || coalesce(lag_seconds, -1), "
               "',') FROM starling.source_freshness") +
           " | " + db.scalar("SELECT count(*) || ' ' || max(run_id) FROM starling.runs") + " | " +
           db.scalar(
               "SELECT string_agg(kind || ':' || name || ':' || status, ',') FROM "
               "starling.pipeline_health");
  };
  // (the lag of pipeline_health grows with the clock)
  auto status = [&] {
    static const std::regex lag(R"("lag_seconds":\d+)");
    return std::regex_replace(run_starling({"--project", dir.path(), "status", "--json"}).out, lag,
                              "");
  };
  std::string before = snapshot(), status_before = status();
  EXPECT_EQ(before.substr(0, 6), "1 ok:6") << before;
  for (const char* now : {"2099-01-01 00:00:00", "2000-01-01 00:00:00"}) {
    auto w = freshness(now);
    EXPECT_NE(w.err.find("(a what-if: nothing recorded)"), std::string::npos) << w.err;
  }
  EXPECT_EQ(snapshot(), before);
  EXPECT_EQ(status(), status_before);
  TempDir out;
  auto h = run_starling({"--project", dir.path(), "health", "--html", out / "h.html"});
  ASSERT_EQ(h.exit_code, 0) << h.err;
  EXPECT_NE(h.err.find("overall ok"), std::string::npos) << h.err;
}

TEST_F(Freshness, PipelineHealthJudgesByTheLagNow) {
  project(k_one_table,
          "CREATE SCHEMA app; CREATE TABLE app.users (id int, _loaded_at timestamptz);"
          "INSERT INTO app.users VALUES (1, now() - interval '30 minutes')");
  ASSERT_EQ(freshness().exit_code, 0);
  auto row = [&] {
    return db.scalar(
        "SELECT status || '|' || (lag_seconds BETWEEN 1790 AND 1900)::text || '|' || "
        "threshold_seconds || '|' || coalesce(message, '') FROM starling.pipeline_health WHERE "
        "kind = 'source' AND name = 'app.users'");
  };
  EXPECT_EQ(row(), "ok|true|7200|");
  // the checks stop while the rows stay old: the view turns the source stale by itself
  db.exec(
      "UPDATE starling.source_freshness SET checked_at = checked_at - interval '7 hours', "
      "max_loaded_at = max_loaded_at - interval '7 hours'");
  EXPECT_EQ(db.scalar("SELECT status || '|' || coalesce(message, '') FROM "
                      "starling.pipeline_health WHERE name = 'app.users'"),
            "error|past error_after since the last check");
  auto s = run_starling({"--project", dir.path(), "status", "--json"});
  ASSERT_EQ(s.exit_code, 0) << s.err;
  EXPECT_NE(s.out.find("\"health\":[{\"kind\":\"source\",\"name\":\"app.users\",\"status\":"
                       "\"error\""),
            std::string::npos)
      << s.out;
  auto text = run_starling({"--project", dir.path(), "status"});
  EXPECT_NE(text.out.find("app.users"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("past error_after since the last check"), std::string::npos);
}

TEST_F(Freshness, HistoryIsPrunedByAge) {
  project(k_one_table,
          "CREATE SCHEMA app; CREATE TABLE app.users (id int, _loaded_at timestamptz);"
          "INSERT INTO app.users VALUES (1, now())",
          "UTC", "run:\n  freshness_retention: 1d\n");
  ASSERT_EQ(freshness().exit_code, 0);
  ASSERT_EQ(freshness().exit_code, 0);
  db.exec(
      "UPDATE starling.source_freshness SET checked_at = now() - interval '2 days' WHERE "
      "check_id = (SELECT min(check_id) FROM starling.source_freshness)");
  ASSERT_EQ(freshness().exit_code, 0);
  EXPECT_EQ(db.scalar("SELECT count(*) FROM starling.source_freshness"), "2");
}

TEST(MetaSchemaUpgrade, VersionOneKeepsItsFreshnessHistoryAndGetsTheNewView) {
  FreshDatabase db;
  auto e = connect_postgres(db.dsn(), "test", std::nullopt);
  auto d = make_dialect(DialectName::postgres);
  auto versions = d->meta_schema_versions(Ident("starling"));
  ASSERT_GE(versions.size(), 2u);
  for (const auto& s : versions[0]) e->execute(s);  // a target left by starling 0.1 (version 1)
  e->execute(d->meta_sql().set_version(Ident("starling"), 1));
  db.exec(
      "INSERT INTO starling.source_freshness (source, table_name, max_loaded_at, lag_seconds, "
      "warn_after_seconds, error_after_seconds, status) VALUES ('app', 'users', now() - interval "
      "'3 hours', 10, 3600, 7200, 'ok')");
  ensure_meta_schema(*e, *d, "starling");
  EXPECT_EQ(db.scalar("SELECT max(version) FROM starling.meta_version"),
            std::to_string(versions.size()));
  // the old check said ok; three hours later the view says error
  EXPECT_EQ(db.scalar("SELECT status FROM starling.pipeline_health WHERE name = 'app.users'"),
            "error");
}

// run.on_stale_source: app.users is ten hours old (error_after 6h), app.products is fresh.
class StaleSource : public Freshness {
 protected:
  void SetUp() override {
    write_text(dir / "models/dim_users.yaml", named_dimension("user", "users"));
    write_text(dir / "models/dim_products.yaml", R"Y(kind: dimension
sql: SELECT id AS product_id, name FROM {{ source('app','products') }}
key: product_id
surrogate_key: product_sk
columns:
  product_id: {type: bigint}
  name: {type: text}
)Y");
    write_text(dir / "models/fct_orders.yaml", R"Y(kind: fact
sql: SELECT id AS order_id, user_id, amount FROM {{ source('app','orders') }}
grain: [order_id]
references:
  user_sk: {dimension: dim_users, key: user_id, on_missing: unknown}
columns:
  order_id: {type: bigint}
measures:
  amount: {type: integer, default: 0}
incremental: {strategy: full}
)Y");
  }
  void with_mode(const std::string& mode) {
    project(app_source({"users", "products", "orders"}, k_freshness_2h_6h),
            "CREATE SCHEMA app;"
            "CREATE TABLE app.users (id bigint, name text, _loaded_at timestamptz);"
            "CREATE TABLE app.products (id bigint, name text, _loaded_at timestamptz);"
            "CREATE TABLE app.orders (id bigint, user_id bigint, amount int, _loaded_at "
            "timestamptz);"
            "INSERT INTO app.users VALUES (1, 'ada', now() - interval '10 hours');"
            "INSERT INTO app.products VALUES (1, 'tea', now());"
            "INSERT INTO app.orders VALUES (1, 1, 5, now());",
            "UTC", "run:\n  on_stale_source: " + mode + "\n");
  }
  CommandResult run() { return run_starling({"--project", dir.path(), "run"}); }
  std::string model_run(const std::string& model) {
    return db.scalar(
        "SELECT status || '|' || coalesce(error, message, '') FROM "
        "starling.model_runs WHERE model = '" +
        model + "' ORDER BY run_id DESC LIMIT 1");
  }
};

TEST_F(StaleSource, SkipSkipsTheModelsReadingItAndTheirDependants) {
  with_mode("skip");
  auto r = run();
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(model_run("dim_users"),
            "skipped|skipped: source app.users past error_after (run.on_stale_source: skip)");
  EXPECT_EQ(model_run("fct_orders"), "skipped|skipped: upstream model dim_users did not build");
  EXPECT_EQ(model_run("dim_products"), "success|");
  EXPECT_EQ(db.scalar("SELECT count(*) FROM warehouse.dim_products WHERE product_sk > 0"), "1");
  EXPECT_EQ(db.scalar("SELECT to_regclass('warehouse.dim_users') IS NULL"), "t");
  // the decision is in the ledger, and the checks carry the run's id
  EXPECT_NE(db.scalar("SELECT error FROM starling.runs WHERE command = 'run'")
                .find("run.on_stale_source: skip"),
            std::string::npos);
  EXPECT_EQ(db.scalar("SELECT count(*) FROM starling.source_freshness f JOIN starling.runs r "
                      "USING (run_id) WHERE r.command = 'run'"),
            "3");
  EXPECT_NE(r.err.find("error: source app.users: past error_after (6h)"), std::string::npos);
  EXPECT_EQ(db.scalar("SELECT status FROM starling.pipeline_health WHERE name = 'dim_users'"),
            "never");
  // the source catches up: the next run builds everything
  db.exec("UPDATE app.users SET _loaded_at = now()");
  auto again = run();
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(model_run("fct_orders"), "success|");
  EXPECT_EQ(db.scalar("SELECT count(*) FROM warehouse.fct_orders WHERE user_sk > 0"), "1");
}

TEST_F(StaleSource, WarnBuildsEverythingAndSaysSo) {
  with_mode("warn");
  auto r = run();
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(model_run("dim_users"),
            "success|built although source app.users past error_after (run.on_stale_source: "
            "warn)");
  EXPECT_EQ(model_run("fct_orders"), "success|");
  EXPECT_EQ(model_run("dim_products"), "success|");
  EXPECT_NE(r.err.find("warn: dim_users: built although"), std::string::npos) << r.err;
  EXPECT_EQ(db.scalar("SELECT status FROM starling.runs WHERE command = 'run'"), "success");
}

TEST_F(StaleSource, FailBuildsNothing) {
  with_mode("fail");
  auto r = run();
  EXPECT_EQ(r.exit_code, 1) << r.err;
  for (const char* m : {"dim_users", "dim_products", "fct_orders"})
    EXPECT_EQ(model_run(m).substr(0, 8), "skipped|") << m;
  EXPECT_EQ(db.scalar("SELECT count(*) FROM pg_tables WHERE schemaname = 'warehouse'"), "0");
  auto run_row =
      db.scalar("SELECT status || '|' || error FROM starling.runs WHERE command = 'run'");
  EXPECT_NE(run_row.find("failed|"), std::string::npos) << run_row;
  EXPECT_NE(run_row.find("run.on_stale_source: fail, nothing is built"), std::string::npos)
      << run_row;
}

}  // namespace
}  // namespace starling::testing
