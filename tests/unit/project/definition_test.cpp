// Change classification (SPEC §4 plan/run, §6.5): every kind of change against a built model.
#include "project/definition.hpp"

#include <gtest/gtest.h>

#include <functional>

namespace starling {
namespace {

Project project_with(const Model& m) {
  Project p;
  p.config.timezone = "UTC";
  p.models.push_back(m);
  return p;
}

Model dimension() {
  Model m;
  m.name = "dim_users";
  m.kind = ModelKind::dimension;
  m.raw_sql = "SELECT id AS user_id, name, tier FROM app.users";
  m.key = {"user_id"};
  m.surrogate_key = "user_sk";
  m.columns = {{"user_id", "bigint", {}, OnChange::overwrite, false, {}, "", {}},
               {"name", "text", {}, OnChange::overwrite, false, {}, "", {}},
               {"tier", "text", {}, OnChange::keep, false, {}, "", {}}};
  ModelTest t;
  t.kind = TestKind::not_null;
  t.column = "name";
  m.tests = {t};
  return m;
}

Model period_fact() {
  Model m;
  m.name = "fct_daily";
  m.kind = ModelKind::fact;
  m.raw_sql = "SELECT user_id, day, count(*) AS events FROM app.events GROUP BY 1, 2";
  m.grain = {"user_id", "day"};
  m.references = {{"user_sk", "dim_users", "user_id", OnMissing::infer, {}, {}}};
  m.columns = {{"day", "date", {}, OnChange::overwrite, false, {}, "", {}}};
  m.measures = {{"events", "integer", std::string("0"), false, {}, "", {}}};
  Incremental i;
  i.strategy = Strategy::period;
  i.time = "day";
  i.period = Period::day;
  i.lookback = 2;
  i.start = "2025-01-01";
  m.incremental = i;
  return m;
}

ModelChange change(const Model& before, const std::function<void(Model&, Project&)>& edit) {
  Project p0 = project_with(before);
  std::string built = model_definition(before, p0);
  Model after = before;
  Project p1 = project_with(before);
  edit(after, p1);
  return classify_change(built, model_definition(after, p1));
}

struct Case {
  const char* what;
  bool fact;
  std::function<void(Model&, Project&)> edit;
  ChangeLevel level;
  const char* reason;  // a part of the first reason
};

TEST(ClassifyChange, EveryKindOfChange) {
  std::vector<Case> cases = {
      {"nothing", false, [](Model&, Project&) {}, ChangeLevel::none, ""},
      {"a description", false, [](Model& m, Project&) { m.description = "new words"; },
       ChangeLevel::none, ""},
      {"tags", false, [](Model& m, Project&) { m.tags = {"core"}; }, ChangeLevel::none, ""},
      {"lookback and batch", true,
       [](Model& m, Project&) {
         m.incremental->lookback = 7;
         m.incremental->batch = 5;
       },
       ChangeLevel::none, ""},
      {"a new nullable column", false,
       [](Model& m, Project&) {
         m.columns.push_back(
             {"email", "text", std::string("lower(name)"), OnChange::overwrite, false, {}, "", {}});
       },
       ChangeLevel::additive, "new column email"},
      {"a new measure", true,
       [](Model& m, Project&) {
         m.measures.push_back({"clicks", "integer", "0", false, {}, "", {}});
       },
       ChangeLevel::additive, "new measure clicks"},
      {"a new test", false,
       [](Model& m, Project&) {
         ModelTest t;
         t.kind = TestKind::unique;
         t.column = "name";
         m.tests.push_back(t);
       },
       ChangeLevel::additive, "new test: unique column=name"},
      {"a removed test", false, [](Model& m, Project&) { m.tests.clear(); }, ChangeLevel::additive,
       "test removed"},
      {"a new keep column", false,
       [](Model& m, Project&) {
         m.columns.push_back({"first_seen",
                              "date",
                              std::string("current_date"),
                              OnChange::keep,
                              false,
                              {},
                              "",
                              {}});
       },
       ChangeLevel::breaking, "new column first_seen is on_change: keep"},
      {"a removed column", false, [](Model& m, Project&) { m.columns.pop_back(); },
       ChangeLevel::breaking, "column tier removed"},
      {"a retyped column", false, [](Model& m, Project&) { m.columns[1].type = "varchar(40)"; },
       ChangeLevel::breaking, "column name retyped (text -> varchar(40))"},
      {"a column's expression", false,
       [](Model& m, Project&) { m.columns[1].expr = "upper(name)"; }, ChangeLevel::breaking,
       "column name changed"},
      {"the SQL", false, [](Model& m, Project&) { m.raw_sql += " WHERE id > 0"; },
       ChangeLevel::breaking, "sql changed"},
      {"the key", false,
       [](Model& m, Project&) {
         m.key = {"user_id", "name"};
       },
       ChangeLevel::breaking, "key changed"},
      {"the history mode", false, [](Model& m, Project&) { m.history = History::versions; },
       ChangeLevel::breaking, "history changed"},
      {"the grain", true, [](Model& m, Project&) { m.grain = {"user_id"}; }, ChangeLevel::breaking,
       "grain changed"},
      {"the period", true, [](Model& m, Project&) { m.incremental->period = Period::week; },
       ChangeLevel::breaking, "incremental changed"},
      {"the strategy", true, [](Model& m, Project&) { m.incremental->strategy = Strategy::key; },
       ChangeLevel::breaking, "incremental changed"},
      {"the time zone", true, [](Model&, Project& p) { p.config.timezone = "Europe/Paris"; },
       ChangeLevel::breaking, "timezone changed"},
      {"a measure's type", true, [](Model& m, Project&) { m.measures[0].type = "bigint"; },
       ChangeLevel::breaking, "measure events retyped (integer -> bigint)"},
      {"a removed measure", true, [](Model& m, Project&) { m.measures.clear(); },
       ChangeLevel::breaking, "measure events removed"},
      {"a reference", true,
       [](Model& m, Project&) { m.references[0].on_missing = OnMissing::unknown; },
       ChangeLevel::breaking,
       "reference user_sk changed (was: dimension=dim_users key=user_id on_missing=infer "
       "as_of=-; now: dimension=dim_users key=user_id on_missing=unknown as_of=-)"},
      {"additive and breaking together", false,
       [](Model& m, Project&) {
         m.raw_sql += " -- v2";
         m.columns.push_back({"email", "text", {}, OnChange::overwrite, false, {}, "", {}});
       },
       ChangeLevel::breaking, ""},
  };
  for (const auto& c : cases) {
    ModelChange ch = change(c.fact ? period_fact() : dimension(), c.edit);
    EXPECT_EQ(ch.level, c.level) << c.what << ": " << ch.describe();
    if (*c.reason) {
      ASSERT_FALSE(ch.reasons.empty()) << c.what;
      EXPECT_NE(ch.reasons[0].find(c.reason), std::string::npos) << c.what << ": " << ch.describe();
    }
    if (c.level != ChangeLevel::additive) {
      EXPECT_TRUE(ch.new_columns.empty()) << c.what;
    }
  }
}

Model key_fact() {
  Model m = period_fact();
  m.name = "fct_orders";
  m.raw_sql = "SELECT id AS order_id, user_id, amount FROM app.orders";
  m.grain = {"order_id"};
  m.columns = {{"order_id", "bigint", {}, OnChange::overwrite, false, {}, "", {}}};
  m.measures = {{"amount", "numeric(10,2)", std::string("0"), true, {}, "", {}}};
  Incremental i;
  i.strategy = Strategy::key;
  m.incremental = i;
  return m;
}

// Bug 7: turning `deletes: scan` on was classified as breaking and forced a rebuild. What only
// changes how later runs find rows is no change of what the table holds; what changes which rows
// it holds is.
TEST(ClassifyChange, Bug7DeletesScanAndHowLaterRunsFindRowsAreNoShapeChange) {
  struct Row {
    const char* what;
    std::function<Model()> before;
    std::function<void(Model&)> edit;
    ChangeLevel level;
    const char* describe;  // the whole description
  };
  auto scanning = [] {
    Model m = key_fact();
    m.incremental->deletes = Deletes::scan;
    return m;
  };
  LateData late{"app.events", "event_time", {}, {}};
  LateData late_by_grain{"app.events", "event_time", {{"user_id", "user_id"}}, {}};
  std::vector<Row> rows = {
      {"deletes: scan turned on", key_fact,
       [](Model& m) { m.incremental->deletes = Deletes::scan; }, ChangeLevel::none, "unchanged"},
      {"deletes: scan turned off", scanning,
       [](Model& m) { m.incremental->deletes = Deletes::none; }, ChangeLevel::none, "unchanged"},
      {"lookback", period_fact, [](Model& m) { m.incremental->lookback = 0; }, ChangeLevel::none,
       "unchanged"},
      {"lookback: none", period_fact, [](Model& m) { m.incremental->lookback = k_lookback_none; },
       ChangeLevel::none, "unchanged"},
      {"batch", period_fact, [](Model& m) { m.incremental->batch = 1; }, ChangeLevel::none,
       "unchanged"},
      {"late_data added", period_fact, [&](Model& m) { m.incremental->late_data = {late}; },
       ChangeLevel::none, "unchanged"},
      {"late_data given a grain", period_fact,
       [&](Model& m) { m.incremental->late_data = {late_by_grain}; }, ChangeLevel::none,
       "unchanged"},
      {"refresh_on added", key_fact,
       [](Model& m) {
         m.measures[0].refresh_on = {{"app.orders", {{"order_id", "id"}}, {}}};
       },
       ChangeLevel::none, "unchanged"},
      {"start earlier", period_fact, [](Model& m) { m.incremental->start = "2024-06-01"; },
       ChangeLevel::additive,
       "additive: start moved earlier (2025-01-01 -> 2024-06-01): run builds the periods before "
       "2025-01-01"},
      {"start later", period_fact, [](Model& m) { m.incremental->start = "2025-03-01"; },
       ChangeLevel::breaking,
       "breaking: start moved later (2025-01-01 -> 2025-03-01): the rows before it would stay, "
       "which a rebuild would not have"},
      {"start later and lookback", period_fact,
       [](Model& m) {
         m.incremental->start = "2025-03-01";
         m.incremental->lookback = 9;
       },
       ChangeLevel::breaking,
       "breaking: start moved later (2025-01-01 -> 2025-03-01): the rows before it would stay, "
       "which a rebuild would not have"},
      {"the period", period_fact, [](Model& m) { m.incremental->period = Period::week; },
       ChangeLevel::breaking, "breaking: incremental changed (period day -> week)"},
      {"the time column", period_fact, [](Model& m) { m.incremental->time = "user_id"; },
       ChangeLevel::breaking, "breaking: incremental changed (time day -> user_id)"},
      {"the strategy, deletes: scan with it", key_fact,
       [](Model& m) {
         m.incremental->strategy = Strategy::full;
         m.incremental->deletes = Deletes::scan;
       },
       ChangeLevel::breaking, "breaking: incremental changed (strategy key -> full)"},
  };
  for (const auto& r : rows) {
    ModelChange ch = change(r.before(), [&](Model& m, Project&) { r.edit(m); });
    EXPECT_EQ(ch.level, r.level) << r.what << ": " << ch.describe();
    EXPECT_EQ(ch.describe(), r.describe) << r.what;
    EXPECT_TRUE(ch.new_columns.empty()) << r.what;
  }
  // a definition recorded before this classification (deletes=scan in its incremental line)
  Model m = key_fact();
  Project p = project_with(m);
  std::string recorded = model_definition(m, p);
  recorded.replace(recorded.find("strategy=key"), 12, "strategy=key deletes=scan");
  EXPECT_EQ(classify_change(recorded, model_definition(m, p)).level, ChangeLevel::none);
}

TEST(ClassifyChange, AdditiveListsTheColumnsToAdd) {
  ModelChange ch = change(period_fact(), [](Model& m, Project&) {
    m.measures.push_back({"clicks", "integer", "0", false, {}, "", {}});
    m.columns.push_back({"channel", "text", {}, OnChange::overwrite, false, {}, "", {}});
  });
  EXPECT_EQ(ch.level, ChangeLevel::additive);
  EXPECT_EQ(ch.new_columns, (std::vector<std::string>{"channel", "clicks"}));
  EXPECT_EQ(ch.describe(), "additive: new column channel; new measure clicks");
}

TEST(ClassifyModel, WithoutARecordedDefinitionOnlyTheFingerprintTells) {
  Model m = dimension();
  Project p = project_with(m);
  EXPECT_EQ(classify_model(m, p, model_fingerprint(m, p), std::nullopt).level, ChangeLevel::none);
  EXPECT_EQ(classify_model(m, p, "an older fingerprint", std::nullopt).level,
            ChangeLevel::breaking);
  EXPECT_EQ(classify_model(m, p, "ignored", model_definition(m, p)).level, ChangeLevel::none);
}

}  // namespace
}  // namespace starling

