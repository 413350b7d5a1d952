#include "plan/watermarks.hpp"

#include <algorithm>

namespace starling {

const std::string* Watermarks::find(const std::string& name) const {
  auto it = values_.find(name);
  return it == values_.end() ? nullptr : &it->second;
}

std::optional<LocalTime> Watermarks::oldest(const std::vector<std::string>& names) const {
  std::optional<LocalTime> out;
  for (const auto& n : names) {
    const std::string* w = find(n);
    auto v = w ? parse_local(*w) : std::nullopt;
    if (!v) return std::nullopt;
    out = out ? std::min(*out, *v) : *v;
  }
  return out;
}

std::string Watermarks::since(const std::vector<std::string>& names) const {
  auto v = oldest(names);
  return v ? format_local(*v - overlap_) : std::string("-infinity");
}

}  // namespace starling
