#include "util/log.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <sstream>

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

TEST(Logger, JsonLinesAreEscaped) {
  std::ostringstream out;
  Logger log(out, LogFormat::json, Verbosity::normal, true);
  log.error("bad \"value\"\nat line 2");
  std::regex line(
      R"(^\{"ts":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ","level":"error","msg":"bad \\"value\\"\\nat line 2"\}\n$)");
  EXPECT_TRUE(std::regex_match(out.str(), line)) << out.str();
}

}  // namespace
}  // namespace starling
