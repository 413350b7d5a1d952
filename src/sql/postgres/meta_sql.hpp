// PostgreSQL's statements for the meta schema (SPEC §5) where they differ from Redshift's: ON
// CONFLICT upserts, RETURNING the run id, now(), ACLs read with aclexplode.
#pragma once

#include "sql/meta.hpp"

namespace starling {

class PostgresMetaSql : public MetaSql {
 public:
  std::string now() const override { return "now()"; }
  std::string timestamp_text(const std::string& column) const override {
    return "CAST(" + column + " AS text)";
  }
  std::string limit(int n, std::vector<std::optional<std::string>>& params) const override {
    params.push_back(std::to_string(n));
    return "LIMIT $" + std::to_string(params.size()) + "::integer";
  }
  std::vector<Statement> start_run(const Ident& meta, const std::string& command,
                                   const std::string& target, const std::string& version,
                                   const std::string& arguments) const override;
  std::vector<Statement> record_model(const Ident& meta, const std::string& model,
                                      const std::string& kind, const std::string& table,
                                      const std::string& fingerprint, const std::string& shape,
                                      const std::string& definition,
                                      bool built = true) const override;
  std::vector<Statement> set_watermark(const Ident& meta, const std::string& model,
                                       const std::string& source,
                                       const std::optional<std::string>& value,
                                       long long run_id) const override;
  std::vector<Statement> record_built_periods(
      const Ident& meta, const std::string& model,
      const std::vector<std::pair<std::string, std::string>>& periods,
      long long run_id) const override;
  Statement privileges_of(const std::string& schema, const std::string& relation) const override;
  std::vector<meta_sql::Grant> grants(
      const std::vector<std::vector<std::optional<std::string>>>& rows) const override;
};

}  // namespace starling
