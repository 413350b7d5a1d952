// Periods of a fact (SPEC §3.3), in the project's local time: pure arithmetic on dates, with "now"
// passed in (the clock is injected, never read here).
#pragma once

#include <chrono>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "project/model.hpp"

namespace starling {

// A local wall-clock time, seconds since 1970-01-01 00:00 (no zone).
using LocalTime = std::chrono::duration<long long>;

// The local time of `utc` in the IANA zone `tz`. Throws Error(project) for an unknown zone.
LocalTime to_local(std::chrono::system_clock::time_point utc, const std::string& tz);

// The start of the period holding `t` (weeks start on Monday, ISO).
LocalTime period_floor(LocalTime t, Period p);
// The start of the period after the one starting at `start`.
LocalTime period_next(LocalTime start, Period p);

// "YYYY-MM-DD HH:MM:SS", and back (nothing if malformed).
std::string format_local(LocalTime t);
std::optional<LocalTime> parse_local(const std::string& s);

// A half-open run of consecutive periods [start, end).
struct Window {
  LocalTime start;
  LocalTime end;
  int periods = 0;
  bool operator==(const Window& o) const {
    return start == o.start && end == o.end && periods == o.periods;
  }
};

// The periods a run rebuilds: every period from `first` up to the one holding `now` that is not
// in `built`, the `lookback` periods before the current one and the current one, and the `late`
// ones; grouped into windows of at most `batch` consecutive periods, in time order.
// With `recent_due` false (nothing the model reads changed since it was built) the lookback and the
// current period are not due by themselves: only never-built and late periods are. A negative
// lookback (`lookback: none`) makes no built period due by itself either.
std::vector<Window> due_windows(LocalTime first, LocalTime now, Period p, int lookback,
                                const std::set<LocalTime>& built, const std::set<LocalTime>& late,
                                int batch, bool recent_due = true);

// Period starts grouped into windows of at most `batch` consecutive periods, in time order.
std::vector<Window> group_windows(const std::set<LocalTime>& periods, Period p, int batch);
// Windows over `periods` at most `batch` periods long each, the periods between them included
// (a window's `periods` counts those of `periods` only).
std::vector<Window> span_windows(const std::set<LocalTime>& periods, Period p, int batch);

}  // namespace starling
