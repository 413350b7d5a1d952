// Redshift's statements for the meta schema (SPEC §5, §7): no ON CONFLICT (UPDATE, then INSERT …
// WHERE NOT EXISTS), no RETURNING (run ids given out under the run lock), GETDATE() for the clock,
// and texts cut to what a VARCHAR column holds.
#pragma once

#include "sql/meta.hpp"

namespace starling {

class RedshiftMetaSql : public MetaSql {
 public:
  std::string now() const override { return "CAST(GETDATE() AS TIMESTAMPTZ)"; }
  std::string timestamp_text(const std::string& column) const override {
    return "CAST(" + column + " AS VARCHAR(64))";
  }
  std::string limit(int n, std::vector<std::optional<std::string>>&) const override {
    return "LIMIT " + std::to_string(n);
  }
  // SET timezone TO 'zone' (r_timezone_config.html): the SET command every Redshift has
  Statement set_time_zone(const std::string& tz) const override;
  std::vector<Statement> start_run(const Ident& meta, const std::string& command,
                                   const std::string& target, const std::string& version,
                                   const std::string& arguments) const override;
  Statement finish_run(const Ident& meta, long long run_id, const std::string& status,
                       const std::optional<std::string>& error) const override;
  Statement record_model_run(const Ident& meta, const meta_sql::ModelRunRecord& r) const override;
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
  Statement record_freshness(const Ident& meta, const meta_sql::FreshnessRow& r) const override;
  Statement privileges_of(const std::string& schema, const std::string& relation) const override;
  std::vector<meta_sql::Grant> grants(
      const std::vector<std::vector<std::optional<std::string>>>& rows) const override;
};

// The grants of an ACL as text ("grantee=privileges/grantor,…", as pg_class.relacl reads on
// Redshift), other than the owner's own: SELECT, INSERT, UPDATE, DELETE, DROP and REFERENCES.
std::vector<meta_sql::Grant> parse_acl(const std::string& acl, const std::string& owner);

// The longest text a Redshift VARCHAR holds, in bytes.
constexpr size_t k_redshift_max_varchar = 65535;

// `s` cut to at most `max_bytes` bytes without splitting a UTF-8 character ("…" marks the cut).
std::optional<std::string> fit_bytes(const std::optional<std::string>& s, size_t max_bytes);

}  // namespace starling
