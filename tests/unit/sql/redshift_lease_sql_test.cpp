// The run lock's lease on Redshift as statements: it reads no session but its own, so it works on
// Redshift Serverless (no STV tables) and for holders of other database users (issue 24).
#include <gtest/gtest.h>

#include <regex>

#include "sql/redshift/redshift_dialect.hpp"

namespace starling {
namespace {

std::vector<Statement> lease_statements(const RunLockSql& l) {
  std::vector<Statement> all = l.prepare;
  for (const auto& s : l.reshape) all.push_back(s);
  for (const auto& s : l.claim) all.push_back(s);
  for (const auto& s :
       {l.current_shape, l.earlier_holder, l.lock_table, l.holder, l.renew, l.release})
    all.push_back(s);
  return all;
}

TEST(RedshiftLease, NoStatementReadsASessionOnAClusterOrInTheTestMode) {
  const std::regex sessions("stv_|stl_|svv_|sys_|pg_stat_activity|pg_backend_pid",
                            std::regex::icase);
  for (bool on_postgres : {false, true}) {
    RunLockSql l =
        RedshiftDialect(on_postgres).run_lock(Ident("starling"), std::chrono::seconds(3));
    EXPECT_EQ(l.kind, RunLockSql::Kind::lease);
    for (const auto& s : lease_statements(l)) {
      EXPECT_FALSE(s.sql.empty()) << s.label;
      EXPECT_FALSE(std::regex_search(s.sql, sessions)) << s.label << ": " << s.sql;
    }
  }
}

TEST(RedshiftLease, TheLeaseRunsForTheTargetsDurationFromTheClusterClock) {
  RunLockSql l = RedshiftDialect().run_lock(Ident("starling"), std::chrono::minutes(10));
  EXPECT_EQ(l.renew.sql,
            "UPDATE \"starling\".run_lock SET expires_at = CAST(GETDATE() AS TIMESTAMPTZ) + "
            "INTERVAL '600 seconds' WHERE token = $1");
  RunLockSql short_lease = RedshiftDialect().run_lock(Ident("starling"), std::chrono::seconds(3));
  EXPECT_NE(short_lease.renew.sql.find("INTERVAL '3 seconds'"), std::string::npos);
  EXPECT_NE(short_lease.claim.back().sql.find("INTERVAL '3 seconds'"), std::string::npos);
}

}  // namespace
}  // namespace starling
