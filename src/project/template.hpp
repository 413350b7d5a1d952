// Model SQL with its placeholders parsed: {{ source('s','t') }}, {{ ref('m') }}, {{ start }},
// {{ end }} and {{ since }} (SPEC §3). Anything else between {{ }} is an error.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "util/error.hpp"
#include "util/source_loc.hpp"

namespace starling {

struct SourceRef {
  std::string source;
  std::string table;
  bool operator==(const SourceRef& o) const { return source == o.source && table == o.table; }
};
struct ModelRef {
  std::string model;
  bool operator==(const ModelRef& o) const { return model == o.model; }
};
enum class WindowVar { start, end, since };

struct TemplatePart {
  std::variant<std::string, SourceRef, ModelRef, WindowVar> value;  // string: literal SQL text
  SourceLoc loc;
  bool operator==(const TemplatePart& o) const { return value == o.value; }
};

struct SqlTemplate {
  std::vector<TemplatePart> parts;
  SourceLoc loc;  // where the SQL text starts
  bool operator==(const SqlTemplate& o) const { return parts == o.parts; }
  bool empty() const { return parts.empty(); }
  bool uses(WindowVar v) const;
};

// Parses `text`; each problem goes to `diags` at the position `locate(offset)` gives.
SqlTemplate parse_template(std::string_view text, const std::function<SourceLoc(size_t)>& locate,
                           Diagnostics& diags);

}  // namespace starling
