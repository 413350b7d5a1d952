#include "sql/identifier.hpp"

#include <cctype>

#include "sql/statement.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace starling {

Ident::Ident(std::string name) : name_(std::move(name)) {
  if (!is_valid_identifier(name_))
    throw Error(ErrorCategory::internal,
                "invalid identifier '" + name_ + "' reached SQL rendering");
}

std::string Ident::sql() const {
  return "\"" + name_ + "\"";
}

std::string quote_any_name(std::string_view s) {
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string quote_literal(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += '\'';
    out += c;
  }
  return out + "'";
}

namespace {
// -?[0-9]+(\.[0-9]+)?
bool is_number(std::string_view s) {
  size_t i = s.size() > 0 && s[0] == '-' ? 1 : 0;
  size_t digits = 0, dot = std::string_view::npos;
  for (; i < s.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(s[i]))) {
      ++digits;
    } else if (s[i] == '.' && dot == std::string_view::npos && digits > 0) {
      dot = i;
    } else {
      return false;
    }
  }
  return digits > 0 && (dot == std::string_view::npos || dot + 1 < s.size());
}
}  // namespace

std::string model_literal(std::string_view s) {
  std::string t(s);
  std::string l = to_lower(t);
  if (is_number(t) || l == "true" || l == "false" || l == "null") return l == t ? t : l;
  return quote_literal(t);
}

std::string display(const Statement& s) {
  const size_t k_max_sql = 4000, k_max_params = 40;
  std::string out = s.sql;
  if (out.size() > k_max_sql)
    out = out.substr(0, k_max_sql) + " … (" + std::to_string(s.sql.size() - k_max_sql) +
          " more characters)";
  if (!out.empty() && out.back() != ';') out += ";";
  if (s.params.size() > k_max_params) {
    out += "\n-- " + std::to_string(s.params.size()) + " parameters";
    return out;
  }
  for (size_t i = 0; i < s.params.size(); ++i) {
    out += "\n-- $" + std::to_string(i + 1) + " = " +
           (s.params[i] ? quote_literal(*s.params[i]) : std::string("NULL"));
  }
  return out;
}

}  // namespace starling
