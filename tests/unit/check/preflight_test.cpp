// Which SQL types a declared column takes (check/preflight) and what a check does with each
// statement of a run (sql/preflight_sql).
#include "check/preflight.hpp"

#include <gtest/gtest.h>

#include "sql/preflight_sql.hpp"

namespace starling {
namespace {

TEST(Assignable, TypesAColumnTakes) {
  struct Case {
    const char* given;
    const char* declared;
    bool ok;
  };
  const Case cases[] = {
      {"bigint", "bigint", true},
      {"bigint", "integer", true},  // count(*) into an integer measure
      {"integer", "numeric(12,2)", true},
      {"numeric", "numeric(12,2)", true},
      {"double precision", "bigint", true},
      {"character varying(20)", "text", true},
      {"text", "character varying(256)", true},
      {"character(2)", "character varying(2)", true},
      {"timestamp without time zone", "timestamp with time zone", true},
      {"timestamp(3) without time zone", "timestamp without time zone", true},
      {"date", "date", true},
      {"jsonb", "jsonb", true},
      {"text", "bigint", false},
      {"timestamp without time zone", "date", false},  // a timestamp into a date measure
      {"timestamp with time zone", "date", false},
      {"date", "timestamp without time zone", false},
      {"integer", "text", false},
      {"boolean", "integer", false},
      {"json", "jsonb", false},
  };
  for (const auto& c : cases)
    EXPECT_EQ(assignable(c.given, c.declared), c.ok) << c.given << " into " << c.declared;
}

TEST(CheckStep, DefinesPreparesOrSkips) {
  struct Case {
    const char* sql;
    CheckStep step;
  };
  const Case cases[] = {
      {"CREATE TABLE \"w\".\"t\" (a bigint)", CheckStep::define},
      {"  create unique index i on t (a)", CheckStep::define},
      {"ALTER TABLE t ADD COLUMN b text", CheckStep::define},
      {"DROP TABLE IF EXISTS \"_stage_t\"", CheckStep::define},
      {"SELECT count(*) FROM t", CheckStep::prepare},
      {"WITH up AS (INSERT INTO t VALUES (1) RETURNING 1) SELECT 1", CheckStep::prepare},
      {"INSERT INTO t VALUES ($1)", CheckStep::prepare},
      {"UPDATE t SET a = 1", CheckStep::prepare},
      {"DELETE FROM t", CheckStep::prepare},
      {"(SELECT 1) UNION (SELECT 2)", CheckStep::prepare},
      {"ANALYZE t", CheckStep::skip},
      {"SET TIME ZONE 'UTC'", CheckStep::skip},
      {"LOCK TABLE t", CheckStep::skip},
      {"BEGIN", CheckStep::skip},
  };
  for (const auto& c : cases)
    EXPECT_EQ(static_cast<int>(check_step({c.sql, {}, "x"})), static_cast<int>(c.step)) << c.sql;
}

TEST(StageWithoutRows, EachDialectCreatesTheStageEmpty) {
  Statement stage{"CREATE TEMP TABLE \"_stage_t\" AS SELECT * FROM (SELECT 1) AS src", {}, "s"};
  EXPECT_EQ(stage_without_rows(stage, DialectName::postgres).sql,
            "CREATE TEMP TABLE \"_stage_t\" AS SELECT * FROM (SELECT 1) AS src WITH NO DATA");
  EXPECT_EQ(stage_without_rows(stage, DialectName::redshift).sql,
            "CREATE TEMP TABLE \"_stage_t\" AS SELECT * FROM (SELECT 1) AS src LIMIT 0");
  EXPECT_EQ(prepare_to_check({"SELECT $1", {"x"}, "label"}),
            (Statement{"PREPARE starling_check AS SELECT $1", {}, "label"}));
}

}  // namespace
}  // namespace starling
