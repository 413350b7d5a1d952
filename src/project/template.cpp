#include "project/template.hpp"

#include <regex>

#include "util/strings.hpp"

namespace starling {

bool SqlTemplate::uses(WindowVar v) const {
  for (const auto& p : parts)
    if (auto w = std::get_if<WindowVar>(&p.value); w && *w == v) return true;
  return false;
}

SqlTemplate parse_template(std::string_view text, const std::function<SourceLoc(size_t)>& locate,
                           Diagnostics& diags) {
  static const std::regex source_re(R"(^source\(\s*['"]([^'"]*)['"]\s*,\s*['"]([^'"]*)['"]\s*\)$)");
  static const std::regex ref_re(R"(^ref\(\s*['"]([^'"]*)['"]\s*\)$)");
  SqlTemplate t;
  t.loc = locate(0);
  std::string literal;
  size_t literal_start = 0;
  auto flush = [&] {
    if (!literal.empty()) t.parts.push_back({literal, locate(literal_start)});
    literal.clear();
  };
  size_t i = 0;
  while (i < text.size()) {
    if (text.compare(i, 2, "{{") != 0) {
      if (literal.empty()) literal_start = i;
      literal += text[i++];
      continue;
    }
    size_t close = text.find("}}", i + 2);
    SourceLoc at = locate(i);
    if (close == std::string_view::npos) {
      diags.add(at, "unclosed placeholder '{{'", "close it with '}}'");
      break;
    }
    flush();
    std::string inner = trim(text.substr(i + 2, close - i - 2));
    std::smatch m;
    if (std::regex_match(inner, m, source_re)) {
      t.parts.push_back({SourceRef{m[1], m[2]}, at});
    } else if (std::regex_match(inner, m, ref_re)) {
      t.parts.push_back({ModelRef{m[1]}, at});
    } else if (inner == "start") {
      t.parts.push_back({WindowVar::start, at});
    } else if (inner == "end") {
      t.parts.push_back({WindowVar::end, at});
    } else if (inner == "since") {
      t.parts.push_back({WindowVar::since, at});
    } else {
      diags.add(at, "unknown placeholder '{{ " + inner + " }}'",
                "allowed: source('source','table'), ref('model'), start, end, since");
    }
    i = close + 2;
  }
  flush();
  return t;
}

}  // namespace starling
