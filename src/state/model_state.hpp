// The runner's reads of the ledger (SPEC §6): what the meta schema holds of the models, as small
// types filled in one place, not rows indexed by position.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "db/executor.hpp"
#include "plan/periods.hpp"
#include "sql/identifier.hpp"
#include "sql/meta.hpp"

namespace starling {

// What the meta schema recorded of a model (its `models` row).
struct RecordedModel {
  std::string fingerprint;
  std::optional<std::string> definition;  // none when built by a starling before meta version 3
  bool built = false;  // a build finished (a table whose first build never did is recreated)
};
// Every model recorded, by name.
std::map<std::string, RecordedModel> read_recorded_models(Executor& e, const MetaSql& sql,
                                                          const Ident& meta);

// A model's watermarks: source.table (or a starling marker) -> local timestamp text.
std::map<std::string, std::string> read_watermarks(Executor& e, const MetaSql& sql,
                                                   const Ident& meta, const std::string& model);

// The starts of a period fact's built periods (local time).
std::set<LocalTime> read_built_periods(Executor& e, const MetaSql& sql, const Ident& meta,
                                       const std::string& model);

// Whether one of `upstream` wrote rows after `model` last built successfully (true when it never
// did).
bool read_upstream_wrote(Executor& e, const MetaSql& sql, const Ident& meta,
                         const std::string& model, const std::set<std::string>& upstream);

}  // namespace starling
