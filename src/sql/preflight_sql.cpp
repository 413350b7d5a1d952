#include "sql/preflight_sql.hpp"

#include <cctype>

#include "sql/identifier.hpp"
#include "sql/model_sql_parts.hpp"

namespace starling {

using namespace model_sql_parts;

namespace {

// The first word of the statement, upper-cased.
std::string first_word(const std::string& sql) {
  size_t i = 0;
  while (i < sql.size() && (std::isspace(static_cast<unsigned char>(sql[i])) || sql[i] == '(')) ++i;
  std::string w;
  for (; i < sql.size() && std::isalpha(static_cast<unsigned char>(sql[i])); ++i)
    w += static_cast<char>(std::toupper(static_cast<unsigned char>(sql[i])));
  return w;
}

Statement columns_of(const std::string& relation, const std::string& label) {
  Statement s{
      "SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a "
      "WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
      {relation},
      label};
  s.kind = Statement::Kind::read_state;
  return s;
}

}  // namespace

CheckStep check_step(const Statement& s) {
  const std::string w = first_word(s.sql);
  if (w == "CREATE" || w == "ALTER" || w == "DROP" || w == "COMMENT") return CheckStep::define;
  if (w == "SELECT" || w == "INSERT" || w == "UPDATE" || w == "DELETE" || w == "WITH" ||
      w == "MERGE" || w == "VALUES")
    return CheckStep::prepare;
  return CheckStep::skip;
}

Statement stage_without_rows(const Statement& stage, DialectName d) {
  Statement s = stage;
  s.sql += d == DialectName::redshift ? " LIMIT 0" : " WITH NO DATA";
  return s;
}

Statement prepare_to_check(const Statement& s) {
  return {"PREPARE starling_check AS " + s.sql, {}, s.label};
}

Statement deallocate_check() {
  return {"DEALLOCATE starling_check", {}, "deallocate"};
}

Statement model_table_columns(const BuildTarget& t) {
  return columns_of(own_table(t), "columns of " + t.model->name);
}

Statement stage_columns(const BuildTarget& t) {
  return columns_of(staged(t), "columns of the stage of " + t.model->name);
}

}  // namespace starling
