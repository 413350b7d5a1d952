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

}  // namespace
}  // namespace starling
