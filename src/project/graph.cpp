#include "project/graph.hpp"

#include <algorithm>
#include <functional>

#include "util/strings.hpp"

namespace starling {

Lineage lineage_of(const Project& p) {
  Lineage l;
  auto edge = [&](const std::string& from, const std::string& to) {
    if (from == to || !p.model(to)) return;
    l.upstream[from].insert(to);
    l.downstream[to].insert(from);
  };
  for (const auto& m : p.models) {
    l.upstream[m.name];
    l.downstream[m.name];
    if (m.from) l.sources[m.name].insert(m.from->source + "." + m.from->table);
    for (const auto& part : m.sql.parts) {
      if (auto r = std::get_if<ModelRef>(&part.value)) edge(m.name, r->model);
      if (auto s = std::get_if<SourceRef>(&part.value))
        l.sources[m.name].insert(s->source + "." + s->table);
    }
    for (const auto& r : m.references) edge(m.name, r.dimension);
    if (m.densify) edge(m.name, m.densify->dimension);
  }
  return l;
}

std::vector<std::string> build_order(const Project& p, const Lineage& l, Diagnostics& diags) {
  std::map<std::string, size_t> pending;
  std::set<std::string> ready;
  for (const auto& m : p.models) {
    pending[m.name] = l.upstream.at(m.name).size();
    if (pending[m.name] == 0) ready.insert(m.name);
  }
  std::vector<std::string> order;
  while (!ready.empty()) {
    std::string n = *ready.begin();
    ready.erase(ready.begin());
    order.push_back(n);
    for (const auto& d : l.downstream.at(n))
      if (--pending[d] == 0) ready.insert(d);
  }
  if (order.size() == p.models.size()) return order;

  // Report each cycle once: walk upstream edges among the unordered models until one repeats.
  std::set<std::string> done(order.begin(), order.end());
  std::set<std::string> reported;
  for (const auto& m : p.models) {
    if (done.count(m.name) || reported.count(m.name)) continue;
    std::vector<std::string> path;
    std::map<std::string, size_t> index;
    std::string cur = m.name;
    while (!index.count(cur)) {
      index[cur] = path.size();
      path.push_back(cur);
      for (const auto& u : l.upstream.at(cur)) {
        if (!done.count(u)) {
          cur = u;
          break;
        }
      }
    }
    std::vector<std::string> cycle(path.begin() + static_cast<long>(index[cur]), path.end());
    // name the cycle from its alphabetically first model, in reading order (a reads b reads ...)
    auto first = std::min_element(cycle.begin(), cycle.end());
    std::rotate(cycle.begin(), first, cycle.end());
    bool seen = false;
    for (const auto& c : cycle) seen = seen || reported.count(c);
    for (const auto& c : cycle) reported.insert(c);
    if (seen) continue;
    std::string text = join(cycle, " -> ") + " -> " + cycle.front();
    diags.add(p.model(cycle.front())->loc, "dependency cycle: " + text,
              "a model cannot read itself through other models; remove one of these references");
  }
  return order;
}

std::vector<std::string> with_downstream(const Lineage& l, const std::vector<std::string>& order,
                                         const std::set<std::string>& names) {
  std::set<std::string> picked;
  std::function<void(const std::string&)> down = [&](const std::string& n) {
    if (!picked.insert(n).second) return;
    auto it = l.downstream.find(n);
    if (it != l.downstream.end())
      for (const auto& d : it->second) down(d);
  };
  for (const auto& n : names) down(n);
  std::vector<std::string> out;
  for (const auto& n : order)
    if (picked.count(n)) out.push_back(n);
  return out;
}

std::vector<std::string> select_models(const Project& p, const Lineage& l,
                                       const std::vector<std::string>& order,
                                       const std::vector<std::string>& selectors) {
  if (selectors.empty()) return order;
  std::set<std::string> picked;
  std::vector<std::string> names;
  for (const auto& m : p.models) names.push_back(m.name);
  std::function<void(const std::string&, bool)> walk = [&](const std::string& n, bool up) {
    if (!picked.insert(n).second) return;
    const auto& edges = up ? l.upstream : l.downstream;
    auto it = edges.find(n);
    if (it != edges.end())
      for (const auto& x : it->second) walk(x, up);
  };
  for (std::string s : selectors) {
    if (starts_with(s, "tag:")) {
      std::string tag = s.substr(4);
      bool any = false;
      for (const auto& m : p.models) {
        if (std::find(m.tags.begin(), m.tags.end(), tag) != m.tags.end()) {
          picked.insert(m.name);
          any = true;
        }
      }
      if (!any) throw Error(ErrorCategory::usage, "no model has the tag '" + tag + "'");
      continue;
    }
    bool up = starts_with(s, "+");
    bool down = ends_with(s, "+");
    std::string name = s.substr(up ? 1 : 0, s.size() - (up ? 1 : 0) - (down ? 1 : 0));
    if (!p.model(name)) {
      throw Error(ErrorCategory::usage, "no model named '" + name + "'", std::nullopt,
                  did_you_mean(name, names));
    }
    if (up) {
      picked.erase(name);
      walk(name, true);
    }
    if (down) {
      picked.erase(name);
      walk(name, false);
    }
    picked.insert(name);
  }
  std::vector<std::string> out;
  for (const auto& n : order)
    if (picked.count(n)) out.push_back(n);
  return out;
}

}  // namespace starling
