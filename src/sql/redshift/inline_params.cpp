#include "sql/redshift/inline_params.hpp"

#include <cctype>

#include "util/error.hpp"

namespace starling {

namespace {

bool starts_with_word(const std::string& sql, size_t at, const char* word) {
  size_t i = 0;
  for (; word[i]; ++i)
    if (at + i >= sql.size() || std::toupper(static_cast<unsigned char>(sql[at + i])) !=
                                    static_cast<unsigned char>(word[i]))
      return false;
  return at + i >= sql.size() || !std::isalnum(static_cast<unsigned char>(sql[at + i]));
}

std::string literal(const std::optional<std::string>& v, const Statement& s) {
  if (!v) return "NULL";
  std::string out = "'";
  for (char c : *v) {
    if (c == '\\' || c == '\0')
      throw Error(ErrorCategory::internal,
                  "a parameter of \"" + s.label +
                      "\" has a backslash or a NUL, which cannot go into a Redshift literal as "
                      "it is: " +
                      *v);
    if (c == '\'') out += '\'';
    out += c;
  }
  return out + "'";
}

}  // namespace

bool redshift_takes_parameters(const std::string& sql) {
  size_t i = 0;
  while (i < sql.size() && (std::isspace(static_cast<unsigned char>(sql[i])) || sql[i] == '(')) ++i;
  for (const char* w : {"SELECT", "WITH", "INSERT", "UPDATE", "DELETE"})
    if (starts_with_word(sql, i, w)) return true;
  return false;
}

Statement inline_parameters(const Statement& s) {
  Statement out = s;
  out.params.clear();
  out.sql.clear();
  const std::string& q = s.sql;
  size_t i = 0;
  auto copy_to = [&](size_t end) {
    out.sql.append(q, i, end - i);
    i = end;
  };
  while (i < q.size()) {
    char c = q[i];
    if (c == '-' && i + 1 < q.size() && q[i + 1] == '-') {
      size_t end = q.find('\n', i);
      copy_to(end == std::string::npos ? q.size() : end);
    } else if (c == '/' && i + 1 < q.size() && q[i + 1] == '*') {
      size_t end = q.find("*/", i + 2);
      copy_to(end == std::string::npos ? q.size() : end + 2);
    } else if (c == '\'' || c == '"') {
      size_t j = i + 1;
      while (j < q.size() && !(q[j] == c && (j + 1 >= q.size() || q[j + 1] != c)))
        j += q[j] == c ? 2 : 1;  // a doubled quote stays inside
      copy_to(std::min(j + 1, q.size()));
    } else if (c == '$' && i + 1 < q.size() && std::isdigit(static_cast<unsigned char>(q[i + 1])) &&
               (i == 0 ||
                !(std::isalnum(static_cast<unsigned char>(q[i - 1])) || q[i - 1] == '_'))) {
      size_t j = i + 1;
      while (j < q.size() && std::isdigit(static_cast<unsigned char>(q[j]))) ++j;
      size_t n = std::stoul(q.substr(i + 1, j - i - 1));
      if (n == 0 || n > s.params.size())
        throw Error(ErrorCategory::internal, "\"" + s.label + "\" refers to $" + std::to_string(n) +
                                                 " but has " + std::to_string(s.params.size()) +
                                                 " parameters");
      out.sql += literal(s.params[n - 1], s);
      i = j;
    } else if (c == '$') {
      // a dollar-quoted string: $tag$ … $tag$
      size_t close = q.find('$', i + 1);
      std::string tag = close == std::string::npos ? "" : q.substr(i, close - i + 1);
      size_t end = tag.empty() ? std::string::npos : q.find(tag, close + 1);
      copy_to(end == std::string::npos ? i + 1 : end + tag.size());
    } else {
      out.sql += c;
      ++i;
    }
  }
  return out;
}

}  // namespace starling
