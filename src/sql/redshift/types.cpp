#include "sql/redshift/types.hpp"

#include <algorithm>
#include <cctype>

#include "util/strings.hpp"

namespace starling {

namespace {

constexpr long long k_varchar_max = 65535;

// "name(args)" -> {"name", "args"}; "name" -> {"name", ""}.
std::pair<std::string, std::string> split_args(const std::string& t) {
  auto open = t.find('(');
  if (open == std::string::npos || t.back() != ')') return {t, ""};
  return {trim(t.substr(0, open)), t.substr(open + 1, t.size() - open - 2)};
}

}  // namespace

std::optional<std::string> redshift_column_type(const std::string& model_type) {
  std::string t = to_lower(trim(model_type));
  if (t.size() >= 2 && t.compare(t.size() - 2, 2, "[]") == 0) return std::nullopt;
  auto [name, args] = split_args(t);
  if (name == "text" || ((name == "varchar" || name == "character varying") && args.empty()))
    return "VARCHAR(" + std::to_string(k_varchar_max) + ")";
  if (name == "varchar" || name == "character varying" || name == "char" || name == "character" ||
      name == "bpchar") {
    if (args.empty()) return "VARCHAR(4)";  // char alone is char(1)
    long long n = 0;
    for (char c : args) {
      if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
      n = std::min(n * 10 + (c - '0'), k_varchar_max);
    }
    return "VARCHAR(" + std::to_string(std::min(4 * n, k_varchar_max)) + ")";
  }
  if (name == "numeric" || name == "decimal")
    return args.empty() ? std::string("DECIMAL(38,10)") : "DECIMAL(" + args + ")";
  static const std::pair<const char*, const char*> same[] = {
      {"smallint", "SMALLINT"},
      {"int2", "SMALLINT"},
      {"integer", "INTEGER"},
      {"int", "INTEGER"},
      {"int4", "INTEGER"},
      {"bigint", "BIGINT"},
      {"int8", "BIGINT"},
      {"real", "REAL"},
      {"float4", "REAL"},
      {"double precision", "DOUBLE PRECISION"},
      {"float8", "DOUBLE PRECISION"},
      {"boolean", "BOOLEAN"},
      {"bool", "BOOLEAN"},
      {"date", "DATE"},
      {"timestamp", "TIMESTAMP"},
      {"timestamp without time zone", "TIMESTAMP"},
      {"timestamptz", "TIMESTAMPTZ"},
      {"timestamp with time zone", "TIMESTAMPTZ"},
      {"time", "TIME"},
      {"time without time zone", "TIME"},
  };
  for (const auto& [from, to] : same)
    if (t == from) return std::string(to);
  return std::nullopt;
}

}  // namespace starling
