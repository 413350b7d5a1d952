#include "sql/redshift/lint.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "util/error.hpp"

namespace starling {
namespace {

std::vector<std::string> found(const std::string& sql) {
  std::vector<std::string> out;
  for (const auto& f : redshift_lint(sql)) out.push_back(f.construct);
  return out;
}

TEST(RedshiftLint, FindsWhatRedshiftRefuses) {
  struct Case {
    const char* sql;
    const char* construct;
  } cases[] = {
      {"INSERT INTO t (a) VALUES (1) ON CONFLICT (a) DO NOTHING", "ON CONFLICT"},
      {"DELETE FROM t WHERE a = 1 RETURNING a", "RETURNING"},
      {"SELECT 1 WHERE a IS DISTINCT FROM b", "IS [NOT] DISTINCT FROM"},
      {"SELECT 1 WHERE (a, b) IS NOT DISTINCT FROM (c, d)", "IS [NOT] DISTINCT FROM"},
      {"SELECT pg_try_advisory_lock(42)", "advisory lock"},
      {"SELECT pg_advisory_unlock(42)", "advisory lock"},
      {"CREATE SEQUENCE s", "sequence"},
      {"SELECT nextval('s')", "sequence"},
      {"CREATE TABLE t (id bigserial)", "SERIAL"},
      {"CREATE UNIQUE INDEX i ON t (a)", "CREATE INDEX"},
      {"create index i on t (a)", "CREATE INDEX"},
      {"COPY t (a, b) FROM STDIN WITH (FORMAT csv)", "COPY FROM STDIN"},
      {"SELECT DISTINCT ON (a) a, b FROM t", "DISTINCT ON"},
      {"SELECT * FROM generate_series(1, 10) g", "generate_series"},
      {"CREATE TABLE t (p jsonb)", "JSON type"},
      {"SELECT ARRAY['a', 'b']", "array"},
      {"SELECT $1::integer[]", "array type"},
      {"DELETE FROM s.t AS f WHERE f.a = 1", "aliased DELETE target"},
      {"DELETE FROM t f USING u WHERE f.a = u.a", "aliased DELETE target"},
      {"UPDATE s.t AS d SET a = 1", "aliased UPDATE target"},
      {"UPDATE \"s\".\"t\" d SET a = 1", "aliased UPDATE target"},
      {"MERGE INTO t AS x USING s ON x.a = s.a WHEN MATCHED THEN DELETE", "aliased MERGE target"},
      {"TRUNCATE t", "TRUNCATE"},
      {"INSERT INTO t OVERRIDING SYSTEM VALUE VALUES (-1)", "OVERRIDING SYSTEM VALUE"},
      {"SELECT count(*) FILTER (WHERE a) FROM t", "aggregate FILTER"},
      {"SAVEPOINT starling_2", "SAVEPOINT"},
      {"UPDATE runs SET finished_at = now() WHERE run_id = 1", "PostgreSQL-only function"},
      {"SELECT to_regclass('s.t') IS NOT NULL", "PostgreSQL-only function"},
      {"SELECT string_agg(a, ', ') FROM t", "PostgreSQL-only function"},
      {"ALTER TABLE s.t SET SCHEMA r", "SET SCHEMA"},
      {"SET LOCAL lock_timeout = '5s'", "SET LOCAL"},
      // issue 24: verify's fact comparison as it was
      {"SELECT z.\"user_sk\", count(*) FROM (SELECT (SELECT d.\"user_id\" FROM dim_users d WHERE "
       "d.\"user_sk\" = f.\"user_sk\") AS \"user_sk\" FROM fct f) AS z GROUP BY z.\"user_sk\"",
       "GROUP BY a subquery's result"},
      {"SELECT (SELECT max(a) FROM u WHERE u.k = t.k) AS m FROM t GROUP BY m",
       "GROUP BY a subquery's result"},
      {"SELECT count(*) FROM t GROUP BY (SELECT 1)", "GROUP BY a subquery's result"},
      {"CREATE TEMP TABLE s AS SELECT * FROM t WHERE a >= $1::timestamp",
       "parameter outside SELECT/INSERT/UPDATE/DELETE"},
      {"ALTER TABLE t ALTER COLUMN a SET DEFAULT $1",
       "parameter outside SELECT/INSERT/UPDATE/DELETE"},
      {"SET search_path TO $1", "parameter outside SELECT/INSERT/UPDATE/DELETE"},
      {"SELECT * FROM (SELECT * FROM t OFFSET 0) AS x", "OFFSET 0 or a parameter"},
      {"SELECT * FROM t ORDER BY a LIMIT 10 OFFSET $1", "OFFSET 0 or a parameter"},
      {"SELECT * FROM t ORDER BY a LIMIT $1", "LIMIT parameter"},
      {"SELECT count(*) > 0 FROM stv_sessions WHERE process = $1::integer",
       "STV or STL system table"},
      {"SELECT * FROM pg_catalog.STL_QUERY", "STV or STL system table"},
      {"SELECT CAST(a AS text) FROM t", "TEXT type"},
      {"SELECT a FROM t WHERE b IN ($1::text)", "TEXT type"},
      // issue 20: what PostgreSQL's plan of a versions dimension had
      {"SELECT lag(a) OVER w FROM t WINDOW w AS (PARTITION BY k ORDER BY b)", "WINDOW clause"},
      {"SELECT count(a) OVER (PARTITION BY k ORDER BY b) FROM t",
       "aggregate window without a frame"},
      {"SELECT first_value(a) OVER (PARTITION BY k ORDER BY (b IS NULL) DESC, c) FROM t",
       "aggregate window without a frame"},
      {"SELECT max(a) OVER (ORDER BY b RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM t",
       "aggregate window without a frame"},
      {"CREATE TEMP TABLE p ON COMMIT DROP AS SELECT 1", "ON COMMIT"},
      {"SELECT bool_or(a IS NOT NULL) OVER (PARTITION BY k) FROM t",
       "bool_or/bool_and over a window"},
      {"SELECT bool_and(a) OVER (PARTITION BY k) FROM t", "bool_or/bool_and over a window"},
  };
  for (const auto& c : cases) {
    auto f = found(c.sql);
    ASSERT_EQ(f.size(), 1u) << c.sql;
    EXPECT_EQ(f[0], c.construct) << c.sql;
  }
}

TEST(RedshiftLint, AcceptsWhatRedshiftRuns) {
  for (const char* sql : {
           "DELETE FROM s.t USING s.stage WHERE s.t.a = s.stage.a",
           "DELETE FROM \"s\".\"t\" WHERE \"a\" >= $1 AND \"a\" < $2",
           "UPDATE s.t SET a = x.a FROM stage x WHERE s.t.k = x.k AND CASE WHEN s.t.a IS NULL "
           "AND x.a IS NULL THEN false WHEN s.t.a = x.a THEN false ELSE true END",
           "MERGE INTO s.t USING stage ON s.t.k = stage.k WHEN MATCHED THEN UPDATE SET a = "
           "stage.a WHEN NOT MATCHED THEN INSERT VALUES (stage.k, stage.a)",
           "LOCK starling.run_lock",
           "CREATE TABLE t (k BIGINT GENERATED BY DEFAULT AS IDENTITY(1,1), v VARCHAR(65535)) "
           "DISTSTYLE KEY DISTKEY (k) SORTKEY (k)",
           "INSERT INTO t (a, b) VALUES (1, 'x'), (2, 'y')",
           "SELECT GETDATE()",
           "SELECT CAST(GETDATE() AS TIMESTAMPTZ) - 5 * interval '1 second'",
           "ALTER TABLE s.t RENAME TO t__retired",
           "UPDATE s.t SET now_seen = 1",
           "SELECT * FROM t FOR UPDATE",
           "GRANT SELECT, UPDATE ON \"warehouse\".\"v\" TO PUBLIC",
           "GRANT UPDATE, SELECT ON s.t TO alice",
           // issue 24: what the checker's new rules let through
           "SELECT z.\"user_sk\", count(*) FROM (SELECT d.\"user_id\" AS \"user_sk\" FROM fct f "
           "LEFT JOIN dim_users d ON d.\"user_sk\" = f.\"user_sk\") AS z GROUP BY z.\"user_sk\"",
           "SELECT k, (SELECT count(*) FROM u WHERE u.k = t.k) AS n FROM t GROUP BY k, 2",
           "INSERT INTO t (a) SELECT $1::integer",
           "UPDATE t SET a = $1 WHERE b = $2",
           "WITH x AS (SELECT $1::integer AS a) SELECT a FROM x",
           "PREPARE starling_check AS SELECT a FROM t WHERE b = $1::integer",
           "SELECT * FROM t ORDER BY a LIMIT 10 OFFSET 5",
           "SELECT count(*) FROM svv_table_info",
           "SELECT CAST(a AS VARCHAR(65535)), \"text\" FROM t",
           "CREATE TABLE t (text VARCHAR(10))",
           // issue 20: the plan as both dialects write it
           "SELECT count(a) OVER (PARTITION BY k ORDER BY b ROWS BETWEEN UNBOUNDED PRECEDING AND "
           "CURRENT ROW) FROM t",
           "SELECT first_value(a) OVER (PARTITION BY k ORDER BY CASE WHEN b THEN 0 ELSE 1 END, c "
           "ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM t",
           "SELECT max(a) OVER (PARTITION BY k), count(*) FROM t",
           "SELECT lag(a) OVER (PARTITION BY k ORDER BY b), row_number() OVER (ORDER BY b) FROM t",
           "SELECT bool_or(a), bool_and(b) FROM t GROUP BY k",
           "SELECT max(x.a) FROM (SELECT a, count(*) OVER (PARTITION BY k) AS n FROM t) AS x",
           "SELECT \"window\", t.count FROM t",
       })
    EXPECT_TRUE(found(sql).empty()) << sql;
}

TEST(RedshiftLint, SkipsLiteralsQuotedNamesAndComments) {
  EXPECT_TRUE(found("SELECT 'ON CONFLICT DO NOTHING', \"returning\" FROM t").empty());
  EXPECT_TRUE(found("SELECT 1 -- RETURNING a\n").empty());
  EXPECT_TRUE(found("SELECT /* generate_series */ 1").empty());
  EXPECT_TRUE(found("SELECT $body$ TRUNCATE t $body$").empty());
  EXPECT_TRUE(found("SELECT 'it''s ON CONFLICT' FROM t").empty());
  // the offset points at the construct
  auto f = redshift_lint("SELECT 1; TRUNCATE t");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].offset, 10u);
}

