#include "project/template.hpp"

#include <cctype>

#include "util/strings.hpp"

namespace starling {

bool SqlTemplate::uses(WindowVar v) const {
  for (const auto& p : parts)
    if (auto w = std::get_if<WindowVar>(&p.value); w && *w == v) return true;
  return false;
}

namespace {

// Parses `name('a', "b", ...)` (spaces allowed around arguments) into its string arguments.
bool parse_call(std::string_view text, std::string_view name, std::vector<std::string>& args) {
  args.clear();
  size_t i = 0;
  auto skip = [&] {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  };
  if (text.compare(0, name.size(), name) != 0) return false;
  i = name.size();
  if (i >= text.size() || text[i] != '(') return false;
  ++i;
  for (;;) {
    skip();
    if (i >= text.size() || (text[i] != '\'' && text[i] != '"')) return false;
    ++i;
    size_t start = i;
    while (i < text.size() && text[i] != '\'' && text[i] != '"') ++i;
    if (i >= text.size()) return false;
    args.emplace_back(text.substr(start, i - start));
    ++i;
    skip();
    if (i < text.size() && text[i] == ',') {
      ++i;
      continue;
    }
    break;
  }
  if (i >= text.size() || text[i] != ')') return false;
  return i + 1 == text.size();
}

}  // namespace

SqlTemplate parse_template(std::string_view text, const std::function<SourceLoc(size_t)>& locate,
                           Diagnostics& diags) {
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
    std::vector<std::string> args;
    if (parse_call(inner, "source", args) && args.size() == 2) {
      t.parts.push_back({SourceRef{args[0], args[1]}, at});
    } else if (parse_call(inner, "ref", args) && args.size() == 1) {
      t.parts.push_back({ModelRef{args[0]}, at});
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
