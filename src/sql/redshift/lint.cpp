#include "sql/redshift/lint.hpp"

#include <cctype>

namespace starling {

namespace {

struct Token {
  std::string text;  // upper-cased word, a punctuation run, or "<ident>" / "<literal>"
  size_t offset = 0;
};

bool word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$';
}

std::vector<Token> tokenize(const std::string& s) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (c == '-' && i + 1 < s.size() && s[i + 1] == '-') {
      while (i < s.size() && s[i] != '\n') ++i;
    } else if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
      size_t end = s.find("*/", i + 2);
      i = end == std::string::npos ? s.size() : end + 2;
    } else if (c == '\'' || c == '"') {
      size_t start = i++;
      while (i < s.size()) {
        if (s[i] == c) {
          if (i + 1 < s.size() && s[i + 1] == c) {
            i += 2;  // a doubled quote inside
            continue;
          }
          ++i;
          break;
        }
        ++i;
      }
      out.push_back({c == '"' ? "<ident>" : "<literal>", start});
    } else if (c == '$' && i + 1 < s.size() &&
               (s[i + 1] == '$' || std::isalpha(static_cast<unsigned char>(s[i + 1])))) {
      // a dollar-quoted string: $tag$ … $tag$
      size_t close = s.find('$', i + 1);
      if (close == std::string::npos) {
        ++i;
        continue;
      }
      std::string tag = s.substr(i, close - i + 1);
      size_t end = s.find(tag, close + 1);
      size_t start = i;
      i = end == std::string::npos ? s.size() : end + tag.size();
      out.push_back({"<literal>", start});
    } else if (word_char(c)) {
      size_t start = i;
      std::string w;
      while (i < s.size() && word_char(s[i]))
        w += static_cast<char>(std::toupper(static_cast<unsigned char>(s[i++])));
      out.push_back({w, start});
    } else {
      out.push_back({std::string(1, c), i});
      ++i;
    }
  }
  return out;
}

bool is_name(const Token& t) {
  return t.text == "<ident>" ||
         (!t.text.empty() &&
          (std::isalpha(static_cast<unsigned char>(t.text[0])) || t.text[0] == '_'));
}

// The index after a possibly qualified name starting at i (a.b.c), or i when there is none.
size_t skip_name(const std::vector<Token>& ts, size_t i) {
  if (i >= ts.size() || !is_name(ts[i])) return i;
  ++i;
  while (i + 1 < ts.size() && ts[i].text == "." && is_name(ts[i + 1])) i += 2;
  return i;
}

}  // namespace

std::vector<LintFinding> redshift_lint(const std::string& sql) {
  std::vector<LintFinding> out;
  auto ts = tokenize(sql);
  auto at = [&](size_t i) -> const std::string& {
    static const std::string none;
    return i < ts.size() ? ts[i].text : none;
  };
  auto add = [&](const char* what, size_t i) { out.push_back({what, ts[i].offset}); };
  for (size_t i = 0; i < ts.size(); ++i) {
    const std::string& w = ts[i].text;
    if (w == "ON" && at(i + 1) == "CONFLICT") add("ON CONFLICT", i);
    if (w == "RETURNING") add("RETURNING", i);
    if (w == "IS" && (at(i + 1) == "DISTINCT" || (at(i + 1) == "NOT" && at(i + 2) == "DISTINCT")))
      add("IS [NOT] DISTINCT FROM", i);
    if (w.rfind("PG_ADVISORY", 0) == 0 || w.rfind("PG_TRY_ADVISORY", 0) == 0)
      add("advisory lock", i);
    if ((w == "CREATE" || w == "ALTER" || w == "DROP") && at(i + 1) == "SEQUENCE")
      add("sequence", i);
    if (w == "NEXTVAL" || w == "SETVAL" || w == "CURRVAL") add("sequence", i);
    if (w == "SERIAL" || w == "BIGSERIAL" || w == "SMALLSERIAL" || w == "SERIAL4" || w == "SERIAL8")
      add("SERIAL", i);
    if (w == "CREATE" && (at(i + 1) == "INDEX" || (at(i + 1) == "UNIQUE" && at(i + 2) == "INDEX")))
      add("CREATE INDEX", i);
    if (w == "COPY") {
      for (size_t j = i + 1; j < ts.size() && at(j) != ";"; ++j)
        if (at(j) == "FROM" && at(j + 1) == "STDIN") add("COPY FROM STDIN", i);
    }
    if (w == "DISTINCT" && at(i + 1) == "ON" && at(i + 2) == "(") add("DISTINCT ON", i);
    if (w == "GENERATE_SERIES") add("generate_series", i);
    if (w == "JSON" || w == "JSONB") add("JSON type", i);
    if (w == "ARRAY" && (at(i + 1) == "[" || at(i + 1) == "(")) add("array", i);
    if (w == "[" && at(i + 1) == "]") add("array type", i);
    if (w == "TRUNCATE") add("TRUNCATE", i);
    if (w == "OVERRIDING") add("OVERRIDING SYSTEM VALUE", i);
    if (w == "FILTER" && at(i + 1) == "(" && at(i + 2) == "WHERE") add("aggregate FILTER", i);
    if (w == "SAVEPOINT") add("SAVEPOINT", i);
    // leader-node-only or missing functions
    if ((w == "NOW" || w == "TO_REGCLASS" || w == "STRING_AGG" || w == "ACLEXPLODE" ||
         w == "FORMAT") &&
        at(i + 1) == "(")
      add("PostgreSQL-only function", i);
    if (w == "SET" && at(i + 1) == "SCHEMA") add("SET SCHEMA", i);
    if (w == "SET" && at(i + 1) == "LOCAL") add("SET LOCAL", i);
    // targets of DELETE / UPDATE / MERGE take no alias
    if (w == "DELETE" && at(i + 1) == "FROM") {
      size_t j = skip_name(ts, i + 2);
      if (j > i + 2 && j < ts.size() && at(j) != "USING" && at(j) != "WHERE" && at(j) != ";" &&
          at(j) != ")")
        add("aliased DELETE target", i);
    }
    // (not FOR UPDATE, ON CONFLICT … DO UPDATE, nor MERGE's WHEN MATCHED THEN UPDATE SET)
    if (w == "UPDATE" && (i == 0 || (at(i - 1) != "FOR" && at(i - 1) != "DO")) &&
        at(i + 1) != "SET") {
      size_t j = skip_name(ts, i + 1);
      if (j > i + 1 && j < ts.size() && at(j) != "SET") add("aliased UPDATE target", i);
    }
    if (w == "MERGE" && at(i + 1) == "INTO") {
      size_t j = skip_name(ts, i + 2);
      if (j > i + 2 && j < ts.size() && at(j) != "USING") add("aliased MERGE target", i);
    }
  }
  return out;
}

}  // namespace starling
