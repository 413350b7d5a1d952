#include "util/log.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <streambuf>

namespace starling {
namespace {

TEST(Logger, QuietKeepsErrorsAndSummary) {
  std::ostringstream out;
  Logger log(out, LogFormat::text, Verbosity::quiet, false);
  log.info("applied x");
  log.progress("3/10");
  log.warn("careful");
  log.error("broken");
  log.summary("migrate: 1 applied");
  EXPECT_EQ(out.str(), "warn: careful\nerror: broken\nmigrate: 1 applied\n");
}

// ISO 8601 with milliseconds and the offset of the local zone
const std::regex k_iso_ts(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$)");

TEST(Logger, JsonLinesAreEscaped) {
  std::ostringstream out;
  Logger log(out, LogFormat::json, Verbosity::normal, true);
  log.error("bad \"value\"\nat line 2");
  std::regex line(
      R"(^\{"ts":"[^"]+","level":"error","event":"message","msg":"bad \\"value\\"\\nat line 2"\}\n$)");
  EXPECT_TRUE(std::regex_match(out.str(), line)) << out.str();
  auto j = nlohmann::json::parse(out.str());
  EXPECT_TRUE(std::regex_match(j["ts"].get<std::string>(), k_iso_ts)) << j["ts"];
}

TEST(Logger, TimestampsCarryTheirOffset) {
  for (const char* tz : {"UTC0", "CET-1", "EST5", "IST-5:30"}) {
    setenv("TZ", tz, 1);
    tzset();
    std::string ts = iso_timestamp_now();
    EXPECT_TRUE(std::regex_match(ts, k_iso_ts)) << tz << ": " << ts;
    std::string want = std::string(tz) == "UTC0"    ? "+00:00"
                       : std::string(tz) == "CET-1" ? "+01:00"
                       : std::string(tz) == "EST5"  ? "-05:00"
                                                    : "+05:30";
    EXPECT_EQ(ts.substr(ts.size() - 6), want) << tz << ": " << ts;
  }
  unsetenv("TZ");
  tzset();
}

LogEvent finished() {
  LogEvent e;
  e.event = "model_finished";
  e.msg = "dim_users: 3 inserted, 1 updated, 0 deleted (12 ms)";
  e.run_id = 7;
  e.model = "dim_users";
  e.status = "success";
  e.inserted = 3;
  e.updated = 1;
  e.deleted = 0;
  e.periods = 0;
  e.duration_ms = 12;
  return e;
}

// --log-format json: one object a line with the event's fields, typed, not only `msg`
TEST(Logger, JsonEventsCarryTheirFields) {
  std::ostringstream out;
  Logger log(out, LogFormat::json, Verbosity::normal, false);
  log.event(finished());
  LogEvent failed;
  failed.level = "error";
  failed.event = "model_failed";
  failed.msg = "fct_orders: upsert fct_orders failed: boom";
  failed.run_id = 7;
  failed.model = "fct_orders";
  failed.status = "failed";
  failed.error = "upsert fct_orders failed: boom";
  log.event(failed);
  auto lines = out.str();
  ASSERT_EQ(std::count(lines.begin(), lines.end(), '\n'), 2) << lines;
  auto first = nlohmann::json::parse(lines.substr(0, lines.find('\n')));
  auto second = nlohmann::json::parse(lines.substr(lines.find('\n') + 1));
  EXPECT_EQ(first["level"], "info");
  EXPECT_EQ(first["event"], "model_finished");
  EXPECT_EQ(first["run_id"], 7);
  EXPECT_EQ(first["model"], "dim_users");
  EXPECT_EQ(first["status"], "success");
  EXPECT_EQ(first["inserted"], 3);
  EXPECT_EQ(first["updated"], 1);
  EXPECT_EQ(first["deleted"], 0);
  EXPECT_EQ(first["periods"], 0);
  EXPECT_EQ(first["duration_ms"], 12);
  EXPECT_FALSE(first.contains("error"));
  EXPECT_EQ(first["msg"], "dim_users: 3 inserted, 1 updated, 0 deleted (12 ms)");
  EXPECT_EQ(second["level"], "error");
  EXPECT_EQ(second["event"], "model_failed");
  EXPECT_EQ(second["error"], "upsert fct_orders failed: boom");
  EXPECT_FALSE(second.contains("inserted"));
}

TEST(Logger, TextEventsPrintTheirMessageAtTheirLevel) {
  std::ostringstream out;
  Logger quiet(out, LogFormat::text, Verbosity::quiet, false);
  quiet.event(finished());  // info: not under cron
  LogEvent skipped;
  skipped.level = "warn";
  skipped.event = "model_skipped";
  skipped.msg = "fct_x: skipped: upstream model dim_x did not build";
  quiet.event(skipped);
  EXPECT_EQ(out.str(), "warn: fct_x: skipped: upstream model dim_x did not build\n");
  std::ostringstream normal;
  Logger log(normal, LogFormat::text, Verbosity::normal, false);
  log.event(finished());
  EXPECT_EQ(normal.str(), "dim_users: 3 inserted, 1 updated, 0 deleted (12 ms)\n");
}

// A message in another encoding than UTF-8 still makes one valid line, not an exception.
TEST(Logger, JsonOfBytesThatAreNotUtf8IsStillALine) {
  std::ostringstream out;
  Logger log(out, LogFormat::json, Verbosity::normal, false);
  log.error("caf\xe9");
  auto j = nlohmann::json::parse(out.str());
  EXPECT_EQ(j["msg"], "caf\xef\xbf\xbd");
}

// Bug 5: output errors never abort work. A stream that throws on failure (as a closed pipe makes
// it fail) loses the line and nothing else.
TEST(Logger, AStreamThatFailsLosesTheLineNotTheWork) {
  struct Broken : std::streambuf {
    int overflow(int) override { return traits_type::eof(); }
  } broken;
  std::ostream out(&broken);
  out.exceptions(std::ios::badbit | std::ios::failbit);
  for (auto format : {LogFormat::text, LogFormat::json}) {
    Logger log(out, format, Verbosity::normal, true);
    EXPECT_NO_THROW(log.error("lost"));
    EXPECT_NO_THROW(log.event(finished()));
    EXPECT_NO_THROW(log.summary("run 1: ..."));
    out.clear();
  }
}

}  // namespace
}  // namespace starling
