#include "plan/date_rows.hpp"

#include <date/date.h>
#include <date/iso_week.h>

#include <map>

namespace starling {

using date::days;
using date::local_days;

LocalTime date_dimension_end(const DateDimensionSpec& spec, LocalTime today) {
  if (auto d = parse_local(spec.end)) return *d;
  // today, today+Nd, today+Nm, today+Ny (and -)
  auto day = date::floor<days>(today);
  if (spec.end.size() <= 5) return day;
  int n = std::stoi(spec.end.substr(5, spec.end.size() - 6));
  char unit = spec.end.back();
  date::year_month_day ymd{local_days{day}};
  if (unit == 'd') return day + days{n};
  if (unit == 'm') ymd += date::months{n};
  if (unit == 'y') ymd += date::years{n};
  if (!ymd.ok()) ymd = ymd.year() / ymd.month() / date::last;
  return local_days{ymd}.time_since_epoch();
}

std::vector<std::vector<std::string>> date_dimension_rows(const DateDimensionSpec& spec,
                                                          LocalTime today) {
  static const char* k_months[] = {"January",   "February", "March",    "April",
                                   "May",       "June",     "July",     "August",
                                   "September", "October",  "November", "December"};
  static const char* k_days[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                 "Friday", "Saturday", "Sunday"};
  std::map<std::string, std::string> holidays;
  for (const auto& h : spec.holidays) holidays[h.date] = h.name;
  auto first = date::floor<days>(*parse_local(spec.start));
  auto last = date::floor<days>(date_dimension_end(spec, today));
  std::vector<std::vector<std::string>> rows;
  for (auto d = first; d <= last; d += days{1}) {
    local_days ld{d};
    date::year_month_day ymd{ld};
    iso_week::year_weeknum_weekday iso{date::sys_days{d}};
    int y = int(ymd.year());
    int m = int(unsigned(ymd.month()));
    int dom = int(unsigned(ymd.day()));
    int dow = int(date::weekday{ld}.iso_encoding());
    int fs = spec.fiscal_year_start;
    int fiscal_year = fs == 1 ? y : (m >= fs ? y + 1 : y);
    int fiscal_quarter = ((m - fs + 12) % 12) / 3 + 1;
    char iso_date[16];
    std::snprintf(iso_date, sizeof iso_date, "%04d-%02d-%02d", y, m, dom);
    auto hol = holidays.find(iso_date);
    rows.push_back({std::to_string(y * 10000 + m * 100 + dom), iso_date, std::to_string(y),
                    std::to_string((m - 1) / 3 + 1), std::to_string(m), k_months[m - 1],
                    std::to_string(dom), std::to_string(dow), k_days[dow - 1],
                    std::to_string(int(iso.year())), std::to_string(unsigned(iso.weeknum())),
                    dow >= 6 ? "true" : "false", std::to_string(fiscal_year),
                    std::to_string(fiscal_quarter), hol != holidays.end() ? "true" : "false",
                    hol != holidays.end() ? hol->second : ""});
  }
  return rows;
}

}  // namespace starling
