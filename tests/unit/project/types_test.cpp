// Column types in validate: the names PostgreSQL and Redshift know, their arguments, and what a
// redshift target refuses (SPEC §2). Messages are checked exactly.
#include <gtest/gtest.h>

#include "loader/loader.hpp"
#include "project/check.hpp"
#include "sql/dialect.hpp"

namespace starling {
namespace {

// The problems check_project reports for a dimension whose columns have `types`, in a project
// whose only target has `dialect`.
std::vector<std::string> type_problems(const std::vector<std::string>& types,
                                       const std::string& dialect = "postgres") {
  Diagnostics d;
  Project p;
  p.config = load_config_text(
      "project: p\n"
      "targets: {t: {dialect: " +
          dialect +
          ", dsn: \"postgresql:///w\"}}\n"
          "sources: {app: {schema: app, tables: {users: {}}}}\n",
      "config.yaml", d);
  std::string text = "kind: dimension\nfrom: app.users\nkey: c0\ncolumns:\n";
  for (size_t i = 0; i < types.size(); ++i)
    text += "  c" + std::to_string(i) + ": {type: \"" + types[i] + "\"}\n";
  auto m = load_model_text(text, "models/dim_x.yaml", d);
  EXPECT_TRUE(m);
  if (m) p.models.push_back(*m);
  check_project(p, d);
  check_target_types(p, d);
  std::vector<std::string> out;
  for (const auto& x : d.sorted()) out.push_back(x.str());
  return out;
}

TEST(Types, KnownNamesAndTheirArgumentsAreAccepted) {
  EXPECT_EQ(type_problems({"bigint",
                           "text",
                           "numeric(12,2)",
                           "numeric(12, 2)",
                           "numeric",
                           "decimal(38)",
                           "varchar(20)",
                           "character varying(40)",
                           "char(1)",
                           "timestamp with time zone",
                           "timestamp(6) without time zone",
                           "timestamptz(3)",
                           "time with time zone",
                           "double precision",
                           "float(53)",
                           "boolean",
                           "date",
                           "interval",
                           "jsonb",
                           "uuid",
                           "text[]",
                           "int[]",
                           "app.mood"}),
            std::vector<std::string>{});
}

// Regression: a misspelt type passed validate and failed the first run.
TEST(Types, MisspeltNamesSuggestTheType) {
  EXPECT_EQ(type_problems({"bigint", "bigintt", "txet", "timestamp with tme zone", "blob"}),
            (std::vector<std::string>{
                "models/dim_x.yaml:6:3: unknown type 'bigintt' for column 'c1' (did you mean "
                "'bigint'?)",
                "models/dim_x.yaml:7:3: unknown type 'txet' for column 'c2' (did you mean "
                "'text'?)",
                "models/dim_x.yaml:8:3: invalid type 'timestamp with tme zone' for column 'c3' "
                "(e.g. text, bigint, date, numeric(12,2), timestamp with time zone)",
                "models/dim_x.yaml:9:3: unknown type 'blob' for column 'c4' (e.g. text, bigint, "
                "date, numeric(12,2), timestamp with time zone, or a type of your own as "
                "schema.name)"}));
}

TEST(Types, ArgumentsOutOfRangeAreRefused) {
  EXPECT_EQ(
      type_problems({"bigint", "numeric(2000)", "numeric(4,6)", "varchar(0)", "integer(4)",
                     "timestamp(7)", "date with time zone", "varchar(2,1)", "numeric(1234567890)"}),
      (std::vector<std::string>{
          "models/dim_x.yaml:6:3: invalid type 'numeric(2000)' for column 'c1' (write numeric(p) "
          "or numeric(p,s) with p from 1 to 1000 and s from 0 to p)",
          "models/dim_x.yaml:7:3: invalid type 'numeric(4,6)' for column 'c2' (write numeric(p) or "
          "numeric(p,s) with p from 1 to 1000 and s from 0 to p)",
          "models/dim_x.yaml:8:3: invalid type 'varchar(0)' for column 'c3' (write varchar(n) with "
          "n from 1 to 10485760)",
          "models/dim_x.yaml:9:3: invalid type 'integer(4)' for column 'c4' (integer takes no "
          "(arguments))",
          "models/dim_x.yaml:10:3: invalid type 'timestamp(7)' for column 'c5' (write "
          "timestamp(p) with p from 0 to 6)",
          "models/dim_x.yaml:11:3: invalid type 'date with time zone' for column 'c6' ('with time "
          "zone' and 'without time zone' go with timestamp and time)",
          "models/dim_x.yaml:12:3: invalid type 'varchar(2,1)' for column 'c7' (write varchar(n) "
          "with n from 1 to 10485760)",
          "models/dim_x.yaml:13:3: invalid type 'numeric(1234567890)' for column 'c8' (e.g. text, "
          "bigint, date, numeric(12,2), timestamp with time zone)"}));
}

TEST(Types, RedshiftTargetRefusesPostgresOnlyTypes) {
  EXPECT_EQ(
      type_problems({"bigint", "text[]", "jsonb", "numeric(12,2)", "varchar(10)"}, "redshift"),
      (std::vector<std::string>{
          "models/dim_x.yaml:6:3: column 'c1' has type 'text[]', which Redshift does not have (a "
          "redshift target is configured; use a type both databases have (text, varchar(n), "
          "numeric(p,s), integer, bigint, boolean, date, timestamp, …))",
          "models/dim_x.yaml:7:3: column 'c2' has type 'jsonb', which Redshift does not have (a "
          "redshift target is configured; use a type both databases have (text, varchar(n), "
          "numeric(p,s), integer, bigint, boolean, date, timestamp, …))"}));
  // a type only Redshift has cannot be built on PostgreSQL, where starling also runs
  EXPECT_EQ(type_problems({"bigint", "super"}, "redshift"),
            (std::vector<std::string>{
                "models/dim_x.yaml:6:3: unknown type 'super' for column 'c1' ('super' is "
                "Redshift's alone; use a type both databases have (text, varchar(n), "
                "numeric(p,s), integer, bigint, boolean, date, timestamp, …))"}));
}

TEST(Types, ValuesOfTypes) {
  EXPECT_EQ(value_problem("integer", "12"), "");
  EXPECT_EQ(value_problem("integer", "2147483648"),
            "write a whole number from -2147483648 to 2147483647");
  EXPECT_EQ(value_problem("numeric(12,2)", "-1.5"), "");
  EXPECT_EQ(value_problem("numeric", "1,5"), "write a number, e.g. 0 or 1.5");
  EXPECT_EQ(value_problem("boolean", "yes"), "");
  EXPECT_EQ(value_problem("date", "2024-02-29"), "");
  EXPECT_EQ(value_problem("date", "2023-02-29"), "write the date as YYYY-MM-DD");
  EXPECT_EQ(value_problem("timestamp with time zone", "2024-01-01 10:00:00+01"), "");
  EXPECT_EQ(value_problem("timestamp", "2024-01-01 25"), "write the time as YYYY-MM-DD HH:MM:SS");
  EXPECT_EQ(value_problem("text", "anything"), "");
  EXPECT_TRUE(is_calendar_date("2000-02-29"));
  EXPECT_FALSE(is_calendar_date("1900-02-29"));
  EXPECT_FALSE(is_calendar_date("0000-01-01"));
}

}  // namespace
}  // namespace starling
