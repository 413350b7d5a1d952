#include "sql/postgres/meta_sql.hpp"

#include <fmt/format.h>

#include "util/strings.hpp"

namespace starling {

std::vector<Statement> PostgresMetaSql::start_run(const Ident& meta, const std::string& command,
                                                  const std::string& target,
                                                  const std::string& version,
                                                  const std::string& arguments) const {
  return {{"INSERT INTO " + meta.sql() +
               ".runs (command, target, starling_version, arguments) VALUES ($1, $2, $3, $4) "
               "RETURNING run_id",
           {command, target, version, arguments},
           "start run"}};
}

std::vector<Statement> PostgresMetaSql::record_model(
    const Ident& meta, const std::string& model, const std::string& kind, const std::string& table,
    const std::string& fingerprint, const std::string& shape, const std::string& definition,
    bool built) const {
  return {{"INSERT INTO " + meta.sql() +
               ".models (model, kind, table_name, fingerprint, shape, definition, built_at) VALUES "
               "($1, $2, $3, $4, $5, $6, " +
               (built ? "now()" : "NULL") +
               ") ON CONFLICT (model) DO UPDATE SET kind = "
               "EXCLUDED.kind, table_name = EXCLUDED.table_name, fingerprint = "
               "EXCLUDED.fingerprint, shape = EXCLUDED.shape, definition = EXCLUDED.definition, " +
               (built ? "built_at = now(), " : "") + "updated_at = now()",
           {model, kind, table, fingerprint, shape, definition},
           "record model " + model}};
}

std::vector<Statement> PostgresMetaSql::set_watermark(const Ident& meta, const std::string& model,
                                                      const std::string& source,
                                                      const std::optional<std::string>& value,
                                                      long long run_id) const {
  return {{"INSERT INTO " + meta.sql() +
               ".watermarks (model, source, value, run_id) VALUES ($1, $2, $3::timestamp, "
               "$4::bigint) ON CONFLICT (model, source) DO UPDATE SET value = EXCLUDED.value, "
               "run_id = EXCLUDED.run_id, updated_at = now()",
           {model, source, value, std::to_string(run_id)},
           "watermark of " + model}};
}

std::vector<Statement> PostgresMetaSql::record_built_periods(
    const Ident& meta, const std::string& model,
    const std::vector<std::pair<std::string, std::string>>& periods, long long run_id) const {
  Statement s;
  s.label = "record built periods of " + model;
  std::string values;
  s.params.push_back(model);
  s.params.push_back(std::to_string(run_id));
  for (const auto& [start, end] : periods) {
    if (!values.empty()) values += ", ";
    s.params.push_back(start);
    s.params.push_back(end);
    values += "($1, $" + std::to_string(s.params.size() - 1) + "::timestamp, $" +
              std::to_string(s.params.size()) + "::timestamp, $2::bigint)";
  }
  s.sql = "INSERT INTO " + meta.sql() +
          ".built_periods (model, period_start, period_end, run_id) VALUES " + values +
          " ON CONFLICT (model, period_start) DO UPDATE SET period_end = EXCLUDED.period_end, "
          "run_id = EXCLUDED.run_id, built_at = now()";
  return {s};
}

Statement PostgresMetaSql::privileges_of(const std::string& schema,
                                         const std::string& relation) const {
  return {std::string("SELECT a.privilege_type, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE "
                      "quote_ident(r.rolname) END, a.is_grantable FROM pg_class c CROSS JOIN "
                      "LATERAL aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee "
                      "WHERE c.oid = ") +
              meta_sql::k_relation_oid + " AND a.grantee <> c.relowner",
          {schema, relation},
          "privileges on " + schema + "." + relation,
          Statement::Kind::read_state};
}

std::vector<meta_sql::Grant> PostgresMetaSql::grants(
    const std::vector<std::vector<std::optional<std::string>>>& rows) const {
  std::vector<meta_sql::Grant> out;
  for (const auto& r : rows)
    out.push_back({r[0].value_or(""), r[1].value_or(""),
                   r[2] && (*r[2] == "t" || *r[2] == "true" || *r[2] == "YES")});
  return out;
}

}  // namespace starling
