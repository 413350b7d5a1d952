#include "sql/redshift/lint.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "util/error.hpp"

namespace starling {

namespace {

struct Token {
  std::string text;  // upper-cased word, a punctuation character, or "<ident>" / "<literal>"
  size_t offset = 0;
  std::string name;  // a word lower-cased, a quoted identifier's name
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
      std::string name;
      if (c == '"') {
        for (size_t k = start + 1; k + 1 < i; ++k) {
          name += s[k];
          if (s[k] == '"') ++k;  // a doubled quote stands for one
        }
      }
      out.push_back({c == '"' ? "<ident>" : "<literal>", start, name});
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
      out.push_back({"<literal>", start, ""});
    } else if (word_char(c)) {
      size_t start = i;
      std::string w;
      while (i < s.size() && word_char(s[i]))
        w += static_cast<char>(std::toupper(static_cast<unsigned char>(s[i++])));
      std::string lower = w;
      for (auto& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      out.push_back({w, start, lower});
    } else {
      out.push_back({std::string(1, c), i, ""});
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

namespace {

const std::string k_guide = "https://docs.aws.amazon.com/redshift/latest/dg/";

// The index of the ")" that closes the "(" at `open`, or ts.size().
size_t closing(const std::vector<Token>& ts, size_t open) {
  int depth = 0;
  for (size_t i = open; i < ts.size(); ++i) {
    if (ts[i].text == "(") ++depth;
    if (ts[i].text == ")" && --depth == 0) return i;
  }
  return ts.size();
}

// Whether `w` names an aggregate that Redshift also runs as a window function, whose window needs
// a frame when it has an ORDER BY.
bool framed_aggregate(const std::string& w) {
  static const std::set<std::string> names = {
      "COUNT",     "SUM",    "AVG",         "MIN",        "MAX",      "FIRST_VALUE", "LAST_VALUE",
      "NTH_VALUE", "STDDEV", "STDDEV_SAMP", "STDDEV_POP", "VARIANCE", "VAR_SAMP",    "VAR_POP"};
  return names.count(w) > 0;
}

// The index of the OVER after the function call whose name is at i (name "(" … ")" OVER), or
// ts.size() when none follows.
size_t over_after_call(const std::vector<Token>& ts, size_t i) {
  if (i + 1 >= ts.size() || ts[i + 1].text != "(") return ts.size();
  size_t close = closing(ts, i + 1);
  return close + 1 < ts.size() && ts[close + 1].text == "OVER" ? close + 1 : ts.size();
}

// Whether the window "OVER ( … )" at `over` orders its rows without a ROWS frame.
bool ordered_without_frame(const std::vector<Token>& ts, size_t over) {
  if (over + 1 >= ts.size() || ts[over + 1].text != "(") return false;
  const size_t end = closing(ts, over + 1);
  bool ordered = false, framed = false;
  int depth = 0;
  for (size_t j = over + 1; j < end; ++j) {
    if (ts[j].text == "(") ++depth;
    if (ts[j].text == ")") --depth;
    if (depth != 1) continue;
    if (ts[j].text == "ORDER" && j + 1 < end && ts[j + 1].text == "BY") ordered = true;
    if (ts[j].text == "ROWS") framed = true;
  }
  return ordered && !framed;
}

bool parameter(const Token& t) {
  return t.text.size() > 1 && t.text[0] == '$' &&
         std::all_of(t.text.begin() + 1, t.text.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// The first keyword of the statement that runs: PREPARE's and EXPLAIN's, a parenthesized
// query's.
std::string command_of(const std::vector<Token>& ts) {
  size_t i = 0;
  while (i < ts.size() && ts[i].text == "(") ++i;
  if (i < ts.size() && ts[i].text == "PREPARE") {
    while (i < ts.size() && ts[i].text != "AS") ++i;
    ++i;
  }
  if (i < ts.size() && ts[i].text == "EXPLAIN") ++i;
  while (i < ts.size() && ts[i].text == "(") ++i;
  return i < ts.size() ? ts[i].text : "";
}

// The names of select-list items that are scalar subqueries: "(SELECT …) AS name".
std::set<std::string> subquery_aliases(const std::vector<Token>& ts) {
  std::set<std::string> out;
  for (size_t i = 1; i + 1 < ts.size(); ++i) {
    if (ts[i].text != "(" || ts[i + 1].text != "SELECT") continue;
    const std::string& before = ts[i - 1].text;
    if (before != "," && before != "SELECT" && before != "DISTINCT") continue;
    size_t j = closing(ts, i) + 1;
    if (j < ts.size() && ts[j].text == "AS") ++j;
    if (j < ts.size() && is_name(ts[j]) && ts[j].text != "FROM") out.insert(ts[j].name);
  }
  return out;
}

}  // namespace

const std::vector<RedshiftRule>& redshift_rules() {
  static const std::vector<RedshiftRule> rules = [] {
    std::vector<RedshiftRule> r = {
        {"ON CONFLICT", "Redshift's INSERT has no ON CONFLICT clause", "r_INSERT_30.html"},
        {"RETURNING", "Redshift's INSERT, UPDATE and DELETE return no rows", "r_INSERT_30.html"},
        {"IS [NOT] DISTINCT FROM", "not among Redshift's comparison conditions",
         "r_comparison_condition.html"},
        {"advisory lock", "PostgreSQL's advisory lock functions are not supported",
         "c_unsupported-postgresql-functions.html"},
        {"sequence", "sequences are not supported", "c_unsupported-postgresql-features.html"},
        {"SERIAL", "the serial types are not supported", "c_unsupported-postgresql-datatypes.html"},
        {"CREATE INDEX", "Redshift has no indexes (a sort key orders the rows)",
         "c_unsupported-postgresql-features.html"},
        {"COPY FROM STDIN", "Redshift's COPY reads Amazon S3, DynamoDB, EMR or SSH, not STDIN",
         "r_COPY.html"},
        {"DISTINCT ON", "the select list takes DISTINCT, not DISTINCT ON", "r_SELECT_list.html"},
        {"generate_series", "a leader-node-only function: refused in a query of tables",
         "c_sql-functions-leader-node.html"},
        {"JSON type", "the json and jsonb types are not supported (SUPER is Redshift's)",
         "c_unsupported-postgresql-datatypes.html"},
        {"array", "array constructors are not supported", "c_unsupported-postgresql-features.html"},
        {"array type", "array types are not supported", "c_unsupported-postgresql-datatypes.html"},
        {"aliased DELETE target", "the table of a DELETE takes no alias", "r_DELETE.html"},
        {"aliased UPDATE target", "the table of an UPDATE takes no alias", "r_UPDATE.html"},
        {"aliased MERGE target", "the target table of a MERGE takes no alias", "r_MERGE.html"},
        {"TRUNCATE", "TRUNCATE commits the transaction it runs in", "r_TRUNCATE.html"},
        {"OVERRIDING SYSTEM VALUE", "Redshift's INSERT has no OVERRIDING clause",
         "r_INSERT_30.html"},
        {"aggregate FILTER", "aggregate functions take no FILTER clause",
         "c_Aggregate_Functions.html"},
        {"SAVEPOINT", "Redshift has no savepoints", "c_unsupported-postgresql-features.html"},
        {"PostgreSQL-only function",
         "missing on Redshift or leader-node-only (now, to_regclass, string_agg, aclexplode, "
         "format)",
         "c_unsupported-postgresql-functions.html"},
        {"SET SCHEMA", "ALTER TABLE cannot move a table to another schema", "r_ALTER_TABLE.html"},
        {"SET LOCAL", "SET has no LOCAL form", "r_SET.html"},
        {"GROUP BY a subquery's result",
         "a GROUP BY column may not refer to the result of a correlated subquery",
         "r_correlated_subqueries.html"},
        {"parameter outside SELECT/INSERT/UPDATE/DELETE",
         "a prepared statement's parameters are allowed in SELECT, INSERT, UPDATE and DELETE only",
         "r_PREPARE.html"},
        {"OFFSET 0 or a parameter", "OFFSET takes a positive integer", "r_ORDER_BY_clause.html"},
        {"LIMIT parameter", "LIMIT takes a number or ALL, not a parameter",
         "r_ORDER_BY_clause.html"},
        {"STV or STL system table",
         "STV and STL tables exist on provisioned clusters only, not on Redshift Serverless",
         "c_intro_STV_tables.html"},
        {"TEXT type", "TEXT is VARCHAR(256) on Redshift: longer values are cut or refused",
         "r_Character_types.html"},
        {"WINDOW clause", "a window is written in its OVER clause: SELECT has no WINDOW clause",
         "r_SELECT_synopsis.html"},
        {"aggregate window without a frame",
         "an aggregate window function with ORDER BY needs a ROWS frame",
         "r_Window_function_synopsis.html"},
        {"ON COMMIT", "CREATE TABLE has no ON COMMIT clause (a temporary table lasts the session)",
         "r_CREATE_TABLE_NEW.html"},
        {"bool_or/bool_and over a window",
         "BOOL_OR and BOOL_AND are aggregate functions, not window functions",
         "c_Window_functions.html"},
    };
    for (auto& x : r) x.url = k_guide + x.url;
    return r;
  }();
  return rules;
}

std::vector<LintFinding> redshift_lint(const std::string& sql) {
  std::vector<LintFinding> out;
  auto ts = tokenize(sql);
  auto at = [&](size_t i) -> const std::string& {
    static const std::string none;
    return i < ts.size() ? ts[i].text : none;
  };
  auto add = [&](const char* what, size_t i) {
    const RedshiftRule* rule = nullptr;
    for (const auto& r : redshift_rules())
      if (r.name == what) rule = &r;
    out.push_back({what, ts[i].offset, rule});
  };
  const std::set<std::string> aliases = subquery_aliases(ts);
  const std::string command = command_of(ts);
  const bool dml = command == "SELECT" || command == "INSERT" || command == "UPDATE" ||
                   command == "DELETE" || command == "WITH";
  bool parameters_found = false;
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
    // (nor a privilege: GRANT SELECT, UPDATE ON …)
    if (w == "UPDATE" && (i == 0 || (at(i - 1) != "FOR" && at(i - 1) != "DO")) &&
        at(i + 1) != "SET" && at(i + 1) != "ON" && at(i + 1) != "," && at(i - 1) != "," &&
        at(i - 1) != "GRANT" && at(i - 1) != "REVOKE") {
      size_t j = skip_name(ts, i + 1);
      if (j > i + 1 && j < ts.size() && at(j) != "SET") add("aliased UPDATE target", i);
    }
    if (w == "MERGE" && at(i + 1) == "INTO") {
      size_t j = skip_name(ts, i + 2);
      if (j > i + 2 && j < ts.size() && at(j) != "USING") add("aliased MERGE target", i);
    }
    // a GROUP BY over the result of a scalar subquery (the name it has in a select list, or the
    // subquery itself)
    if (w == "GROUP" && at(i + 1) == "BY") {
      int depth = 0;
      for (size_t j = i + 2; j < ts.size(); ++j) {
        const std::string& g = ts[j].text;
        if (g == "(") {
          if (at(j + 1) == "SELECT") {
            add("GROUP BY a subquery's result", j);
            break;
          }
          ++depth;
        } else if (g == ")") {
          if (--depth < 0) break;
        } else if (depth == 0 && (g == "HAVING" || g == "ORDER" || g == "LIMIT" || g == "OFFSET" ||
                                  g == "UNION" || g == "EXCEPT" || g == "INTERSECT" ||
                                  g == "WINDOW" || g == ";")) {
          break;
        } else if (is_name(ts[j]) && at(j + 1) != "." && at(j + 1) != "(" &&
                   aliases.count(ts[j].name)) {
          add("GROUP BY a subquery's result", j);
          break;
        }
      }
    }
    if (!dml && !parameters_found && parameter(ts[i])) {
      add("parameter outside SELECT/INSERT/UPDATE/DELETE", i);
      parameters_found = true;
    }
    if (w == "OFFSET" && (at(i + 1) == "0" || (i + 1 < ts.size() && parameter(ts[i + 1]))))
      add("OFFSET 0 or a parameter", i);
    if (w == "LIMIT" && i + 1 < ts.size() && parameter(ts[i + 1])) add("LIMIT parameter", i);
    if (w.rfind("STV_", 0) == 0 || w.rfind("STL_", 0) == 0) add("STV or STL system table", i);
    if (w == "WINDOW" && i + 2 < ts.size() && is_name(ts[i + 1]) && at(i + 2) == "AS" &&
        at(i + 3) == "(")
      add("WINDOW clause", i);
    if (framed_aggregate(w) && at(i - 1) != ".") {
      size_t over = over_after_call(ts, i);
      if (over < ts.size() && ordered_without_frame(ts, over))
        add("aggregate window without a frame", i);
    }
    if (w == "ON" && at(i + 1) == "COMMIT") add("ON COMMIT", i);
    if ((w == "BOOL_OR" || w == "BOOL_AND") && over_after_call(ts, i) < ts.size())
      add("bool_or/bool_and over a window", i);
    if (w == "TEXT" &&
        ((at(i - 1) == ":" && at(i - 2) == ":") || (at(i - 1) == "AS" && at(i + 1) == ")")))
      add("TEXT type", i);
  }
  return out;
}

std::string describe(const LintFinding& f) {
  if (!f.rule) return f.construct;
  return f.rule->name + ": " + f.rule->reason + " (" + f.rule->url + ")";
}

void redshift_check(const Statement& s, const std::vector<std::string>& allowed) {
  for (const auto& f : redshift_lint(s.sql)) {
    if (std::find(allowed.begin(), allowed.end(), f.construct) != allowed.end()) continue;
    std::string there = s.sql.substr(f.offset, 60);
    if (auto nl = there.find('\n'); nl != std::string::npos) there.resize(nl);
    throw Error(ErrorCategory::internal, "the Redshift test mode refuses statement \"" + s.label +
                                             "\": " + describe(f) + ", at: " + there);
  }
}

}  // namespace starling
