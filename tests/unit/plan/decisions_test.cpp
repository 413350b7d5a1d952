// The build's decisions (src/plan/decisions.hpp), table-driven: each case is named in its failure.
#include "plan/decisions.hpp"

#include <gtest/gtest.h>

namespace starling {
namespace {

LocalTime at(const std::string& s) {
  return *parse_local(s);
}

using Strings = std::vector<std::string>;

// app.orders and app.customers carry a loaded_at; app.rates does not.
Config app_config() {
  Config c;
  Source app;
  app.name = "app";
  app.schema = "app";
  app.tables = {{"orders", std::string("loaded_at"), {}, {}, {}, {}},
                {"customers", std::string("loaded_at"), {}, {}, {}, {}},
                {"rates", std::nullopt, {}, {}, {}, {}}};
  c.sources.push_back(app);
  return c;
}

const std::chrono::seconds k_hour{3600};

TEST(Watermarks, Since) {
  struct Case {
    const char* name;
    std::map<std::string, std::string> values;
    Strings sources;
    std::string since;
  } cases[] = {
      {"a first build reads every row", {}, {"app.orders"}, "-infinity"},
      {"one source: its watermark less the overlap",
       {{"app.orders", "2025-03-10 12:00:00"}},
       {"app.orders"},
       "2025-03-10 11:00:00"},
      {"two sources: the oldest",
       {{"app.orders", "2025-03-10 12:00:00"}, {"app.customers", "2025-03-09 08:30:00"}},
       {"app.orders", "app.customers"},
       "2025-03-09 07:30:00"},
      {"a source without a watermark reads every row",
       {{"app.orders", "2025-03-10 12:00:00"}},
       {"app.orders", "app.customers"},
       "-infinity"},
      {"a malformed watermark reads every row",
       {{"app.orders", "yesterday"}},
       {"app.orders"},
       "-infinity"},
      {"no source at all", {{"app.orders", "2025-03-10 12:00:00"}}, {}, "-infinity"},
  };
  for (const auto& c : cases) {
    Watermarks wm(c.values, k_hour);
    EXPECT_EQ(wm.since(c.sources), c.since) << c.name;
    EXPECT_EQ(wm.oldest(c.sources).has_value(), c.since != "-infinity") << c.name;
  }
}

Lineage lineage(const std::string& model, std::set<std::string> sources,
                std::set<std::string> upstream = {}) {
  Lineage l;
  l.sources[model] = std::move(sources);
  l.upstream[model] = std::move(upstream);
  return l;
}

TEST(Decisions, ReadSince) {
  Config c = app_config();
  Watermarks wm({{"app.orders", "2025-03-10 12:00:00"}}, k_hour);
  EXPECT_EQ(read_since(sources_read(c, lineage("f", {"app.orders"}), "f"), wm),
            "2025-03-10 11:00:00");
  // an untracked source: nothing says which of its rows are new
  EXPECT_EQ(read_since(sources_read(c, lineage("f", {"app.orders", "app.rates"}), "f"), wm),
            "-infinity");
}

TEST(Decisions, Quiet) {
  Config c = app_config();
  struct Case {
    const char* name;
    std::set<std::string> sources;
    HighWater high_water;
    std::optional<bool> upstream_wrote;
    bool clock;
    Quiet expected;
  } cases[] = {
      {"a settled model",
       {"app.orders"},
       {{"app.orders", "2025-03-10 12:00:00"}},
       false,
       false,
       Quiet::settled},
      {"quiet sources: upstream is asked next",
       {"app.orders"},
       {{"app.orders", "2025-03-10 12:00:00"}},
       std::nullopt,
       false,
       Quiet::ask_upstream},
      {"an upstream model wrote since",
       {"app.orders"},
       {{"app.orders", "2025-03-10 12:00:00"}},
       true,
       false,
       Quiet::changed},
      {"rows loaded since the watermark",
       {"app.orders"},
       {{"app.orders", "2025-03-10 13:00:00"}},
       false,
       false,
       Quiet::changed},
      {"a source with no rows",
       {"app.orders"},
       {{"app.orders", std::nullopt}},
       false,
       false,
       Quiet::changed},
      {"a source without a watermark",
       {"app.orders", "app.customers"},
       {{"app.orders", "2025-03-10 12:00:00"}, {"app.customers", "2025-03-10 12:00:00"}},
       false,
       false,
       Quiet::changed},
      {"an untracked source",
       {"app.orders", "app.rates"},
       {{"app.orders", "2025-03-10 12:00:00"}},
       false,
       false,
       Quiet::changed},
      {"no source", {}, {}, false, false, Quiet::changed},
      {"a clock-reading model",
       {"app.orders"},
       {{"app.orders", "2025-03-10 12:00:00"}},
       false,
       true,
       Quiet::changed},
  };
  for (const auto& k : cases) {
    ModelState st;
    st.watermarks = Watermarks({{"app.orders", "2025-03-10 12:00:00"}}, k_hour);
    st.high_water = k.high_water;
    st.upstream_wrote = k.upstream_wrote;
    EXPECT_EQ(quiet(sources_read(c, lineage("m", k.sources), "m"), st, k.clock), k.expected)
        << k.name;
  }
}

TEST(Decisions, ReadsTheClock) {
  struct Case {
    const char* name;
    std::string sql;
    std::optional<std::string> expr;
    bool expected;
  } cases[] = {
      {"plain SQL", "SELECT id FROM app.orders", std::nullopt, false},
      {"CURRENT_DATE in the SQL", "SELECT CURRENT_DATE - o.day FROM app.orders o", std::nullopt,
       true},
      {"now() in a column's expression", "SELECT id FROM app.orders", std::string("NOW() - x"),
       true},
      {"random()", "SELECT random() FROM app.orders", std::nullopt, true},
  };
  for (const auto& k : cases) {
    Model m;
    m.raw_sql = k.sql;
    ColumnSpec col;
    col.name = "x";
    col.expr = k.expr;
    m.columns.push_back(col);
    EXPECT_EQ(reads_the_clock(m), k.expected) << k.name;
  }
}

TEST(Decisions, DateRowsCurrent) {
  const LocalTime day = at("2025-03-10");
  struct Case {
    const char* name;
    bool table_exists, test_every_row;
    std::optional<std::string> watermark, recorded;
    bool expected;
  } cases[] = {
      {"generated today from the same definition", true, false, "2025-03-10 00:00:00", "def", true},
      {"a first build", false, false, std::nullopt, std::nullopt, false},
      {"a new day", true, false, "2025-03-09 00:00:00", "def", false},
      {"the definition changed", true, false, "2025-03-10 00:00:00", "old", false},
      {"no definition recorded", true, false, "2025-03-10 00:00:00", std::nullopt, false},
      {"a new test checks every row", true, true, "2025-03-10 00:00:00", "def", false},
  };
  for (const auto& k : cases) {
    ModelState st;
    st.table_exists = k.table_exists;
    st.test_every_row = k.test_every_row;
    st.recorded_definition = k.recorded;
    std::map<std::string, std::string> wm;
    if (k.watermark) wm[k_date_rows_watermark] = *k.watermark;
    st.watermarks = Watermarks(wm, k_hour);
    EXPECT_EQ(date_rows_current(st, day, "def"), k.expected) << k.name;
  }
}

LateData late(const std::string& source, std::vector<GrainKey> grain = {}) {
  LateData ld;
  ld.source = source;
  ld.time = "ordered_at";
  ld.grain = std::move(grain);
  return ld;
}

TEST(Decisions, LateQuery) {
  Config c = app_config();
  Watermarks wm({{"app.orders", "2025-03-10 12:00:00"}}, k_hour);
  struct Case {
    const char* name;
    LateData ld;
    LateQuery expected;
  } cases[] = {
      {"an untracked source finds nothing late", late("app.rates"), LateQuery::none},
      {"a grain and a watermark: the changed grains", late("app.orders", {{"order_id", "id"}}),
       LateQuery::changed_grains},
      {"a grain but no watermark yet: whole periods", late("app.customers", {{"cid", "id"}}),
       LateQuery::late_periods},
      {"no grain: whole periods", late("app.orders"), LateQuery::late_periods},
  };
  for (const auto& k : cases) EXPECT_EQ(late_query(c, k.ld, wm), k.expected) << k.name;
}

TEST(Decisions, GrainsOverTheFallbackLimit) {
  Rows rows(k_max_changed_grains, {std::string("2025-03-10 00:00:00"), std::string("1")});
  EXPECT_TRUE(within_grain_limit(rows)) << "as many as the limit: by grain";
  rows.push_back(rows.back());
  EXPECT_FALSE(within_grain_limit(rows)) << "one more: whole periods";
}

TEST(Decisions, ChangedGrainRows) {
  LateFindings f;
  add_changed_grains(f, late("app.orders", {{"order_id", "id"}}),
                     {{std::string("2025-03-10 13:00:00"), std::string("7")},
                      {std::string("2025-03-10 14:00:00"), std::string("8")},
                      {std::nullopt, std::string("9")},                     // no period
                      {std::string("2025-03-08 01:00:00"), std::nullopt}},  // NULL key
                     Period::day);
  EXPECT_EQ(f.grain_columns, Strings{"order_id"});
  ASSERT_EQ(f.grains.size(), 1u);
  EXPECT_EQ(f.grains.at(at("2025-03-10")), (std::set<Strings>{{"7"}, {"8"}}));
  EXPECT_EQ(f.periods, std::set<LocalTime>{at("2025-03-08")}) << "a NULL key: the whole period";
  add_late_periods(f, {{std::string("2025-03-05 10:00:00")}, {std::nullopt}}, Period::day);
  EXPECT_EQ(f.periods, (std::set<LocalTime>{at("2025-03-05"), at("2025-03-08")}));
}

Model period_fact(Period p, const std::string& start, int lookback, int batch = 31) {
  Model m;
  m.name = "fct";
  m.kind = ModelKind::fact;
  Incremental inc;
  inc.strategy = Strategy::period;
  inc.period = p;
  inc.start = start;
  inc.lookback = lookback;
  inc.batch = batch;
  m.incremental = inc;
  return m;
}

std::set<LocalTime> days(const std::string& from, const std::string& to) {
  std::set<LocalTime> out;
  for (LocalTime t = at(from); t <= at(to); t = period_next(t, Period::day)) out.insert(t);
  return out;
}

TEST(Decisions, PeriodsDue) {
  struct Case {
    const char* name;
    Model m;
    std::string now;
    std::set<LocalTime> built;
    bool settled;
    LateFindings late;
    std::vector<Window> windows;
    std::map<LocalTime, DueReason> why;
    bool new_periods;
  };
  const LocalTime d1 = at("2025-03-01"), d2 = at("2025-03-02"), d3 = at("2025-03-03"),
                  d4 = at("2025-03-04"), d5 = at("2025-03-05");
  const auto never = DueReason::never_built, recent = DueReason::recent,
             late_data = DueReason::late_data;
  LateFindings late_d2;
  late_d2.periods = {d2};
  Case cases[] = {
      {"a first build: every period, in batches",
       period_fact(Period::day, "2025-03-01", 1, 3),
       "2025-03-05 10:00:00",
       {},
       false,
       {},
       {{d1, d4, 3}, {d4, at("2025-03-06"), 2}},
       {{d1, never}, {d2, never}, {d3, never}, {d4, never}, {d5, never}},
       true},
      {"a second run: the lookback and the current period",
       period_fact(Period::day, "2025-03-01", 1),
       "2025-03-05 10:00:00",
       days("2025-03-01", "2025-03-05"),
       false,
       {},
       {{d4, at("2025-03-06"), 2}},
       {{d4, recent}, {d5, recent}},
       false},
      {"a settled model: nothing",
       period_fact(Period::day, "2025-03-01", 1),
       "2025-03-05 10:00:00",
       days("2025-03-01", "2025-03-05"),
       true,
       {},
       {},
       {},
       false},
      {"a new day on a settled model: only the new day",
       period_fact(Period::day, "2025-03-01", 1),
       "2025-03-05 10:00:00",
       days("2025-03-01", "2025-03-04"),
       true,
       {},
       {{d5, at("2025-03-06"), 1}},
       {{d5, never}},
       true},
      {"a late period",
       period_fact(Period::day, "2025-03-01", 0),
       "2025-03-05 10:00:00",
       days("2025-03-01", "2025-03-05"),
       false,
       late_d2,
       {{d2, d3, 1}, {d5, at("2025-03-06"), 1}},
       {{d2, late_data}, {d5, recent}},
       false},
      {"a late period on a settled model",
       period_fact(Period::day, "2025-03-01", 0),
       "2025-03-05 10:00:00",
       days("2025-03-01", "2025-03-05"),
       true,
       late_d2,
       {{d2, d3, 1}},
       {{d2, late_data}},
       false},
      {"a backfill that resumes: the periods not built yet",
       period_fact(Period::day, "2025-03-01", 0),
       "2025-03-05 10:00:00",
       days("2025-03-01", "2025-03-02"),
       true,
       {},
       {{d3, at("2025-03-06"), 3}},
       {{d3, never}, {d4, never}, {d5, never}},
       true},
      {"lookback: none rebuilds no built period",
       period_fact(Period::day, "2025-03-01", -1),
       "2025-03-05 10:00:00",
       days("2025-03-01", "2025-03-05"),
       false,
       {},
       {},
       {},
       false},
      {"a missed hour",
       period_fact(Period::hour, "2025-03-05", 0),
       "2025-03-05 03:20:00",
       {at("2025-03-05 00:00:00"), at("2025-03-05 01:00:00")},
       false,
       {},
       {{at("2025-03-05 02:00:00"), at("2025-03-05 04:00:00"), 2}},
       {{at("2025-03-05 02:00:00"), never}, {at("2025-03-05 03:00:00"), never}},
       true},
  };
  for (const auto& k : cases) {
    PeriodsDue d = periods_due(k.m, at(k.now), k.built, k.settled, k.late);
    EXPECT_EQ(d.windows, k.windows) << k.name;
    EXPECT_EQ(d.why, k.why) << k.name;
    EXPECT_EQ(d.new_periods, k.new_periods) << k.name;
    int total = 0;
    for (const auto& w : k.windows) total += w.periods;
    EXPECT_EQ(d.total, total) << k.name;
    EXPECT_TRUE(d.grains.empty()) << k.name;
  }
}

TEST(Decisions, PeriodsDueByChangedGrain) {
  Model m = period_fact(Period::day, "2025-03-01", 0, 2);
  LateFindings late;
  late.grain_columns = {"order_id"};
  late.grains[at("2025-02-27")] = {{"1"}};  // before the start: no build has it
  late.grains[at("2025-03-02")] = {{"2"}, {"3"}};
  late.grains[at("2025-03-03")] = {{"3"}};
  late.grains[at("2025-03-04")] = {{"4"}};
  late.grains[at("2025-03-05")] = {{"5"}};  // the current period: rebuilt whole anyway
  late.grains[at("2025-03-09")] = {{"9"}};  // a future stamp: not yet
  PeriodsDue d =
      periods_due(m, at("2025-03-05 10:00:00"), days("2025-03-01", "2025-03-05"), false, late);
  ASSERT_EQ(d.windows, (std::vector<Window>{{at("2025-03-05"), at("2025-03-06"), 1}}));
  ASSERT_EQ(d.grains.size(), 2u) << "a batch of 2 periods at most each";
  EXPECT_EQ(d.grains[0].window, (Window{at("2025-03-02"), at("2025-03-04"), 2}));
  EXPECT_EQ(d.grains[0].only.columns, Strings{"order_id"});
  EXPECT_TRUE(d.grains[0].only.by_period);
  EXPECT_EQ(d.grains[0].only.keys, (std::vector<Strings>{{"2025-03-02 00:00:00", "2"},
                                                         {"2025-03-02 00:00:00", "3"},
                                                         {"2025-03-03 00:00:00", "3"}}))
      << "each grain in the periods it changed in";
  EXPECT_EQ(d.grains[1].window, (Window{at("2025-03-04"), at("2025-03-05"), 1}));
  EXPECT_EQ(d.grains[1].only.keys, (std::vector<Strings>{{"2025-03-04 00:00:00", "4"}}));
}

TEST(Decisions, ChangedGrainsInPeriodsApartShareAWindowABatchLong) {
  Model m = period_fact(Period::day, "2025-03-01", 0, 5);
  LateFindings late;
  late.grain_columns = {"order_id"};
  late.grains[at("2025-03-01")] = {{"1"}};
  late.grains[at("2025-03-04")] = {{"4"}};  // 4 periods from the first: one window
  late.grains[at("2025-03-06")] = {{"6"}};  // 6: the next window
  PeriodsDue d =
      periods_due(m, at("2025-03-20 10:00:00"), days("2025-03-01", "2025-03-20"), true, late);
  ASSERT_EQ(d.grains.size(), 2u);
  EXPECT_EQ(d.grains[0].window, (Window{at("2025-03-01"), at("2025-03-05"), 2}));
  EXPECT_EQ(d.grains[0].only.keys,
            (std::vector<Strings>{{"2025-03-01 00:00:00", "1"}, {"2025-03-04 00:00:00", "4"}}))
      << "the periods between are not recomputed";
  EXPECT_EQ(d.grains[1].window, (Window{at("2025-03-06"), at("2025-03-07"), 1}));
}

TEST(Decisions, DensifyProbe) {
  EXPECT_EQ(periods_between(at("2025-03-01"), at("2025-03-06"), Period::day), 5u);
  EXPECT_EQ(periods_between(at("2025-03-01"), at("2025-03-01"), Period::day), 0u);
  EXPECT_EQ(densify_probe(40000, 5), DensifyProbe::each_row) << "200,000 probes";
  EXPECT_EQ(densify_probe(40001, 5), DensifyProbe::anti_join) << "more than 200,000 probes";
  struct Case {
    const char* name;
    size_t found, periods;
    DensifyPass expected;
  } cases[] = {
      {"no member lacks its rows", 0, 30, DensifyPass::none},
      {"a new member to densify", 1, 30, DensifyPass::each_member},
      {"many members over few periods", 10000, 20, DensifyPass::each_member},
      {"many members over many periods", 10000, 21, DensifyPass::anti_join},
      {"more members than the limit", k_max_changed_grains + 1, 1, DensifyPass::anti_join},
  };
  for (const auto& k : cases)
    EXPECT_EQ(densify_every_member(k.found, k.periods), k.expected) << k.name;
}

TEST(Decisions, DensifyNarrowing) {
  Config c = app_config();
  const std::map<std::string, std::string> dim_wm{{"app.customers", "2025-03-10 12:00:00"}};
  struct Case {
    const char* name;
    Strings dim_sources;
    std::map<std::string, std::string> fact;
    std::optional<std::string> since;
    bool records;
  } cases[] = {
      {"a first pass looks at every member and records the dimension's watermarks",
       {"app.customers"},
       {},
       std::nullopt,
       true},
      {"a later pass reads the members written since, less the overlap",
       {"app.customers"},
       {{"(densify) app.customers", "2025-03-09 12:00:00"}},
       "2025-03-09 11:00:00",
       true},
      {"a dimension source without a watermark: every member, nothing recorded",
       {"app.customers", "app.orders"},
       {{"(densify) app.customers", "2025-03-09 12:00:00"}},
       std::nullopt,
       false},
      {"an untracked dimension source: every member, nothing recorded",
       {"app.rates"},
       {},
       std::nullopt,
       false},
  };
  for (const auto& k : cases) {
    auto n = densify_narrowing(c, k.dim_sources, dim_wm, Watermarks(k.fact, k_hour));
    EXPECT_EQ(n.since, k.since) << k.name;
    EXPECT_EQ(n.dimension_watermarks.empty(), !k.records) << k.name;
  }
  EXPECT_EQ(*densify_members({{std::string("7")}, {std::nullopt}}), (std::vector<Strings>{{"7"}}));
  EXPECT_FALSE(densify_members(Rows(k_max_changed_grains + 1, {std::string("1")})))
      << "more members than the limit: every member";
}

TEST(Decisions, DensifyDimensionSources) {
  Project p;
  Model dim;
  dim.name = "dim_customers";
  dim.kind = ModelKind::dimension;
  ColumnSpec since;
  since.name = "since";
  dim.columns.push_back(since);
  Model fact = period_fact(Period::day, "2025-03-01", 0);
  fact.densify = Densify{"dim_customers", "since", {}};
  p.models = {dim, fact};
  p.sort_models();
  Lineage l = lineage("dim_customers", {"app.customers"});
  EXPECT_EQ(densify_dimension_sources(fact, p, l), Strings{"app.customers"});
  l.upstream["dim_customers"] = {"dim_other"};
  EXPECT_FALSE(densify_dimension_sources(fact, p, l)) << "a dimension reading other models";
  l = lineage("dim_customers", {});
  EXPECT_FALSE(densify_dimension_sources(fact, p, l)) << "a dimension reading no source";
  p.models[0].columns[0].refresh_always = true;
  l = lineage("dim_customers", {"app.customers"});
  EXPECT_FALSE(densify_dimension_sources(fact, p, l)) << "a `from` recomputed on every run";
}

Measure measure(bool always, std::vector<RefreshOn> on) {
  Measure me;
  me.name = "m";
  me.refresh_always = always;
  me.refresh_on = std::move(on);
  return me;
}

TEST(Decisions, RefreshScope) {
  RefreshOn by_order{"app.orders", {{"order_id", "id"}}, {}};
  RefreshOn by_customer{"app.customers", {{"customer_id", "id"}}, {}};
  struct Case {
    const char* name;
    std::vector<Measure> measures;
    size_t queries;
    bool whole_table;
  } cases[] = {
      {"no refresh: always measure", {measure(false, {})}, 0, false},
      {"refresh_on names the grains", {measure(true, {by_order})}, 1, false},
      {"a measure without refresh_on: the whole table after the queries before it",
       {measure(true, {by_order}), measure(true, {})},
       1,
       true},
      {"refresh_on naming other grain columns: the whole table",
       {measure(true, {by_order, by_customer})},
       1,
       true},
  };
  for (const auto& k : cases) {
    Model m;
    m.measures = k.measures;
    RefreshQueries q = refresh_queries(m);
    EXPECT_EQ(q.queries.size(), k.queries) << k.name;
    EXPECT_EQ(q.whole_table, k.whole_table) << k.name;
    if (k.whole_table) {
      EXPECT_FALSE(refresh_grains(q, {})) << k.name;
    }
  }
  Model m;
  m.measures = {measure(true, {by_order}), measure(true, {by_order})};
  RefreshQueries q = refresh_queries(m);
  auto g = refresh_grains(
      q, {{{std::string("2")}, {std::string("1")}, {std::nullopt}}, {{std::string("1")}}});
  ASSERT_TRUE(g);
  EXPECT_EQ(g->columns, Strings{"order_id"});
  EXPECT_EQ(g->keys, (std::vector<Strings>{{"1"}, {"2"}})) << "each grain once; NULL names none";
  Rows many;
  for (size_t i = 0; i <= k_max_changed_grains; ++i) many.push_back({std::to_string(i)});
  EXPECT_FALSE(refresh_grains(q, {many})) << "grains over the fallback limit: the whole table";
}

TEST(Decisions, StaleSources) {
  Lineage l = lineage("fct", {"app.orders", "app.customers"});
  l.sources["dim"] = {"app.rates"};
  struct Case {
    const char* name;
    std::map<std::string, std::string> stale;
    OnStaleSource mode;
    std::string text, blocked, note;
    bool fails;
  } cases[] = {
      {"no stale source", {}, OnStaleSource::skip, "", "", "", false},
      {"skip",
       {{"app.orders", "3 h old"}},
       OnStaleSource::skip,
       "source past error_after: app.orders; run.on_stale_source: skip, the models reading it "
       "are skipped",
       "skipped: source app.orders past error_after (run.on_stale_source: skip)",
       "",
       true},
      {"warn",
       {{"app.orders", "x"}, {"app.customers", "y"}},
       OnStaleSource::warn,
       "sources past error_after: app.customers, app.orders; run.on_stale_source: warn, the "
       "models are built anyway",
       "",
       "built although source app.customers, app.orders past error_after "
       "(run.on_stale_source: warn)",
       false},
      {"fail",
       {{"app.rates", "x"}},
       OnStaleSource::fail,
       "source past error_after: app.rates; run.on_stale_source: fail, nothing is built",
       "skipped: source past error_after: app.rates; run.on_stale_source: fail, nothing is built",
       "",
       true},
  };
  for (const auto& k : cases) {
    StaleDecision d = stale_decision(k.stale, k.mode);
    EXPECT_EQ(d.text, k.text) << k.name;
    EXPECT_EQ(d.fails_run(), k.fails) << k.name;
    StaleGate g = stale_gate(d, l, "fct");
    EXPECT_EQ(g.blocked, k.blocked) << k.name;
    EXPECT_EQ(g.note, k.note) << k.name;
  }
}

TEST(Decisions, BlockedByUpstream) {
  Lineage l = lineage("fct", {}, {"dim_a", "dim_b"});
  EXPECT_EQ(blocked_by_upstream(l, "fct", {}), "");
  EXPECT_EQ(blocked_by_upstream(l, "fct", {"dim_a", "other"}),
            "skipped: upstream model dim_a did not build");
}

}  // namespace
}  // namespace starling
