#include "plan/periods.hpp"

#include <date/date.h>
#include <date/tz.h>

#include <cstdio>

#include "util/error.hpp"

namespace starling {

using date::days;
using date::local_days;
using date::year_month_day;

LocalTime to_local(std::chrono::system_clock::time_point utc, const std::string& tz) {
  try {
    auto zt = date::make_zoned(tz, std::chrono::time_point_cast<std::chrono::seconds>(utc));
    return std::chrono::duration_cast<LocalTime>(zt.get_local_time().time_since_epoch());
  } catch (const std::exception& e) {
    throw Error(ErrorCategory::project, "unknown time zone '" + tz + "': " + e.what());
  }
}

LocalTime period_floor(LocalTime t, Period p) {
  auto day = date::floor<days>(t);
  switch (p) {
    case Period::hour:
      return date::floor<std::chrono::hours>(t);
    case Period::day:
      return day;
    case Period::week: {
      date::weekday wd{local_days{day}};
      auto since_monday = (wd - date::Monday).count();
      return day - days{since_monday};
    }
    case Period::month: {
      year_month_day ymd{local_days{day}};
      return local_days{ymd.year() / ymd.month() / 1}.time_since_epoch();
    }
  }
  return t;
}

LocalTime period_next(LocalTime start, Period p) {
  switch (p) {
    case Period::hour:
      return start + std::chrono::hours{1};
    case Period::day:
      return start + days{1};
    case Period::week:
      return start + days{7};
    case Period::month: {
      year_month_day ymd{local_days{date::floor<days>(start)}};
      auto next = ymd.year() / ymd.month() / 1 + date::months{1};
      return local_days{next}.time_since_epoch();
    }
  }
  return start;
}

std::string format_local(LocalTime t) {
  auto day = date::floor<days>(t);
  year_month_day ymd{local_days{day}};
  auto rest = t - day;
  long long s = rest.count();
  char buf[96];  // ample for any values the compiler can imagine, so -Wformat-truncation is quiet
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u %02lld:%02lld:%02lld", int(ymd.year()),
                unsigned(ymd.month()), unsigned(ymd.day()), s / 3600, (s / 60) % 60, s % 60);
  return buf;
}

std::optional<LocalTime> parse_local(const std::string& s) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0;
  int n = std::sscanf(s.c_str(), "%d-%d-%d %d:%d:%d", &y, &mo, &d, &h, &mi, &se);
  if (n != 3 && n != 6) return std::nullopt;
  auto ymd = date::year{y} / mo / d;
  if (!ymd.ok()) return std::nullopt;
  return local_days{ymd}.time_since_epoch() + std::chrono::hours{h} + std::chrono::minutes{mi} +
         std::chrono::seconds{se};
}

std::vector<Window> group_windows(const std::set<LocalTime>& periods, Period p, int batch) {
  std::vector<Window> out;
  for (LocalTime t : periods) {
    LocalTime next = period_next(t, p);
    if (!out.empty() && out.back().end == t && out.back().periods < batch) {
      out.back().end = next;
      ++out.back().periods;
    } else {
      out.push_back(Window{t, next, 1});
    }
  }
  return out;
}

std::vector<Window> span_windows(const std::set<LocalTime>& periods, Period p, int batch) {
  std::vector<Window> out;
  for (LocalTime t : periods) {
    LocalTime next = period_next(t, p);
    int span = 0;  // periods from the window's start to this one's end
    if (!out.empty())
      for (LocalTime u = out.back().start; u < next && span <= batch; u = period_next(u, p)) ++span;
    if (!out.empty() && span <= batch) {
      out.back().end = next;
      ++out.back().periods;
    } else {
      out.push_back(Window{t, next, 1});
    }
  }
  return out;
}

std::vector<Window> due_windows(LocalTime first, LocalTime now, Period p, int lookback,
                                const std::set<LocalTime>& built, const std::set<LocalTime>& late,
                                int batch, bool recent_due) {
  LocalTime current = period_floor(now, p);
  // the lookback periods before the current one
  LocalTime recent = current;
  for (int i = 0; i < lookback; ++i) {
    LocalTime prev = period_floor(recent - std::chrono::seconds{1}, p);
    recent = prev;
  }
  bool recent_is_due = recent_due && lookback >= 0;
  std::set<LocalTime> due;
  for (LocalTime t = period_floor(first, p); t <= current; t = period_next(t, p))
    if (!built.count(t) || (recent_is_due && t >= recent) || late.count(t)) due.insert(t);
  return group_windows(due, p, batch);
}

}  // namespace starling
