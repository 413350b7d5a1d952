#include "sql/redshift/ddl.hpp"

#include "sql/ddl.hpp"

#include <algorithm>
#include <cctype>

#include "util/error.hpp"
#include "util/strings.hpp"

namespace starling {

namespace {

std::string type_of(const StoredColumn& c) {
  auto t = redshift_column_type(c.type);
  if (!t)
    throw Error(ErrorCategory::project,
                "column '" + c.name + "' has type '" + c.type + "', which Redshift does not have");
  return *t;
}

}  // namespace

std::vector<Statement> redshift_create_table(const TableSpec& t) {
  std::vector<Statement> out;
  std::vector<std::string> lines;
  std::string pk;
  for (const auto& c : t.columns) {
    std::string line = "  " + Ident(c.name).sql() + " " + type_of(c);
    // a surrogate key is a plain column: starling gives every key itself, and an IDENTITY would
    // neither check explicit values nor move past them, so a row inserted without a key (by a
    // person, a migration) would silently take 1, 2, 3 … (r_CREATE_TABLE_NEW.html)
    if (c.role == ColumnRole::surrogate_key) pk = c.name;
    if (c.not_null) line += " NOT NULL";
    if (c.default_value) line += " DEFAULT " + model_literal(*c.default_value);
    lines.push_back(line);
  }
  if (!pk.empty()) lines.push_back("  PRIMARY KEY (" + Ident(pk).sql() + ")");  // informational
  std::string sql = "CREATE TABLE " + t.table.sql() + " (\n" + join(lines, ",\n") + "\n)";
  if (t.redshift) {
    const RedshiftOptions& r = *t.redshift;
    if (r.diststyle) {
      std::string style = *r.diststyle;
      std::transform(style.begin(), style.end(), style.begin(),
                     [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
      sql += "\nDISTSTYLE " + style;
    }
    if (r.distkey) sql += "\nDISTKEY (" + Ident(*r.distkey).sql() + ")";
    if (!r.sortkey.empty()) {
      std::vector<std::string> cols;
      for (const auto& s : r.sortkey) cols.push_back(Ident(s).sql());
      sql += "\nSORTKEY (" + join(cols, ", ") + ")";
    }
  }
  out.push_back({sql, {}, "create table " + t.table.name.name()});
  if (!t.unknown_member.empty()) {
    MemberRow row = unknown_member_row(t, [](const std::string& ph, const StoredColumn& c) {
      return "CAST(" + ph + " AS " + type_of(c) + ")";
    });
    // the table was just created in this transaction: nothing to conflict with
    out.push_back({"INSERT INTO " + t.table.sql() + " (" + join(row.columns, ", ") + ") VALUES (" +
                       join(row.values, ", ") + ")",
                   row.params, "unknown member of " + t.table.name.name()});
  }
  return out;
}

Statement redshift_add_column(const QualifiedName& table, const StoredColumn& c) {
  std::string sql =
      "ALTER TABLE " + table.sql() + " ADD COLUMN " + Ident(c.name).sql() + " " + type_of(c);
  if (c.default_value) sql += " DEFAULT " + model_literal(*c.default_value);
  // Redshift adds a NOT NULL column only with a default
  if (c.not_null && c.default_value) sql += " NOT NULL";
  return {sql, {}, "add column " + c.name + " to " + table.name.name()};
}

}  // namespace starling
