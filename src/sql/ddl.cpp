#include "sql/ddl.hpp"

#include <algorithm>

#include "util/strings.hpp"

namespace starling {

namespace {
bool is_text_type(const std::string& t) {
  return t == "text" || starts_with(t, "varchar") || starts_with(t, "character varying") ||
         starts_with(t, "char");
}
}  // namespace

TableSpec table_spec(const Model& m, const Project& p, const std::string& schema) {
  TableSpec t{QualifiedName{Ident(schema), Ident(m.name)},
              stored_columns(m, p),
              unique_columns(m),
              {},
              {},
              m.redshift,
              {},
              {}};
  // facts look dates up by their date
  if (m.kind == ModelKind::date_dimension) t.lookup = {"date"};
  // a member has one current version
  if (has_versions(m)) t.current_unique = m.key;
  if (m.kind == ModelKind::fact) {
    if (m.incremental && m.incremental->strategy == Strategy::period && m.incremental->time)
      t.index = {*m.incremental->time};
    return t;
  }
  for (const auto& c : t.columns) {
    switch (c.role) {
      case ColumnRole::surrogate_key:
        t.unknown_member[c.name] = "-1";
        break;
      case ColumnRole::inferred_flag:
        t.unknown_member[c.name] = "false";
        break;
      case ColumnRole::natural_key:
        t.unknown_member[c.name] = std::nullopt;
        break;
      case ColumnRole::valid_from:
        t.unknown_member[c.name] = k_far_past;
        break;
      case ColumnRole::valid_to:
        t.unknown_member[c.name] = k_far_future;
        break;
      case ColumnRole::current_flag:
        t.unknown_member[c.name] = "true";
        break;
      default: {
        auto it = m.unknown_member.find(c.name);
        if (it != m.unknown_member.end()) {
          t.unknown_member[c.name] = it->second;
        } else if (is_text_type(c.type)) {
          t.unknown_member[c.name] = "Unknown";
        } else {
          t.unknown_member[c.name] = std::nullopt;
        }
      }
    }
  }
  return t;
}

std::vector<Statement> create_model_table(const Model& m, const Project& p,
                                          const std::string& schema, const Dialect& d) {
  auto out = d.create_table(table_spec(m, p, schema));
  for (auto& s : out)
    if (s.label.empty()) s.label = m.name;
  for (auto& s : unresolved_indexes(m, p, schema, d, nullptr)) out.push_back(std::move(s));
  return out;
}

std::vector<Statement> unresolved_indexes(const Model& m, const Project& p,
                                          const std::string& schema, const Dialect& d,
                                          const std::vector<std::string>* columns) {
  std::vector<Statement> out;
  if (m.kind != ModelKind::fact || !d.has_indexes()) return out;
  const QualifiedName table{Ident(schema), Ident(m.name)};
  for (const auto& r : m.references) {
    const std::string col = unresolved_column(r);
    if (!keeps_unresolved(r, p) ||
        (columns && std::find(columns->begin(), columns->end(), col) == columns->end()))
      continue;
    out.push_back({"CREATE INDEX IF NOT EXISTS " + Ident((m.name + "_" + col).substr(0, 63)).sql() +
                       " ON " + table.sql() + " (" + Ident(col).sql() + ") WHERE " +
                       Ident(r.column).sql() + " = -1",
                   {},
                   "index the rows of " + m.name + " at the unknown member of " + r.dimension});
  }
  return out;
}

Statement drop_model_table(const Model& m, const std::string& schema) {
  return {"DROP TABLE " + QualifiedName{Ident(schema), Ident(m.name)}.sql(),
          {},
          "drop unfinished " + m.name};
}

MemberRow unknown_member_row(
    const TableSpec& t,
    const std::function<std::string(const std::string&, const StoredColumn&)>& cast) {
  MemberRow r;
  for (const auto& c : t.columns) {
    auto it = t.unknown_member.find(c.name);
    if (it == t.unknown_member.end()) continue;
    r.columns.push_back(Ident(c.name).sql());
    r.params.push_back(it->second);
    r.values.push_back(cast("$" + std::to_string(r.params.size()), c));
  }
  return r;
}

std::optional<Statement> unknown_member_update(const Model& m, const Project& p,
                                               const std::string& schema,
                                               const std::vector<std::string>& columns) {
  const TableSpec t = table_spec(m, p, schema);
  if (t.unknown_member.empty()) return std::nullopt;
  Statement s{"", {}, "unknown member of " + m.name + ", its new columns"};
  std::vector<std::string> sets;
  for (const auto& c : t.columns) {
    auto it = t.unknown_member.find(c.name);
    if (it == t.unknown_member.end() || !it->second ||
        std::find(columns.begin(), columns.end(), c.name) == columns.end())
      continue;
    s.params.push_back(it->second);
    sets.push_back(Ident(c.name).sql() + " = CAST($" + std::to_string(s.params.size()) + " AS " +
                   c.type + ")");
  }
  if (sets.empty()) return std::nullopt;
  s.sql = "UPDATE " + t.table.sql() + " SET " + join(sets, ", ") + " WHERE " +
          Ident(surrogate_key_of(m)).sql() + " = -1";
  return s;
}

}  // namespace starling
