#include "sql/redshift/meta_sql.hpp"

#include <cstring>
#include <map>

namespace starling {

std::optional<std::string> fit_bytes(const std::optional<std::string>& s, size_t max_bytes) {
  if (!s || s->size() <= max_bytes) return s;
  const std::string mark = "\xE2\x80\xA6";  // …
  size_t cut = max_bytes - mark.size();
  // back to the first byte of a character: continuation bytes are 10xxxxxx
  while (cut > 0 && (static_cast<unsigned char>((*s)[cut]) & 0xC0) == 0x80) --cut;
  return s->substr(0, cut) + mark;
}

namespace {
std::optional<std::string> fit(const std::optional<std::string>& s) {
  return fit_bytes(s, k_redshift_max_varchar);
}
}  // namespace

std::vector<Statement> RedshiftMetaSql::start_run(const Ident& meta, const std::string& command,
                                                  const std::string& target,
                                                  const std::string& version,
                                                  const std::string& arguments) const {
  // the caller holds the run lock, so no other run takes the same id
  const std::string runs = meta.sql() + ".runs";
  return {
      {"INSERT INTO " + runs +
           " (run_id, command, target, starling_version, arguments) SELECT coalesce(max(run_id), "
           "0) + 1, CAST($1 AS VARCHAR(256)), CAST($2 AS VARCHAR(256)), CAST($3 AS "
           "VARCHAR(64)), CAST($4 AS VARCHAR(65535)) FROM " +
           runs,
       {command, target, version, fit(arguments)},
       "start run"},
      {"SELECT max(run_id) FROM " + runs, {}, "run id"}};
}

Statement RedshiftMetaSql::finish_run(const Ident& meta, long long run_id,
                                      const std::string& status,
                                      const std::optional<std::string>& error) const {
  Statement s = MetaSql::finish_run(meta, run_id, status, error);
  s.params[2] = fit(error);
  return s;
}

Statement RedshiftMetaSql::record_model_run(const Ident& meta,
                                            const meta_sql::ModelRunRecord& r) const {
  meta_sql::ModelRunRecord cut = r;
  cut.message = fit(r.message);
  cut.error = fit(r.error);
  return MetaSql::record_model_run(meta, cut);
}

std::vector<Statement> RedshiftMetaSql::record_model(
    const Ident& meta, const std::string& model, const std::string& kind, const std::string& table,
    const std::string& fingerprint, const std::string& shape, const std::string& definition,
    bool built) const {
  const std::string t = meta.sql() + ".models";
  std::vector<std::optional<std::string>> params{model,       kind,  table,
                                                 fingerprint, shape, definition};
  const std::string built_at = built ? now() : "NULL";
  return {
      {"UPDATE " + t +
           " SET kind = $2, table_name = $3, fingerprint = $4, shape = $5, definition = $6, " +
           (built ? "built_at = " + now() + ", " : std::string()) + "updated_at = " + now() +
           " WHERE model = $1",
       params, "record model " + model},
      {"INSERT INTO " + t +
           " (model, kind, table_name, fingerprint, shape, definition, built_at) SELECT "
           "CAST($1 AS VARCHAR(1024)), CAST($2 AS VARCHAR(32)), CAST($3 AS VARCHAR(1024)), "
           "CAST($4 AS VARCHAR(128)), CAST($5 AS VARCHAR(65535)), CAST($6 AS VARCHAR(65535)), " +
           built_at + " WHERE NOT EXISTS (SELECT 1 FROM " + t + " WHERE model = $1)",
       params, "record model " + model + " (new)"}};
}

std::vector<Statement> RedshiftMetaSql::set_watermark(const Ident& meta, const std::string& model,
                                                      const std::string& source,
                                                      const std::optional<std::string>& value,
                                                      long long run_id) const {
  const std::string t = meta.sql() + ".watermarks";
  std::vector<std::optional<std::string>> params{model, source, value, std::to_string(run_id)};
  return {{"UPDATE " + t + " SET value = CAST($3 AS TIMESTAMP), run_id = CAST($4 AS BIGINT), " +
               "updated_at = " + now() + " WHERE model = $1 AND source = $2",
           params, "watermark of " + model},
          {"INSERT INTO " + t +
               " (model, source, value, run_id) SELECT CAST($1 AS VARCHAR(1024)), CAST($2 AS "
               "VARCHAR(1024)), CAST($3 AS TIMESTAMP), CAST($4 AS BIGINT) WHERE NOT EXISTS "
               "(SELECT 1 FROM " +
               t + " WHERE model = $1 AND source = $2)",
           params, "watermark of " + model + " (new)"}};
}

std::vector<Statement> RedshiftMetaSql::record_built_periods(
    const Ident& meta, const std::string& model,
    const std::vector<std::pair<std::string, std::string>>& periods, long long run_id) const {
  const std::string t = meta.sql() + ".built_periods";
  Statement del, ins;
  del.label = "record built periods of " + model + " (replaced)";
  ins.label = "record built periods of " + model;
  del.params.push_back(model);
  ins.params = {model, std::to_string(run_id)};
  std::string starts, values;
  for (const auto& [start, end] : periods) {
    del.params.push_back(start);
    starts += (starts.empty() ? "CAST($" : ", CAST($") + std::to_string(del.params.size()) +
              " AS TIMESTAMP)";
    ins.params.push_back(start);
    ins.params.push_back(end);
    values += (values.empty() ? "" : ", ") + std::string("($1, CAST($") +
              std::to_string(ins.params.size() - 1) + " AS TIMESTAMP), CAST($" +
              std::to_string(ins.params.size()) + " AS TIMESTAMP), CAST($2 AS BIGINT))";
  }
  del.sql = "DELETE FROM " + t + " WHERE model = $1 AND period_start IN (" + starts + ")";
  ins.sql = "INSERT INTO " + t + " (model, period_start, period_end, run_id) VALUES " + values;
  return {del, ins};
}

Statement RedshiftMetaSql::record_freshness(const Ident& meta,
                                            const meta_sql::FreshnessRow& r) const {
  meta_sql::FreshnessRow cut = r;
  cut.message = fit(r.message);
  return MetaSql::record_freshness(meta, cut);
}

Statement RedshiftMetaSql::privileges_of(const std::string& schema,
                                         const std::string& relation) const {
  // no aclexplode: the ACL as text, read by grants()
  return {
      "SELECT array_to_string(c.relacl, ','), pg_get_userbyid(c.relowner) FROM pg_class c "
      "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2",
      {schema, relation},
      "privileges on " + schema + "." + relation,
      Statement::Kind::read_state};
}

std::vector<meta_sql::Grant> RedshiftMetaSql::grants(
    const std::vector<std::vector<std::optional<std::string>>>& rows) const {
  std::vector<meta_sql::Grant> out;
  if (rows.empty() || !rows[0][0]) return out;
  return parse_acl(*rows[0][0], rows[0].size() > 1 ? rows[0][1].value_or("") : "");
}

namespace {
// A name in an ACL item: "quoted ""like this""" or bare; stops at one of `ends`.
std::string acl_name(const std::string& s, size_t& i, const char* ends) {
  std::string out;
  if (i < s.size() && s[i] == '"') {
    for (++i; i < s.size(); ++i) {
      if (s[i] == '"') {
        if (i + 1 < s.size() && s[i + 1] == '"') {
          out += '"';
          ++i;
          continue;
        }
        ++i;
        break;
      }
      out += s[i];
    }
    return out;
  }
  while (i < s.size() && !std::strchr(ends, s[i])) out += s[i++];
  return out;
}
}  // namespace

std::vector<meta_sql::Grant> parse_acl(const std::string& acl, const std::string& owner) {
  static const std::map<char, const char*> names = {{'r', "SELECT"}, {'a', "INSERT"},
                                                    {'w', "UPDATE"}, {'d', "DELETE"},
                                                    {'D', "DROP"},   {'x', "REFERENCES"}};
  std::vector<meta_sql::Grant> out;
  std::string s = acl;
  if (!s.empty() && s.front() == '{') s = s.substr(1);
  if (!s.empty() && s.back() == '}') s.pop_back();
  size_t i = 0;
  while (i < s.size()) {
    bool group = false;
    if (s.compare(i, 6, "group ") == 0) {
      group = true;
      i += 6;
    }
    std::string grantee = acl_name(s, i, "=");
    if (i < s.size() && s[i] == '=') ++i;
    std::string privileges;
    while (i < s.size() && s[i] != '/') privileges += s[i++];
    if (i < s.size()) ++i;
    acl_name(s, i, ",");  // the grantor
    if (i < s.size() && s[i] == ',') ++i;
    if (!group && grantee == owner) continue;
    std::string who =
        grantee.empty() ? "PUBLIC" : (group ? "GROUP " : "") + quote_any_name(grantee);
    for (size_t k = 0; k < privileges.size(); ++k) {
      auto it = names.find(privileges[k]);
      bool grantable = k + 1 < privileges.size() && privileges[k + 1] == '*';
      if (it != names.end()) out.push_back({it->second, who, grantable});
      if (grantable) ++k;
    }
  }
  return out;
}

Statement RedshiftMetaSql::set_time_zone(const std::string& tz) const {
  return {
      "SET timezone TO " + quote_literal(tz), {}, "session time zone", Statement::Kind::read_state};
}

}  // namespace starling
