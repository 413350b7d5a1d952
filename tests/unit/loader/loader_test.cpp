#include "loader/loader.hpp"

#include <gtest/gtest.h>

namespace starling {
namespace {

TEST(Loader, DimensionValuesAndPositions) {
  const std::string text =
      "kind: dimension\n"
      "description: users\n"
      "sql: |\n"
      "  SELECT id AS user_id, plan\n"
      "  FROM {{ source('app','users') }}\n"
      "  WHERE _loaded_at >= {{ since }}\n"
      "key: user_id\n"
      "surrogate_key: user_sk\n"
      "columns:\n"
      "  user_id: {type: bigint}\n"
      "  plan: {type: text, on_change: keep}\n"
      "  age: {type: integer, expr: \"1\", refresh: always}\n"
      "unknown_member: {plan: Unknown}\n";
  Diagnostics d;
  auto m = load_model_text(text, "models/dim_users.yaml", d);
  ASSERT_TRUE(d.empty()) << d.items()[0].str();
  ASSERT_TRUE(m);
  EXPECT_EQ(m->name, "dim_users");
  EXPECT_EQ(m->kind, ModelKind::dimension);
  EXPECT_EQ(m->key, std::vector<std::string>{"user_id"});
  ASSERT_EQ(m->columns.size(), 3u);
  EXPECT_EQ(m->columns[1].on_change, OnChange::keep);
  EXPECT_TRUE(m->columns[2].refresh_always);
  EXPECT_EQ(m->columns[2].loc.str(), "models/dim_users.yaml:12:3");
  EXPECT_EQ(m->unknown_member.at("plan"), "Unknown");
  // placeholders: literal, source, literal, since, literal
  ASSERT_EQ(m->sql.parts.size(), 5u);
  EXPECT_EQ(std::get<SourceRef>(m->sql.parts[1].value), (SourceRef{"app", "users"}));
  EXPECT_EQ(m->sql.parts[1].loc.str(), "models/dim_users.yaml:5:8");
  EXPECT_EQ(m->sql.parts[3].loc.str(), "models/dim_users.yaml:6:23");
  EXPECT_TRUE(m->sql.uses(WindowVar::since));
}

TEST(Loader, EveryProblemReportedOnce) {
  const std::string text =
      "kind: fact\n"
      "grian: [a]\n"
      "sql: \"SELECT 1 WHERE x > {{ sinse }}\"\n"
      "incremental: {strategy: perod}\n"
      "measures:\n"
      "  n: {type: integer, defualt: 0}\n";
  Diagnostics d;
  load_model_text(text, "models/f.yaml", d);
  std::vector<std::string> got;
  for (const auto& x : d.sorted()) got.push_back(x.str());
  std::vector<std::string> want = {
      "models/f.yaml:1:1: model 'f' has no 'grain' (add 'grain: ...')",
      "models/f.yaml:2:1: unknown key 'grian' in model 'f' (did you mean 'grain'?)",
      "models/f.yaml:3:26: unknown placeholder '{{ sinse }}' (allowed: source('source','table'), "
      "ref('model'), start, end, since)",
      "models/f.yaml:4:25: invalid value 'perod' for 'strategy' (did you mean 'period'?)",
      "models/f.yaml:6:22: unknown key 'defualt' in measure 'n' (did you mean 'default'?)",
  };
  EXPECT_EQ(got, want);
}

TEST(Loader, YamlSyntaxErrorHasPosition) {
  Diagnostics d;
  load_model_text("kind: fact\nsql: [unclosed\n", "models/bad.yaml", d);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d.items()[0].loc.file, "models/bad.yaml");
  EXPECT_GT(d.items()[0].loc.line, 0);
  EXPECT_NE(d.items()[0].message.find("YAML syntax error"), std::string::npos);
}

TEST(Loader, ConfigExpandsEnvironmentAndDefaults) {
  LoadOptions o;
  o.env = [](const std::string& n) -> std::optional<std::string> {
    if (n == "DB_HOST") return "db.internal";
    return std::nullopt;
  };
  const std::string text =
      "project: p\n"
      "targets:\n"
      "  prod:\n"
      "    dsn: \"postgresql://u:pw@${DB_HOST}:${DB_PORT:-5432}/w\"\n"
      "    statement_timeout: 30 minutes\n"
      "sources:\n"
      "  app:\n"
      "    schema: app\n"
      "    loaded_at: _loaded_at\n"
      "    freshness: {warn_after: 2h, error_after: 1h}\n"
      "    tables: {users: {}}\n";
  Diagnostics d;
  Config c = load_config_text(text, "config.yaml", d, o);
  ASSERT_EQ(c.targets.size(), 1u);
  EXPECT_EQ(c.targets[0].dsn, "postgresql://u:pw@db.internal:5432/w");
  EXPECT_EQ(c.default_target, "prod");  // the only target
  std::vector<std::string> got;
  for (const auto& x : d.sorted()) got.push_back(x.str());
  EXPECT_EQ(got,
            (std::vector<std::string>{
                "config.yaml:5:24: invalid duration '30 minutes' for 'statement_timeout' (write a "
                "number and a unit: 30s, 30m, 2h, 1d, 1w or 1h30m)",
                "config.yaml:10:29: warn_after is longer than error_after (warn_after must "
                "be at most error_after)"}));
}

TEST(Loader, TheRunLockLeaseIsTenMinutesOrOutlastsTheStatementTimeout) {
  const std::string text =
      "project: p\n"
      "targets:\n"
      "  plain: {dsn: x}\n"
      "  slow: {dsn: x, statement_timeout: 30m}\n"
      "  set: {dsn: x, statement_timeout: 30m, run_lock_lease: 3s}\n"
      "  zero: {dsn: x, run_lock_lease: 0s}\n";
  Diagnostics d;
  Config c = load_config_text(text, "config.yaml", d, LoadOptions{});
  ASSERT_EQ(c.targets.size(), 4u);
  EXPECT_EQ(c.targets[0].run_lock_lease, std::chrono::minutes(10));
  EXPECT_EQ(c.targets[1].run_lock_lease, std::chrono::minutes(31));
  EXPECT_EQ(c.targets[2].run_lock_lease, std::chrono::seconds(3));
  std::vector<std::string> got;
  for (const auto& x : d.sorted()) got.push_back(x.str());
  EXPECT_EQ(got, (std::vector<std::string>{
                     "config.yaml:6:34: run_lock_lease must be longer than 0 (write how long a "
                     "command may go without a transaction, e.g. 10m)"}));
}

std::vector<std::string> messages(const Diagnostics& d) {
  std::vector<std::string> got;
  for (const auto& x : d.sorted()) got.push_back(x.str());
  return got;
}

std::vector<std::string> model_problems(const std::string& text, const std::string& file) {
  Diagnostics d;
  load_model_text(text, file, d);
  return messages(d);
}

const std::string k_dim_head =
    "kind: dimension\n"
    "from: app.users\n"
    "key: user_id\n";

// Regression: a column declared twice was accepted and failed only at run time.
TEST(Loader, ColumnDeclaredTwiceNamesBothPositions) {
  EXPECT_EQ(model_problems(k_dim_head + "columns:\n"
                                        "  user_id: {type: bigint}\n"
                                        "  plan: {type: text}\n"
                                        "  user_id: {type: text}\n",
                           "models/dim_users.yaml"),
            std::vector<std::string>{"models/dim_users.yaml:7:3: duplicate key 'user_id', first at "
                                     "models/dim_users.yaml:5:3 (keep one of them)"});
}

// Regression: a source table declared twice was counted twice.
TEST(Loader, SourceTableDeclaredTwiceNamesBothPositions) {
  Diagnostics d;
  load_config_text(
      "project: p\n"
      "targets: {prod: {dsn: \"postgresql:///w\"}}\n"
      "sources:\n"
      "  app:\n"
      "    schema: app\n"
      "    tables:\n"
      "      users: {}\n"
      "      orders: {}\n"
      "      users: {loaded_at: _loaded_at}\n",
      "config.yaml", d);
  EXPECT_EQ(messages(d), std::vector<std::string>{
                             "config.yaml:9:7: duplicate key 'users', first at config.yaml:7:7 "
                             "(keep one of them)"});
}

TEST(Loader, YamlRefusalsHaveTheirPositions) {
  EXPECT_EQ(
      model_problems(k_dim_head + std::string("description: \"a\0b\"\n", 19), "models/d.yaml"),
      std::vector<std::string>{
          "models/d.yaml:4:16: NUL byte in the file (a YAML file is UTF-8 text; remove the "
          "byte)"});
  EXPECT_EQ(model_problems(k_dim_head + "columns: {user_id: {type: bigint}}\n---\nkind: fact\n",
                           "models/d.yaml"),
            std::vector<std::string>{
                "models/d.yaml:5:1: a second YAML document starts here (a file holds one "
                "document: remove the '---' or move what follows to its own file)"});
  EXPECT_EQ(
      model_problems(k_dim_head + "columns: !!python/object:os.system {user_id: {type: bigint}}\n",
                     "models/d.yaml"),
      std::vector<std::string>{
          "models/d.yaml:4:10: explicit YAML tag '!!python/object:os.system' is not allowed "
          "(remove the tag: starling reads plain values)"});
  EXPECT_EQ(model_problems(k_dim_head + "columns: " + std::string(100, '{'), "models/d.yaml"),
            std::vector<std::string>{
                "models/d.yaml:4:74: YAML nested deeper than 64 levels (a model or config file "
                "needs a few levels; flatten the YAML)"});
}

// Regression: `start: 2025-02-30` (no such day) was accepted.
TEST(Loader, StartMustBeACalendarDate) {
  EXPECT_EQ(model_problems("kind: date_dimension\n"
                           "start: 2025-02-30\n"
                           "end: 2024-02-29\n"
                           "holidays:\n"
                           "  - {date: 2023-02-29, name: x}\n"
                           "  - {date: 2023-13-01, name: y}\n",
                           "models/dim_date.yaml"),
            (std::vector<std::string>{
                "models/dim_date.yaml:2:8: invalid date '2025-02-30' for 'start' (there is no "
                "such day; write an existing date as YYYY-MM-DD)",
                "models/dim_date.yaml:5:12: invalid holiday date '2023-02-29' (there is no such "
                "day; write an existing date as YYYY-MM-DD)",
                "models/dim_date.yaml:6:12: invalid holiday date '2023-13-01' (there is no such "
                "day; write an existing date as YYYY-MM-DD)"}));
}

// Regression: `end: today+99999999y` was accepted.
TEST(Loader, RelativeEndIsBounded) {
  auto end = [](const std::string& e) {
    return model_problems("kind: date_dimension\nstart: 2020-01-01\nend: " + e + "\n",
                          "models/dim_date.yaml");
  };
  EXPECT_EQ(end("today+99999999y"),
            std::vector<std::string>{"models/dim_date.yaml:3:6: 'end: today+99999999y' is out of "
                                     "range (at most 100 years from today: today+100y)"});
  EXPECT_EQ(end("today-1201m"),
            std::vector<std::string>{"models/dim_date.yaml:3:6: 'end: today-1201m' is out of "
                                     "range (at most 100 years from today: today-1200m)"});
  EXPECT_EQ(end("today+36526d"),
            std::vector<std::string>{"models/dim_date.yaml:3:6: 'end: today+36526d' is out of "
                                     "range (at most 100 years from today: today+36525d)"});
  EXPECT_EQ(end("today+100y"), std::vector<std::string>{});
  EXPECT_EQ(end("today+36525d"), std::vector<std::string>{});
  EXPECT_EQ(end("today"), std::vector<std::string>{});
  EXPECT_EQ(end("today+5w").size(), 1u);
  EXPECT_EQ(end("today+d").size(), 1u);
  // regression: a regex took a long value one recursion per digit, past the stack's end
  EXPECT_EQ(end("today+" + std::string(200000, '1') + "d").size(), 1u);
}

// Regression: `tags: 5` was accepted.
TEST(Loader, TagsMustBeAListOfNames) {
  EXPECT_EQ(model_problems(k_dim_head + "columns: {user_id: {type: bigint}}\ntags: 5\n",
                           "models/dim_users.yaml"),
            std::vector<std::string>{"models/dim_users.yaml:5:7: 'tags' must be a list of names, "
                                     "found a scalar (write 'tags: [5]')"});
  EXPECT_EQ(
      model_problems(k_dim_head + "columns: {user_id: {type: bigint}}\ntags: [core, 5, {a: b}]\n",
                     "models/dim_users.yaml"),
      (std::vector<std::string>{"models/dim_users.yaml:5:14: invalid tag '5' (a tag is letters, "
                                "digits, '_' and '-', starting with a letter)",
                                "models/dim_users.yaml:5:17: a tag must be a name, found a map (a "
                                "tag is letters, digits, '_' and '-', starting with a letter)"}));
}

// Regression: a non-numeric `default:` on an integer measure was accepted.
TEST(Loader, DefaultMustBeAValueOfTheType) {
  const std::string fact =
      "kind: fact\n"
      "from: app.events\n"
      "grain: [day]\n"
      "incremental: {strategy: full}\n"
      "columns:\n"
      "  day: {type: date, default: 2025-02-30}\n"
      "  flag: {type: boolean, default: maybe}\n"
      "  label: {type: text, default: none}\n"
      "measures:\n"
      "  logins: {type: integer, default: none}\n"
      "  big: {type: bigint, default: 9223372036854775808}\n"
      "  amount: {type: \"numeric(12,2)\", default: 1.5e3}\n"
      "  ratio: {type: real, default: abc}\n"
      "  small: {type: smallint, default: -32768}\n";
  EXPECT_EQ(model_problems(fact, "models/fct_a.yaml"),
            (std::vector<std::string>{
                "models/fct_a.yaml:6:30: default '2025-02-30' is not a value of type date (write "
                "the date as YYYY-MM-DD)",
                "models/fct_a.yaml:7:34: default 'maybe' is not a value of type boolean (write "
                "true or false)",
                "models/fct_a.yaml:10:36: default 'none' is not a value of type integer (write a "
                "whole number from -2147483648 to 2147483647)",
                "models/fct_a.yaml:11:32: default '9223372036854775808' is not a value of type "
                "bigint (write a whole number from -9223372036854775808 to 9223372036854775807)",
                "models/fct_a.yaml:13:32: default 'abc' is not a value of type real (write a "
                "number, e.g. 0 or 1.5)"}));
}

}  // namespace
}  // namespace starling