namespace starling {
namespace {

// What a rebuild carries over (HistoryCarry): every case against the dimension as it was built.
TEST(HistoryCarry, WhatARebuildCarriesAndWhatWouldBeLost) {
  const Model built = dimension();
  const std::string was = model_definition(built, project_with(built));
  struct Case {
    const char* name;
    std::function<void(Model&)> edit;
    bool loses;
    std::vector<std::string> columns, keep, lost;
    std::string surrogate_key = "user_sk";
  };
  const std::vector<Case> cases = {
      {"the same model", [](Model&) {}, false, {"name", "tier"}, {"tier"}, {}},
      {"new sql",
       [](Model& m) { m.raw_sql += " WHERE true"; },
       false,
       {"name", "tier"},
       {"tier"},
       {}},
      {"an attribute's new expression: read again, carried for gone members",
       [](Model& m) { m.columns[1].expr = "upper(name)"; },
       false,
       {"name", "tier"},
       {"tier"},
       {}},
      {"an attribute retyped: read again",
       [](Model& m) { m.columns[1].type = "varchar(20)"; },
       false,
       {"tier"},
       {"tier"},
       {}},
      {"a new keep column: read from the sources",
       [](Model& m) {
         m.columns.push_back({"first_name", "text", "name", OnChange::keep, false, {}, "", {}});
       },
       false,
       {"name", "tier"},
       {"tier"},
       {}},
      {"an overwrite column becomes keep",
       [](Model& m) { m.columns[1].on_change = OnChange::keep; },
       false,
       {"name", "tier"},
       {"name", "tier"},
       {}},
      {"a renamed surrogate key is read by its old name",
       [](Model& m) { m.surrogate_key = "sk"; },
       false,
       {"name", "tier"},
       {"tier"},
       {}},
      {"a keep column's new expression",
       [](Model& m) { m.columns[2].expr = "lower(tier)"; },
       true,
       {"name"},
       {},
       {"keep column tier changed its expression: its values would be read from the sources as "
        "they are now"}},
      {"a keep column retyped",
       [](Model& m) { m.columns[2].type = "varchar(8)"; },
       true,
       {"name"},
       {},
       {"keep column tier was retyped (text -> varchar(8)): its values would be read from the "
        "sources as they are now"}},
      {"another natural key",
       [](Model& m) { m.key = {"name"}; },
       true,
       {},
       {},
       {"the natural key changed (user_id -> name)"}},
      {"the key's new expression",
       [](Model& m) { m.columns[0].expr = "user_id + 1"; },
       true,
       {},
       {},
       {"key column user_id changed its expression"}},
      {"the key retyped",
       [](Model& m) { m.columns[0].type = "integer"; },
       true,
       {},
       {},
       {"key column user_id was retyped (bigint -> integer)"}},
      {"a keep column becomes overwrite",
       [](Model& m) { m.columns[2].on_change = OnChange::overwrite; },
       true,
       {"name"},
       {},
       {"keep column tier is overwrite now: its first values would be replaced by the sources' "
        "values now"}},
      {"a keep column removed",
       [](Model& m) { m.columns.pop_back(); },
       true,
       {"name"},
       {},
       {"keep column tier is removed: its values go"}},
  };
  for (const auto& c : cases) {
    Model now = built;
    c.edit(now);
    HistoryCarry h = history_carry(now, project_with(now), was);
    EXPECT_EQ(h.loses_history(), c.loses) << c.name;
    EXPECT_EQ(h.columns, c.columns) << c.name;
    EXPECT_EQ(h.keep, c.keep) << c.name;
    EXPECT_EQ(h.lost, c.lost) << c.name;
    EXPECT_EQ(h.surrogate_key, c.surrogate_key) << c.name;
  }
  // built by a starling before recorded definitions: by the columns' names
  HistoryCarry old = history_carry(built, project_with(built), std::nullopt);
  EXPECT_FALSE(old.loses_history());
  EXPECT_EQ(old.columns, (std::vector<std::string>{"name", "tier"}));
  EXPECT_EQ(old.describe(),
            "every member's surrogate key, the keep values of tier, the members whose source rows "
            "are gone");
}

}  // namespace
}  // namespace starling
