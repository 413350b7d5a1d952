// Lineage between models: who reads whom (ref(), references, densify), a build order, and the
// selection syntax of SPEC §4 (name, tag:x, name+, +name).
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "project/model.hpp"
#include "util/error.hpp"

namespace starling {

struct Lineage {
  std::map<std::string, std::set<std::string>> upstream;    // model -> models it reads
  std::map<std::string, std::set<std::string>> downstream;  // model -> models reading it
  std::map<std::string, std::set<std::string>> sources;     // model -> "source.table" it reads
};

// Lineage of every model (edges to unknown models are left out; check_project reports them).
Lineage lineage_of(const Project& p);

// Every model in an order where each comes after all it reads; ties by name. A cycle is reported to
// `diags` naming the whole cycle, and the models on it are left out of the order.
std::vector<std::string> build_order(const Project& p, const Lineage& l, Diagnostics& diags);

// The models `selectors` pick (all when empty), in build order. An unknown name or tag throws an
// Error(usage) with a suggestion.
std::vector<std::string> select_models(const Project& p, const Lineage& l,
                                       const std::vector<std::string>& order,
                                       const std::vector<std::string>& selectors);

// `names` and everything downstream of them, in build order.
std::vector<std::string> with_downstream(const Lineage& l, const std::vector<std::string>& order,
                                         const std::set<std::string>& names);

}  // namespace starling
