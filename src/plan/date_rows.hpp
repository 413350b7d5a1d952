// The rows of a date dimension (SPEC §3.2), generated with the date library.
#pragma once

#include <string>
#include <vector>

#include "plan/periods.hpp"
#include "project/model.hpp"

namespace starling {

// The last day of a date dimension: its `end` as a date, or today+N[dmy] from `today`.
// REQUIRES: the spec passed validation.
LocalTime date_dimension_end(const DateDimensionSpec& spec, LocalTime today);

// One row per day from start to end (inclusive), each the stored columns' values as text in the
// order of stored_columns(): date_key (YYYYMMDD), date, year, quarter, month, month_name,
// day_of_month, day_of_week (1 = Monday), day_name, iso_year, iso_week, is_weekend, fiscal_year
// (named after the calendar year it ends in), fiscal_quarter, is_holiday, holiday_name ("" = NULL).
std::vector<std::vector<std::string>> date_dimension_rows(const DateDimensionSpec& spec,
                                                          LocalTime today);

}  // namespace starling
