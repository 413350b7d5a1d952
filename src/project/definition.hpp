// What a model's table and rows depend on, as text recorded in the meta schema when the model is
// built, and the classification of a change between two such texts (SPEC §4 plan/run, §6.5):
// nothing, additive (run applies it: new columns added and backfilled, new tests), or breaking
// (`starling rebuild MODEL` is needed).
#pragma once

#include <string>
#include <vector>

#include "project/model.hpp"

namespace starling {

// One "item value" line per aspect, sorted: kind, SQL (hashed), keys, grain, history, time zone,
// incremental settings, every column, reference, measure and test. Descriptions, tags, lookback
// and batch sizes are left out: they change no stored row.
std::string model_definition(const Model& m, const Project& p);

enum class ChangeLevel { none, additive, breaking };

struct ModelChange {
  ChangeLevel level = ChangeLevel::none;
  std::vector<std::string> reasons;      // "new column email", "sql changed", ...
  std::vector<std::string> new_columns;  // columns and measures run adds (additive only)
  bool new_tests = false;                // a test was added: its first run checks every row
  // One line: "additive: new column email; new test" or "breaking: sql changed".
  std::string describe() const;
};

// How `now` differs from `built`, both from model_definition. What only changes how later runs
// find rows (`deletes: scan` on or off) is no change; an earlier `start` is additive (run builds
// the periods never built), a later one breaking (rows before it would stay).
ModelChange classify_change(const std::string& built, const std::string& now);

const char* to_string(ChangeLevel l);

// The stored table's columns and unique key as text, and a hash of kind, SQL and that shape
// (recorded since the first version; the definition came with meta schema version 3).
std::string model_shape_text(const Model& m, const Project& p);
std::string model_fingerprint(const Model& m, const Project& p);

// The change of `m` since it was built with `fingerprint` and `definition` (nullopt when a
// starling before meta version 3 built it: then any change is breaking, as it cannot be told).
ModelChange classify_model(const Model& m, const Project& p, const std::string& fingerprint,
                           const std::optional<std::string>& definition);
// `columns` that starling itself adds and the table lacks (lacking_columns: a table made by an
// earlier starling) made part of `c`: an additive change that adds them, unless `c` is breaking.
void add_lacking_columns(ModelChange& c, const std::vector<std::string>& columns);

// What a rebuild of a dimension (and verify's scratch build) carries over from its live table, as
// a from-scratch build cannot know it (SPEC §3.1): every member's surrogate key, the values of
// its `keep` columns, and the members whose source rows are gone, with their attributes as last
// seen. Computed from the definition the live table was built with (model_definition; nullopt for
// a starling before meta schema version 3: then by the columns' names).
struct HistoryCarry {
  bool possible = true;              // false: the natural key changed, so nothing can be matched
  std::vector<std::string> lost;     // history a rebuild cannot carry, one phrase each
  std::string surrogate_key;         // the live table's surrogate key column
  std::vector<std::string> columns;  // attributes whose live values are carried (not the key)
  std::vector<std::string> keep;     // those of them that are `keep` columns
  bool versions = false;             // history: versions: every version is carried as it is
  // Needs `rebuild --discard-history`: something would be lost.
  bool loses_history() const { return !possible || !lost.empty(); }
  // What is carried, when it all can be: "every member's surrogate key, the keep values of …"
  std::string describe() const;
};

HistoryCarry history_carry(const Model& m, const Project& p,
                           const std::optional<std::string>& built);

}  // namespace starling
