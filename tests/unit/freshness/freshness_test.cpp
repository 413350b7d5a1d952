// Freshness rules without a database: thresholds, inheritance, lag text; and the health page as
// text (the browser test renders it for real).
#include "freshness/freshness.hpp"

#include <gtest/gtest.h>

#include "health/health.hpp"
#include "sql/dialect.hpp"

namespace starling {
namespace {

using std::chrono::seconds;

TEST(FreshnessStatus, ThresholdsArePassedOnlyWhenExceeded) {
  seconds warn{7200}, error{21600};
  EXPECT_EQ(freshness_status(0, warn, error), "ok");
  EXPECT_EQ(freshness_status(7200, warn, error), "ok");  // exactly at warn_after: not past it
  EXPECT_EQ(freshness_status(7201, warn, error), "warn");
  EXPECT_EQ(freshness_status(21600, warn, error), "warn");  // exactly at error_after
  EXPECT_EQ(freshness_status(21601, warn, error), "error");
  EXPECT_EQ(freshness_status(1000000, std::nullopt, std::nullopt), "ok");
  EXPECT_EQ(freshness_status(100, std::nullopt, seconds{60}), "error");
  EXPECT_EQ(freshness_status(100, seconds{60}, std::nullopt), "warn");
}

TEST(FreshnessTargets, TablesInheritTheirSourceAndMayReplaceIt) {
  Config c;
  Source app;
  app.name = "app";
  app.schema = "app_schema";
  app.loaded_at = "_loaded_at";
  app.freshness = Freshness{seconds{3600}, seconds{7200}, {}};
  SourceTable users;
  users.name = "users";
  SourceTable events;
  events.name = "events";
  events.loaded_at = "received_at";
  events.freshness = Freshness{std::nullopt, seconds{600}, {}};
  events.filter = "kind <> 'test'";
  app.tables = {users, events};
  Source plain;  // no loaded_at anywhere: not measured
  plain.name = "plain";
  plain.schema = "plain";
  SourceTable t;
  t.name = "t";
  plain.tables = {t};
  c.sources = {app, plain};

  auto ts = freshness_targets(c);
  ASSERT_EQ(ts.size(), 2u);
  EXPECT_EQ(ts[0].name(), "app.users");
  EXPECT_EQ(ts[0].schema, "app_schema");
  EXPECT_EQ(ts[0].loaded_at, "_loaded_at");
  EXPECT_EQ(ts[0].warn_after, seconds{3600});
  EXPECT_EQ(ts[0].error_after, seconds{7200});
  EXPECT_EQ(ts[1].name(), "app.events");
  EXPECT_EQ(ts[1].loaded_at, "received_at");
  EXPECT_EQ(ts[1].warn_after, std::nullopt);  // the table's freshness replaces the source's
  EXPECT_EQ(ts[1].error_after, seconds{600});
  EXPECT_EQ(ts[1].filter, std::optional<std::string>("kind <> 'test'"));
}

TEST(FreshnessReport, CountsAndErroring) {
  FreshnessReport r;
  FreshnessTarget a{"app", "a", "app", "x", {}, {}, {}};
  FreshnessTarget b{"app", "b", "app", "x", {}, {}, {}};
  FreshnessTarget c{"ev", "c", "raw", "x", {}, {}, {}};
  r.checks = {
      {a, {}, {}, {}, "ok", ""}, {b, {}, {}, {}, "error", "x"}, {c, {}, {}, {}, "warn", ""}};
  EXPECT_EQ(r.errors(), 1);
  EXPECT_EQ(r.warnings(), 1);
  EXPECT_EQ(r.erroring(), std::set<std::string>{"app.b"});
}

// Bug 6: a what-if (`freshness --now`) was recorded. A report measured against a given now is one,
// and recording it writes nothing: no check, no pruning.
TEST(FreshnessReport, AWhatIfIsNeverRecorded) {
  FreshnessTarget t{"app", "users", "app", "_loaded_at", seconds{60}, seconds{120}, std::nullopt};
  auto answer = [](const Statement& s) {
    ResultSet r;
    if (s.label.rfind("columns of", 0) == 0)
      r.rows = {{std::string("_loaded_at"), std::string("timestamp with time zone")}};
    else
      r.rows = {{std::string("2025-01-01 00:00:00"), std::string("1735689600")}};
    return r;
  };
  auto postgres = make_dialect(DialectName::postgres);
  RecordingExecutor measuring(answer);
  FreshnessReport what_if =
      measure_freshness(measuring, postgres->meta_sql(), {t}, 1735689600.0 + 90);
  EXPECT_TRUE(what_if.what_if);
  ASSERT_EQ(what_if.checks.size(), 1u);
  EXPECT_EQ(what_if.checks[0].status, "warn");
  RecordingExecutor recording;
  record_freshness(recording, postgres->meta_sql(), "starling", what_if, 1, seconds{3600});
  EXPECT_TRUE(recording.statements().empty());
  // measured by the server's clock, the same report is recorded and pruned
  FreshnessReport real = what_if;
  real.what_if = false;
  record_freshness(recording, postgres->meta_sql(), "starling", real, 1, seconds{3600});
  EXPECT_EQ(recording.statements().size(), 2u);
}

TEST(FormatLag, ReadsLikeAPerson) {
  EXPECT_EQ(format_lag(0), "0s");
  EXPECT_EQ(format_lag(-5), "0s");
  EXPECT_EQ(format_lag(59), "59s");
  EXPECT_EQ(format_lag(61), "1m 01s");
  EXPECT_EQ(format_lag(7500), "2h 05m");
  EXPECT_EQ(format_lag(3 * 86400 + 4 * 3600 + 59), "3d 4h");
}

HealthData sample() {
  HealthData d;
  d.project = "shop <&>";
  d.target = "prod";
  d.timezone = "Europe/Paris";
  d.generated_at = 1735689600;  // 2025-01-01 00:00:00 UTC
  d.rows = {
      {"source", "app.users", "ok", "2024-12-31 23:00:00", 3600, 7200, 7200, 21600, {}, {}},
      {"source",
       "app.orders",
       "error",
       {},
       {},
       21600,
       7200,
       21600,
       std::string("table app.orders does not exist"),
       {}},
      {"model", "dim_users", "failed", {}, {}, {}, {}, {}, std::string("<script>x</script>"), {}},
      {"model", "fct_orders", "never", {}, {}, {}, {}, {}, {}, {}},
  };
  HealthRun run;
  run.run_id = 7;
  run.command = "run";
  run.status = "failed";
  run.started_at = "2024-12-31 23:59:00";
  run.duration_s = 12.5;
  run.inserted = 10;
  run.models_ok = 1;
  run.models_failed = 1;
  d.runs = {run};
  d.lag["app.users"] = {{1735603200, 100}, {1735606800, 3700}, {1735689600, 3600}};
  d.run_durations = {{{1735603200, 10}, "success"}, {{1735689540, 12.5}, "failed"}};
  return d;
}

TEST(HealthPage, IsSelfContainedAndEscapesEverything) {
  std::string html = render_health_html(sample());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("shop &lt;&amp;&gt;"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);  // the model's message is escaped
  EXPECT_NE(html.find("&lt;script&gt;x&lt;/script&gt;"), std::string::npos);
  // no network: nothing is fetched
  EXPECT_EQ(html.find("src="), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("@import"), std::string::npos);
  EXPECT_EQ(html.find("url("), std::string::npos);
  // times in the project's zone: 2025-01-01 00:00 UTC is 01:00 in Paris
  EXPECT_NE(html.find("generated 2025-01-01 01:00:00 Europe/Paris"), std::string::npos);
  // the overall status is the worst one, and every row is on the board
  EXPECT_NE(html.find("error: 3 of 4 need attention"), std::string::npos);
  for (const char* n : {"app.users", "app.orders", "dim_users", "fct_orders"})
    EXPECT_NE(html.find(n), std::string::npos) << n;
  // one lag chart (the only source with history) with its thresholds, one duration chart
  EXPECT_NE(html.find("aria-label=\"lag of app.users\""), std::string::npos);
  EXPECT_EQ(html.find("aria-label=\"lag of app.orders\""), std::string::npos);
  EXPECT_NE(html.find("warn_after</text>"), std::string::npos);
  EXPECT_NE(html.find("aria-label=\"run durations\""), std::string::npos);
  EXPECT_NE(html.find("12.5 s, failed"), std::string::npos);
}

TEST(HealthPage, EmptyMetaSchemaSaysSo) {
  HealthData d;
  d.project = "p";
  d.target = "t";
  d.timezone = "UTC";
  std::string html = render_health_html(d);
  EXPECT_NE(html.find("Nothing recorded yet"), std::string::npos);
  EXPECT_NE(html.find("All sources and models ok"), std::string::npos);
  EXPECT_NE(html.find("No finished runs in this period"), std::string::npos);
}

TEST(HealthPage, OverallStatusIsTheWorst) {
  std::vector<HealthRow> rows(3);
  rows[0].status = "ok";
  rows[1].status = "never";
  rows[2].status = "warn";
  EXPECT_EQ(overall_status(rows), "warn");
  rows[0].status = "failed";
  EXPECT_EQ(overall_status(rows), "failed");
  rows[1].status = "error";
  EXPECT_EQ(overall_status(rows), "error");
  EXPECT_EQ(overall_status({}), "ok");
}

}  // namespace
}  // namespace starling