TEST(RedshiftLint, EveryRuleHasAReasonAndTheGuidesPage) {
  std::vector<std::string> names;
  for (const auto& r : redshift_rules()) {
    EXPECT_FALSE(r.reason.empty()) << r.name;
    EXPECT_EQ(r.url.rfind("https://docs.aws.amazon.com/redshift/latest/dg/", 0), 0u) << r.name;
    EXPECT_EQ(r.url.substr(r.url.size() - 5), ".html") << r.name;
    EXPECT_EQ(std::count(names.begin(), names.end(), r.name), 0) << r.name;
    names.push_back(r.name);
  }
  EXPECT_EQ(names.size(), 33u);
  // every finding names its rule
  auto f = redshift_lint("SELECT 1 FROM t OFFSET 0");
  ASSERT_EQ(f.size(), 1u);
  ASSERT_NE(f[0].rule, nullptr);
  EXPECT_EQ(describe(f[0]),
            "OFFSET 0 or a parameter: OFFSET takes a positive integer "
            "(https://docs.aws.amazon.com/redshift/latest/dg/r_ORDER_BY_clause.html)");
}

TEST(RedshiftLint, TheCheckRefusesAFindingWithItsRuleAndTheStatementsLabel) {
  Statement s{"SELECT count(*) > 0 FROM stv_sessions WHERE process = $1::integer",
              {"7"},
              "run lock holder connected"};
  try {
    redshift_check(s);
    FAIL() << "not refused";
  } catch (const Error& e) {
    EXPECT_EQ(e.category(), ErrorCategory::internal);
    EXPECT_EQ(
        std::string(e.what()),
        "the Redshift test mode refuses statement \"run lock holder connected\": STV or STL "
        "system table: STV and STL tables exist on provisioned clusters only, not on Redshift "
        "Serverless (https://docs.aws.amazon.com/redshift/latest/dg/c_intro_STV_tables.html), "
        "at: stv_sessions WHERE process = $1::integer");
  }
  EXPECT_NO_THROW(redshift_check(s, {"STV or STL system table"}));
  EXPECT_NO_THROW(redshift_check({"SELECT 1", {}, "one"}));
}

}  // namespace
}  // namespace starling
