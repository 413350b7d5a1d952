#include "plan/periods.hpp"

#include "project/model.hpp"

#include <gtest/gtest.h>

namespace starling {
namespace {

LocalTime at(const std::string& s) {
  return *parse_local(s);
}

TEST(Periods, FloorAndNext) {
  struct Case {
    Period p;
    std::string t, floor, next;
  } cases[] = {
      {Period::hour, "2025-03-10 13:45:00", "2025-03-10 13:00:00", "2025-03-10 14:00:00"},
      {Period::day, "2025-03-10 13:45:00", "2025-03-10 00:00:00", "2025-03-11 00:00:00"},
      {Period::week, "2025-03-16 23:00:00", "2025-03-10 00:00:00", "2025-03-17 00:00:00"},
      {Period::week, "2025-03-10 00:00:00", "2025-03-10 00:00:00", "2025-03-17 00:00:00"},
      {Period::month, "2024-02-29 10:00:00", "2024-02-01 00:00:00", "2024-03-01 00:00:00"},
      {Period::month, "2024-12-31 10:00:00", "2024-12-01 00:00:00", "2025-01-01 00:00:00"},
  };
  for (const auto& c : cases) {
    LocalTime f = period_floor(at(c.t), c.p);
    EXPECT_EQ(format_local(f), c.floor) << to_string(c.p) << " " << c.t;
    EXPECT_EQ(format_local(period_next(f, c.p)), c.next) << to_string(c.p) << " " << c.t;
  }
}

TEST(Periods, LocalTimeFollowsTheZone) {
  // 2025-03-30 01:30 UTC is 03:30 in Paris (summer time began at 01:00 UTC)
  auto utc =
      std::chrono::system_clock::time_point{} +
      std::chrono::duration_cast<std::chrono::system_clock::duration>(at("2025-03-30 01:30:00"));
  EXPECT_EQ(format_local(to_local(utc, "Europe/Paris")), "2025-03-30 03:30:00");
  EXPECT_EQ(format_local(to_local(utc, "UTC")), "2025-03-30 01:30:00");
}

TEST(Periods, DueWindows) {
  std::set<LocalTime> built = {at("2025-01-01"), at("2025-01-02"), at("2025-01-03"),
                               at("2025-01-05")};
  std::set<LocalTime> late = {at("2025-01-02")};
  auto w = due_windows(at("2025-01-01"), at("2025-01-08 10:00:00"), Period::day, 2, built, late, 2);
  std::vector<std::string> got;
  for (const auto& x : w)
    got.push_back(format_local(x.start) + ".." + format_local(x.end) + "/" +
                  std::to_string(x.periods));
  // 01-02 late; 01-04 never built; 01-06 and 01-07 in the lookback, 01-08 the current day
  EXPECT_EQ(got, (std::vector<std::string>{
                     "2025-01-02 00:00:00..2025-01-03 00:00:00/1",
                     "2025-01-04 00:00:00..2025-01-05 00:00:00/1",
                     "2025-01-06 00:00:00..2025-01-08 00:00:00/2",
                     "2025-01-08 00:00:00..2025-01-09 00:00:00/1",
                 }));
}

TEST(Periods, NothingNewLeavesTheLookbackAlone) {
  std::set<LocalTime> built = {at("2025-01-01"), at("2025-01-02"), at("2025-01-04"),
                               at("2025-01-05"), at("2025-01-06")};
  std::set<LocalTime> late = {at("2025-01-02")};
  auto w = due_windows(at("2025-01-01"), at("2025-01-06 10:00:00"), Period::day, 2, built, late, 5,
                       false);
  std::vector<std::string> got;
  for (const auto& x : w)
    got.push_back(format_local(x.start).substr(0, 10) + "/" + std::to_string(x.periods));
  // late (01-02) and never built (01-03) only: not the lookback (01-04, 01-05) nor the current
  // day (01-06)
  EXPECT_EQ(got, (std::vector<std::string>{"2025-01-02/2"}));
}

TEST(Periods, LookbackNoneRebuildsNoBuiltPeriodWhole) {
  std::set<LocalTime> built = {at("2025-01-01"), at("2025-01-02"), at("2025-01-03"),
                               at("2025-01-04")};
  std::set<LocalTime> late = {at("2025-01-02")};  // a late_data entry without a grain
  auto w = due_windows(at("2025-01-01"), at("2025-01-05 10:00:00"), Period::day, k_lookback_none,
                       built, late, 5);
  std::vector<std::string> got;
  for (const auto& x : w)
    got.push_back(format_local(x.start).substr(0, 10) + "/" + std::to_string(x.periods));
  // the late day and the new current day (never built); not the built current-1 (01-04)
  EXPECT_EQ(got, (std::vector<std::string>{"2025-01-02/1", "2025-01-05/1"}));
}

TEST(Periods, GroupWindowsJoinsConsecutivePeriodsUpToTheBatch) {
  std::set<LocalTime> ps = {at("2025-01-06"), at("2025-01-13"), at("2025-01-20"), at("2025-02-03")};
  auto w = group_windows(ps, Period::week, 2);
  std::vector<std::string> got;
  for (const auto& x : w)
    got.push_back(format_local(x.start).substr(0, 10) + ".." + format_local(x.end).substr(0, 10));
  EXPECT_EQ(got, (std::vector<std::string>{"2025-01-06..2025-01-20", "2025-01-20..2025-01-27",
                                           "2025-02-03..2025-02-10"}));
  EXPECT_TRUE(group_windows({}, Period::day, 3).empty());
}

TEST(Periods, FirstRunBackfillsInBatches) {
  auto w = due_windows(at("2025-01-01"), at("2025-03-15 00:30:00"), Period::month, 0, {}, {}, 2);
  ASSERT_EQ(w.size(), 2u);
  EXPECT_EQ(format_local(w[0].start), "2025-01-01 00:00:00");
  EXPECT_EQ(format_local(w[0].end), "2025-03-01 00:00:00");
  EXPECT_EQ(format_local(w[1].end), "2025-04-01 00:00:00");
}

}  // namespace
}  // namespace starling
