// How a densify finds the rows already there (DensifyProbe), on the Airbeds weekly snapshot: a
// look-up per row keeps the NOT EXISTS a subquery on PostgreSQL (OFFSET 0, never made a join);
// Redshift's SQL has no OFFSET there.
#include <gtest/gtest.h>

#include "loader/loader.hpp"
#include "project/check.hpp"
#include "sql/postgres/model_sql.hpp"
#include "sql/redshift/model_sql.hpp"
#include "util/strings.hpp"

namespace starling::testing {
namespace {

class DensifyProbeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    p = load_project(STARLING_SOURCE_DIR, d);
    g = check_project(p, d);
    ASSERT_TRUE(d.empty());
    m = p.model("fct_user_weekly_snapshot");
    ASSERT_NE(m, nullptr);
    w.start = "2026-11-16 00:00:00";
    w.end = "2026-11-23 00:00:00";
  }
  Diagnostics d;
  Project p;
  CheckedGraph g;
  const Model* m = nullptr;
  WindowValues w;
};

TEST_F(DensifyProbeTest, EachRowKeepsTheProbeASubqueryOnPostgres) {
  BuildTarget t{&p, m, "warehouse"};
  GrainFilter only{{"user_id"}, {{"7"}, {"42"}}};
  w.only = &only;
  EXPECT_TRUE(densify_names_members(*m, w));
  PostgresModelSql pg;
  std::string each = pg.densify(t, w, false, DensifyProbe::each_row).sql;
  std::string anti = pg.densify(t, w, false, DensifyProbe::anti_join).sql;
  EXPECT_TRUE(ends_with(each, " OFFSET 0)")) << each;
  EXPECT_FALSE(ends_with(anti, " OFFSET 0)")) << anti;
  // only the members named
  EXPECT_NE(each.find("IN ('7', '42')"), std::string::npos) << each;
  RedshiftModelSql rs;
  EXPECT_FALSE(ends_with(rs.densify(t, w, false, DensifyProbe::each_row).sql, " OFFSET 0)"));
}

TEST_F(DensifyProbeTest, GrainsOfAnotherColumnNameNoMembers) {
  GrainFilter only{{"week_start"}, {{"2026-11-16"}}};
  w.only = &only;
  EXPECT_FALSE(densify_names_members(*m, w));
  w.only = nullptr;
  EXPECT_FALSE(densify_names_members(*m, w));
}

}  // namespace
}  // namespace starling::testing
