#include "sql/redshift/ddl.hpp"

#include <gtest/gtest.h>

#include "loader/loader.hpp"
#include "sql/ddl.hpp"
#include "sql/redshift/lint.hpp"

namespace starling {
namespace {

TEST(RedshiftDdl, ColumnTypes) {
  struct Case {
    const char* model;
    const char* redshift;
  } cases[] = {
      {"text", "VARCHAR(65535)"},
      {"varchar(10)", "VARCHAR(40)"},
      {"character varying(20000)", "VARCHAR(65535)"},
      {"varchar", "VARCHAR(65535)"},
      {"char(3)", "VARCHAR(12)"},
      {"numeric(12,2)", "DECIMAL(12,2)"},
      {"numeric", "DECIMAL(38,10)"},
      {"integer", "INTEGER"},
      {"bigint", "BIGINT"},
      {"double precision", "DOUBLE PRECISION"},
      {"boolean", "BOOLEAN"},
      {"date", "DATE"},
      {"timestamp", "TIMESTAMP"},
      {"timestamp with time zone", "TIMESTAMPTZ"},
      {"timestamptz", "TIMESTAMPTZ"},
  };
  for (const auto& c : cases) EXPECT_EQ(redshift_column_type(c.model), c.redshift) << c.model;
  for (const char* none : {"jsonb", "json", "text[]", "uuid", "bytea", "interval", "varchar(x)"})
    EXPECT_FALSE(redshift_column_type(none)) << none;
}

TEST(RedshiftDdl, TableWithAPlainKeyDistributionAndUnknownMember) {
  TableSpec t{
      QualifiedName{Ident("warehouse"), Ident("dim_users")}, {}, {}, {}, {}, std::nullopt, {}, {}};
  t.columns = {{"user_sk", "bigint", ColumnRole::surrogate_key, true, std::nullopt},
               {"user_id", "bigint", ColumnRole::natural_key, true, std::nullopt},
               {"country", "text", ColumnRole::attribute, false, std::nullopt},
               {"logins", "integer", ColumnRole::attribute, true, std::string("0")},
               {"is_inferred", "boolean", ColumnRole::inferred_flag, true, std::string("false")}};
  t.unique = {"user_id"};
  t.unknown_member = {{"user_sk", "-1"}, {"country", "Unknown"}, {"is_inferred", "false"}};
  RedshiftOptions r;
  r.diststyle = "key";
  r.distkey = "user_id";
  r.sortkey = {"user_id", "country"};
  t.redshift = r;
  auto s = redshift_create_table(t);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].sql,
            "CREATE TABLE \"warehouse\".\"dim_users\" (\n"
            "  \"user_sk\" BIGINT NOT NULL,\n"  // no IDENTITY: starling gives the keys
            "  \"user_id\" BIGINT NOT NULL,\n"
            "  \"country\" VARCHAR(65535),\n"
            "  \"logins\" INTEGER NOT NULL DEFAULT 0,\n"
            "  \"is_inferred\" BOOLEAN NOT NULL DEFAULT false,\n"
            "  PRIMARY KEY (\"user_sk\")\n"
            ")\nDISTSTYLE KEY\nDISTKEY (\"user_id\")\nSORTKEY (\"user_id\", \"country\")");
  EXPECT_EQ(s[1].sql,
            "INSERT INTO \"warehouse\".\"dim_users\" (\"user_sk\", \"country\", \"is_inferred\") "
            "VALUES (CAST($1 AS BIGINT), CAST($2 AS VARCHAR(65535)), CAST($3 AS BOOLEAN))");
  EXPECT_EQ(s[1].params, (std::vector<std::optional<std::string>>{"-1", "Unknown", "false"}));
  EXPECT_EQ(redshift_add_column(t.table, t.columns[3]).sql,
            "ALTER TABLE \"warehouse\".\"dim_users\" ADD COLUMN \"logins\" INTEGER DEFAULT 0 NOT "
            "NULL");
  EXPECT_THROW(
      redshift_create_table(TableSpec{t.table,
                                      {{"p", "jsonb", ColumnRole::attribute, false, std::nullopt}},
                                      {},
                                      {},
                                      {},
                                      std::nullopt,
                                      {},
                                      {}}),
      Error);
}

// Every table of the Airbeds demo in the Redshift rendering passes the lint.
TEST(RedshiftDdl, DemoTablesPassTheLint) {
  Diagnostics d;
  Project p = load_project(STARLING_SOURCE_DIR, d);
  ASSERT_TRUE(d.empty());
  size_t statements = 0;
  for (const auto& m : p.models) {
    for (const auto& s : redshift_create_table(table_spec(m, p, "warehouse"))) {
      ++statements;
      for (const auto& f : redshift_lint(s.sql))
        ADD_FAILURE() << m.name << ": " << f.construct << " in " << s.sql;
    }
  }
  EXPECT_GE(statements, p.models.size());
}

}  // namespace
}  // namespace starling
