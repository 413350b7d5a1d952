// Parameters of statements Redshift takes none in (a stage's CREATE TEMP TABLE … AS SELECT) go into
// their text as literals; SELECT, INSERT, UPDATE and DELETE keep theirs.
#include <gtest/gtest.h>

#include "sql/redshift/inline_params.hpp"
#include "sql/redshift/redshift_dialect.hpp"
#include "util/error.hpp"

namespace starling {
namespace {

TEST(RedshiftInlineParams, OnlySelectInsertUpdateAndDeleteTakeParameters) {
  EXPECT_TRUE(redshift_takes_parameters("SELECT $1"));
  EXPECT_TRUE(redshift_takes_parameters("  with x AS (SELECT $1) SELECT * FROM x"));
  EXPECT_TRUE(redshift_takes_parameters("(SELECT 1) UNION (SELECT $1)"));
  EXPECT_TRUE(redshift_takes_parameters("insert INTO t VALUES ($1)"));
  EXPECT_TRUE(redshift_takes_parameters("UPDATE t SET a = $1"));
  EXPECT_TRUE(redshift_takes_parameters("DELETE FROM t WHERE a = $1"));
  EXPECT_FALSE(redshift_takes_parameters("CREATE TEMP TABLE s AS SELECT $1"));
  EXPECT_FALSE(redshift_takes_parameters("SELECTED"));
  EXPECT_FALSE(redshift_takes_parameters("SET timezone TO $1"));
}

TEST(RedshiftInlineParams, ReplacesEachParameterOutsideLiteralsIdentifiersAndComments) {
  Statement s{
      "CREATE TEMP TABLE \"$1x\" AS SELECT '$1' AS a, $1::timestamp AS b, $10 AS c, $2 AS d -- $1\n"
      "FROM t WHERE x = $1 /* $2 */ AND y = $$ $1 $$ AND z = $tag$ $2 $tag$",
      {"2026-03-01 00:00:00", "it's", std::nullopt, "4", "5", "6", "7", "8", "9", "ten"},
      "stage"};
  Statement in = inline_parameters(s);
  EXPECT_EQ(in.sql,
            "CREATE TEMP TABLE \"$1x\" AS SELECT '$1' AS a, '2026-03-01 00:00:00'::timestamp AS "
            "b, 'ten' AS c, 'it''s' AS d -- $1\n"
            "FROM t WHERE x = '2026-03-01 00:00:00' /* $2 */ AND y = $$ $1 $$ AND z = $tag$ $2 "
            "$tag$");
  EXPECT_TRUE(in.params.empty());
  EXPECT_EQ(in.label, "stage");
  EXPECT_EQ(
      inline_parameters({"CREATE TABLE t AS SELECT $3 AS n", {"a", "b", std::nullopt}, "x"}).sql,
      "CREATE TABLE t AS SELECT NULL AS n");
}

TEST(RedshiftInlineParams, RefusesWhatALiteralWouldReadDifferently) {
  try {
    inline_parameters({"CREATE TABLE t AS SELECT $1 AS p", {"C:\\dir"}, "stage of m"});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.message(),
              "a parameter of \"stage of m\" has a backslash or a NUL, which cannot go into a "
              "Redshift literal as it is: C:\\dir");
  }
  EXPECT_THROW(inline_parameters({"CREATE TABLE t AS SELECT $2", {"a"}, "x"}), Error);
}

TEST(RedshiftInlineParams, TheAdapterInlinesAStagesParametersAndKeepsASelects) {
  RedshiftDialect d;
  auto adapt = d.statement_adapter();
  Statement stage{
      "CREATE TEMP TABLE s AS SELECT * FROM src WHERE t >= $1::timestamp", {"-infinity"}, "stage"};
  adapt(stage);
  EXPECT_EQ(stage.sql,
            "CREATE TEMP TABLE s AS SELECT * FROM src WHERE t >= '0001-01-01 00:00:00'::timestamp");
  EXPECT_TRUE(stage.params.empty());
  Statement read{"SELECT * FROM src WHERE t >= $1::timestamp", {"infinity"}, "read"};
  adapt(read);
  EXPECT_EQ(read.sql, "SELECT * FROM src WHERE t >= $1::timestamp");
  EXPECT_EQ(read.params, (std::vector<std::optional<std::string>>{"9999-12-31 23:59:59"}));
}

}  // namespace
}  // namespace starling
