// The table a model is stored in: its columns, in order, with their roles. Pure: no SQL text.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "project/model.hpp"

namespace starling {

enum class ColumnRole {
  surrogate_key,  // identity column of a dimension (or date_key of a date dimension)
  natural_key,    // part of a dimension's `key`
  attribute,      // a declared column
  reference,      // a fact's surrogate key to a dimension
  period_time,    // a period fact's time column, stored so periods can be rebuilt
  measure,
  inferred_flag,   // is_inferred of a dimension
  valid_from,      // history: versions: when the version took effect (timestamptz)
  valid_to,        // … and when the next one did (k_far_future for the current version)
  current_flag,    // … is_current
  unresolved_key,  // a fact's natural key of a reference at the unknown member (-1), else NULL
};

// The end of a current version and the start of an inferred one before any real version:
// timestamptz literals both dialects hold (Redshift has no 'infinity').
inline constexpr const char* k_far_future = "9999-12-31 00:00:00+00";
inline constexpr const char* k_far_past = "0001-01-01 00:00:00+00";
// The columns a versions dimension adds.
inline constexpr const char* k_valid_from = "valid_from";
inline constexpr const char* k_valid_to = "valid_to";
inline constexpr const char* k_is_current = "is_current";
// Whether `m` is a dimension with history: versions.
bool has_versions(const Model& m);

struct StoredColumn {
  std::string name;
  std::string type;
  ColumnRole role = ColumnRole::attribute;
  bool not_null = false;
  std::optional<std::string> default_value;  // SQL literal as written in the model
  bool operator==(const StoredColumn& o) const {
    return name == o.name && type == o.type && role == o.role && not_null == o.not_null &&
           default_value == o.default_value;
  }
};

// The surrogate key column of a dimension (its `surrogate_key`, or <name>_sk), or date_key.
std::string surrogate_key_of(const Model& m);
// The surrogate key of a dimension named `model` that names none: dim_users -> users_sk.
std::string default_surrogate_key(const std::string& model);
// The type of a dimension's surrogate key: "integer" for a date dimension, else "bigint".
std::string surrogate_key_type(const Model& m);

// Whether a fact keeps, next to the reference, the natural key of its rows at the unknown member
// (-1) so that they are pointed at the member once the dimension has it (a member that arrives
// after its facts, a version that comes to hold their time): with on_missing: unknown, and with
// infer to a versions dimension (an event while a member was deleted). on_missing: fail never
// leaves a known key at -1, nor does infer to a dimension without versions.
bool keeps_unresolved(const Reference& r, const Project& p);
// That column: <reference column>_unresolved.
std::string unresolved_column(const Reference& r);
// The type of a dimension's natural key as a fact stores it (a date dimension's: date).
std::string natural_key_type(const Model& dim);

// REQUIRES: the project passed check_project (references resolve).
std::vector<StoredColumn> stored_columns(const Model& m, const Project& p);

// The stored columns that make a model's rows unique: a dimension's natural key, a date
// dimension's date_key, a fact's grain with references replaced by their surrogate key columns.
std::vector<std::string> unique_columns(const Model& m);

// The time column type a period fact stores when the model does not declare it.
std::string default_time_type(Period p);

}  // namespace starling
