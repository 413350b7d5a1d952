#include "db/connect.hpp"

namespace starling {

std::unique_ptr<Executor> connect_dialect(const std::string& dsn, const std::string& display_name,
                                          std::optional<long long> statement_timeout_s,
                                          const Dialect& d, const std::string& timezone,
                                          const std::function<void(const std::string&)>& warn) {
  std::unique_ptr<Executor> e = d.name() == DialectName::redshift
                                    ? connect_libpq(dsn, display_name, statement_timeout_s, 5439)
                                    : connect_postgres(dsn, display_name, statement_timeout_s);
  if (auto adapt = d.statement_adapter())
    e = std::make_unique<AdaptingExecutor>(std::move(e), std::move(adapt));
  e->set_savepoints(d.savepoints());
  if (auto mismatch = d.server_mismatch(e->server_version()); mismatch && warn)
    warn(display_name + ": " + *mismatch);
  for (const auto& s : d.session_setup()) e->execute(s);
  // local timestamps (periods, watermarks) are read in the project's time zone
  e->execute(d.meta_sql().set_time_zone(timezone));
  return e;
}

}  // namespace starling
