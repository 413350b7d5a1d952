// Golden SQL of every statement kind in the Redshift dialect, for the Airbeds demo and the golden
// projects, and the lint over all of it. STARLING_UPDATE_GOLDEN=1 rewrites
// tests/golden/redshift/*.sql: review the diff before committing it.
#include "sql/redshift/model_sql.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "loader/loader.hpp"
#include "plan/date_rows.hpp"
#include "plan/periods.hpp"
#include "project/check.hpp"
#include "project/shape.hpp"
#include "sql/ddl.hpp"
#include "sql/redshift/ddl.hpp"
#include "sql/redshift/lint.hpp"
#include "sql/redshift/redshift_dialect.hpp"
#include "support/helpers.hpp"
#include "util/strings.hpp"

namespace fs = std::filesystem;

namespace starling::testing {
namespace {

// Every statement the Redshift dialect renders for the project's models, as text.
std::vector<Statement> all_statements(const Project& p, const CheckedGraph& g) {
  RedshiftModelSql sql;
  std::vector<Statement> out;
  auto add = [&](Statement s) { out.push_back(std::move(s)); };
  auto add_all = [&](const std::vector<Statement>& ss) {
    for (const auto& s : ss) add(s);
  };
  WindowValues since;
  since.since = "2025-02-28 23:00:00";
  WindowValues window;
  window.start = "2025-02-01 00:00:00";
  window.end = "2025-03-01 00:00:00";
  for (const auto& name : g.order) {
    const Model& m = *p.model(name);
    BuildTarget t{&p, &m, "warehouse"};
    BuildTarget scratch{&p, &m, "warehouse__verify"};
    add_all(redshift_create_table(table_spec(m, p, "warehouse")));
    if (m.kind == ModelKind::date_dimension) {
      auto rows = date_dimension_rows(*m.date_spec, *parse_local("2025-03-01 00:00:00"));
      rows.resize(std::min<size_t>(rows.size(), 3));
      add_all(sql.date_rows(t, rows));
    } else {
      add(sql.drop_stage(t));
      add(sql.stage(t,
                    m.incremental && m.incremental->strategy == Strategy::period ? window : since));
      add(sql.count_null_keys(t));
      add(sql.count_duplicate_keys(t));
      if (m.kind == ModelKind::dimension || m.incremental->strategy == Strategy::key)
        add(sql.duplicate_keys_read_before(t, 6));
    }
    if (has_versions(m)) {
      // a versions dimension's build: the merge, the close (of every member read, of some), and
      // the facts re-pointed
      add_all(sql.versions_merge(t));
      add(sql.versions_close(t, nullptr));
      GrainFilter some{m.key, {{"7"}, {"42"}}};
      add(sql.versions_close(t, &some));
      for (const auto& f : p.models)
        for (const auto& r : f.references)
          if (r.dimension == m.name && r.as_of)
            add(sql.versions_repoint(t, f, r, keeps_unresolved(r, p)));
    } else if (m.kind == ModelKind::dimension) {
      add_all(sql.dimension_upsert(t));
      if (auto r = sql.dimension_refresh(t)) add(*r);
      add(sql.member_keys(t, since, 100));
    }
    // any dimension's build: the facts at its unknown member pointed at the members it now has
    for (const auto& f : p.models)
      for (const auto& r : f.references)
        if (r.dimension == m.name && keeps_unresolved(r, p)) add(sql.unresolved_repoint(t, f, r));
    if (m.kind == ModelKind::fact) {
      for (const auto& r : m.references) {
        const Model& dim = *p.model(r.dimension);
        if (r.on_missing == OnMissing::infer) add(sql.infer_members(t, r, dim));
        add(sql.count_missing_members(t, r, dim));
      }
      const Incremental& inc = *m.incremental;
      if (inc.strategy == Strategy::period) {
        add(sql.count_outside_window(t, window));
        add(sql.delete_window(t, window));
        add(sql.fact_insert(t));
        if (m.densify) {
          add(sql.densify(t, window, false, DensifyProbe::anti_join));
          add(sql.densify(t, window, true, DensifyProbe::anti_join));
          add(sql.new_densify_members(t, window, 100));
        }
        for (const auto& ld : inc.late_data) {
          if (ld.grain.empty()) continue;
          GrainFilter only;
          for (const auto& k : ld.grain) only.columns.push_back(k.grain);
          only.keys = {{"7"}, {"42"}};
          WindowValues some = window;
          some.only = &only;
          add(sql.stage(t, some));
          add(sql.delete_missing(t, &some));
          if (m.densify) add(sql.densify(t, some, false, DensifyProbe::each_row));
          for (const auto& test : m.tests) add(sql.test(t, test, TestScope{&some}));
          break;
        }
      } else if (inc.strategy == Strategy::key) {
        add_all(sql.fact_upsert(t));
        add(sql.delete_missing(t, nullptr));
      } else {
        add(sql.delete_all(t));
        add(sql.fact_insert(t));
      }
      if (auto r = sql.fact_refresh(t)) add(*r);
    }
    for (const auto& test : m.tests) add(sql.test(t, test, TestScope{}));
    for (const auto& test : m.tests) add(sql.test(t, test, TestScope{nullptr, true}));
    add(sql.diff_count(t, scratch));
    add(sql.diff_sample(t, scratch, 5));
  }
  for (const auto& s : p.config.sources)
    for (const auto& tb : s.tables)
      if (tb.loaded_at || s.loaded_at) {
        add(sql.source_high_water(s, tb));
        add(sql.late_periods(s, tb, "created_at", Period::day, "2025-02-28 23:00:00"));
        add(sql.changed_grains(s, tb, std::string("created_at"), Period::day, "2025-02-28 23:00:00",
                               {"id"}, 100001));
      }
  add(sql.drop_schema("warehouse__verify"));
  return out;
}

// Every statement of the meta schema, the run lock and a rebuild's swap in the Redshift dialect.
std::vector<Statement> meta_statements(const Project& p) {
  RedshiftDialect d;
  const MetaSql& m = d.meta_sql();
  const Ident meta("starling");
  std::vector<Statement> out;
  auto add_all = [&](const std::vector<Statement>& ss) {
    out.insert(out.end(), ss.begin(), ss.end());
  };
  for (const auto& v : d.meta_schema_versions(meta)) add_all(v);
  out.push_back(d.meta_version_table_exists(meta));
  RunLockSql l = d.run_lock(meta, std::chrono::minutes(10));
  add_all(l.prepare);
  add_all({l.current_shape, l.earlier_holder});
  add_all(l.reshape);
  add_all({l.lock_table, l.holder});
  add_all(l.claim);
  add_all({l.renew, l.release});
  out.push_back(d.existing_tables(Ident("warehouse")));
  Migration mig;
  mig.version = 1;
  mig.name = "app_tables";
  mig.file = "migrations/0001_app_tables.sql";
  mig.checksum = "abc";
  add_all({m.current_version(meta), m.set_version(meta, 1), m.applied_migrations(meta),
           m.record_migration(meta, mig, 12, 1), m.applied_repeatables(meta),
           m.forget_repeatable(meta, "dashboard_views"), m.record_repeatable(meta, mig, 3, 1)});
  add_all(m.start_run(meta, "run", "redshift", "0.1.0", "--select dim_users"));
  out.push_back(m.finish_run(meta, 7, "failed", std::string("dim_users: a test failed")));
  out.push_back(m.record_model_run(
      meta, {7, "dim_users", "success", 1200, 3, 2, 0, 0, std::nullopt, std::nullopt}));
  add_all(m.record_model(meta, "dim_users", "dimension", "warehouse.dim_users", "f1", "shape",
                         "definition"));
  add_all({m.recorded_models(meta), m.forget_watermarks(meta, "fct_bookings"),
           m.forget_built_periods(meta, "fct_daily_funnel", std::string("2025-02-01 00:00:00"),
                                  std::nullopt),
           m.watermarks(meta, "fct_bookings")});
  add_all(m.set_watermark(meta, "fct_bookings", "app.bookings",
                          std::string("2025-03-01 00:00:00.000000"), 7));
  out.push_back(m.built_periods(meta, "fct_daily_funnel"));
  add_all(m.record_built_periods(meta, "fct_daily_funnel",
                                 {{"2025-02-27 00:00:00", "2025-02-28 00:00:00"},
                                  {"2025-02-28 00:00:00", "2025-03-01 00:00:00"}},
                                 7));
  add_all({m.recent_runs(meta, 10), m.model_states(meta), m.all_watermarks(meta),
           m.column_types("app", "users"), m.max_loaded_at("app", "users", "_loaded_at", "id > 0"),
           m.server_epoch(),
           m.record_freshness(meta, {7, "app", "users", std::string("1740787200"), 60, 7200, 21600,
                                     "ok", std::nullopt}),
           m.prune_freshness(meta, 90 * 86400), m.health_rows(meta), m.health_runs(meta, 20),
           m.lag_history(meta, 7), m.run_durations(meta, 7),
           m.views_reading("warehouse", "dim_users"), m.privileges_of("warehouse", "dim_users"),
           m.relation_exists("warehouse", "v_bookings")});
  add_all(m.adopt_model_state(meta, Ident("starling__rebuild"), {"dim_users", "fct_bookings"},
                              "warehouse", 7));
  out.push_back(m.upstream_changed(meta, "fct_bookings", {"dim_users", "dim_listings"}));
  out.push_back(m.set_time_zone("Europe/Berlin"));
  const Model& dim = *p.model("dim_users");
  const QualifiedName shadow{Ident("warehouse__rebuild"), Ident("dim_users")};
  out.push_back(*d.table_shape(QualifiedName{Ident("warehouse"), Ident("dim_users")}));
  add_all(d.replace_rows(shadow, table_spec(dim, p, "warehouse")));
  add_all(d.swap_in(shadow, table_spec(dim, p, "warehouse"), Ident("warehouse__retired"), true));
  const QualifiedName view{Ident("warehouse"), Ident("v_bookings")};
  add_all({m.create_view(view, " SELECT b.booking_id\n   FROM warehouse.fct_bookings b;"),
           m.set_owner(view, "analyst")});
  return out;
}

class RedshiftGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(RedshiftGolden, EveryStatementMatchesAndPassesTheLint) {
  std::string dir = GetParam() == "airbeds" || GetParam() == "meta"
                        ? std::string(STARLING_SOURCE_DIR)
                        : (fs::path(STARLING_TESTS_DIR) / "golden" / GetParam()).string();
  Diagnostics d;
  Project p = load_project(dir, d);
  CheckedGraph g = check_project(p, d);
  ASSERT_TRUE(d.empty()) << GetParam();
  std::string got;
  size_t n = 0;
  auto adapt = RedshiftDialect().statement_adapter();
  for (const auto& s : GetParam() == "meta" ? meta_statements(p) : all_statements(p, g)) {
    ++n;
    got += "-- " + s.label + "\n" + display(s) + "\n\n";
    // the checker, over the statement as the dialect sends it
    Statement sent = s;
    adapt(sent);
    for (const auto& f : redshift_lint(sent.sql))
      ADD_FAILURE() << GetParam() << ": " << describe(f) << " in " << s.label << ": "
                    << sent.sql.substr(f.offset, 80);
  }
  EXPECT_GT(n, 10u);
  fs::path expected = fs::path(STARLING_TESTS_DIR) / "golden" / "redshift" / (GetParam() + ".sql");
  if (std::getenv("STARLING_UPDATE_GOLDEN")) {
    fs::create_directories(expected.parent_path());
    write_text(expected, got);
  }
  ASSERT_TRUE(fs::exists(expected)) << "run with STARLING_UPDATE_GOLDEN=1 to create " << expected;
  EXPECT_EQ(read_text(expected.string()), got) << "differs from " << expected;
}

INSTANTIATE_TEST_SUITE_P(Projects, RedshiftGolden,
                         ::testing::Values("airbeds", "facts_with_references", "date_dimension",
                                           "dimension_basic", "model_shapes", "versions_dimension",
                                           "meta"));

// Issue 24: Redshift refuses a boolean cast to VARCHAR (42846); an accepted_values test of a
// boolean column spells it with CASE, another column is cast to VARCHAR(65535), not TEXT.
TEST(RedshiftModelSqlText, AcceptedValuesOfABooleanColumnCastNoBoolean) {
  Diagnostics d;
  Project p = load_project(STARLING_SOURCE_DIR, d);
  ASSERT_TRUE(d.empty());
  RedshiftModelSql sql;
  BuildTarget t{&p, p.model("dim_hosts"), "warehouse"};
  ModelTest test;
  test.kind = TestKind::accepted_values;
  test.column = "is_superhost";
  test.values = {"true", "false"};
  EXPECT_EQ(sql.test(t, test, TestScope{}).sql,
            "SELECT count(*) FROM \"warehouse\".\"dim_hosts\" AS t WHERE t.\"host_sk\" <> -1 AND "
            "NOT t.\"is_inferred\" AND t.\"is_superhost\" IS NOT NULL AND CASE WHEN "
            "t.\"is_superhost\" THEN 'true' WHEN NOT t.\"is_superhost\" THEN 'false' END NOT IN "
            "($1::VARCHAR(65535), $2::VARCHAR(65535))");
  test.column = "host_id";
  EXPECT_NE(sql.test(t, test, TestScope{})
                .sql.find("CAST(t.\"host_id\" AS VARCHAR(65535)) NOT IN ($1::VARCHAR(65535), "),
            std::string::npos);
}

TEST(RedshiftDateRows, RowsGoInStatementsUnderRedshiftsLimit) {
  Diagnostics d;
  Project p = load_project(STARLING_SOURCE_DIR, d);
  ASSERT_TRUE(d.empty());
  const Model& m = *p.model("dim_date");
  auto one = date_dimension_rows(*m.date_spec, *parse_local("2025-03-01 00:00:00"));
  ASSERT_FALSE(one.empty());
  // the rows of many years, over 30 MB as literals
  std::vector<std::vector<std::string>> rows;
  while (rows.size() < 150000) rows.insert(rows.end(), one.begin(), one.end());
  BuildTarget t{&p, &m, "warehouse"};
  size_t inserts = 0, tuples = 0, bytes = 0;
  for (const auto& s : RedshiftModelSql().date_rows(t, rows)) {
    if (s.sql.rfind("INSERT INTO \"_stage", 0) != 0) continue;
    ++inserts;
    bytes += s.sql.size();
    EXPECT_LT(s.sql.size(), k_redshift_max_statement);
    for (size_t at = s.sql.find("), (CAST("); at != std::string::npos;
         at = s.sql.find("), (CAST(", at + 1))
      ++tuples;
    ++tuples;  // the first one
  }
  EXPECT_GT(bytes, 2 * k_redshift_max_statement);
  EXPECT_GE(inserts, 3u);
  EXPECT_EQ(tuples, rows.size());
}

TEST(RedshiftMetaSql, TextsAreCutToWhatAVarcharHoldsWithoutSplittingACharacter) {
  std::string long_error = std::string(65533, 'x') + "\xC3\xA9\xC3\xA9";  // 65537 bytes
  auto cut = fit_bytes(long_error, k_redshift_max_varchar);
  ASSERT_TRUE(cut);
  EXPECT_LE(cut->size(), k_redshift_max_varchar);
  EXPECT_EQ(cut->substr(cut->size() - 3), "\xE2\x80\xA6");
  EXPECT_EQ(cut->substr(0, 65532), std::string(65532, 'x'));
  EXPECT_EQ(fit_bytes(std::string("short"), 10), std::optional<std::string>("short"));
  EXPECT_EQ(fit_bytes(std::nullopt, 10), std::nullopt);
  RedshiftMetaSql m;
  EXPECT_LE(m.finish_run(Ident("starling"), 1, "failed", long_error).params[2]->size(),
            k_redshift_max_varchar);
}

TEST(RedshiftDialect, UnboundedWindowEndsGoAsTheEarliestAndLatestTimestamps) {
  auto adapt = RedshiftDialect().statement_adapter();
  ASSERT_TRUE(adapt);
  Statement s{"SELECT $1::timestamp, $2::timestamp, $3, $4",
              {"-infinity", "infinity", "2025-03-01 00:00:00", std::nullopt},
              "x"};
  adapt(s);
  EXPECT_EQ(s.params[0], std::optional<std::string>("0001-01-01 00:00:00"));
  EXPECT_EQ(s.params[1], std::optional<std::string>("9999-12-31 23:59:59"));
  EXPECT_EQ(s.params[2], std::optional<std::string>("2025-03-01 00:00:00"));
  EXPECT_EQ(s.params[3], std::nullopt);
  EXPECT_FALSE(PostgresDialect().statement_adapter());
}

TEST(RedshiftAcl, GrantsOtherThanTheOwnersAreReadFromTheAclText) {
  auto g = parse_acl(
      "{starling=arwdRxt/starling,analyst=r/starling,\"bi team\"=r*w/starling,=r/starling,group "
      "readers=r/starling}",
      "starling");
  ASSERT_EQ(g.size(), 5u);
  EXPECT_EQ(g[0].privilege, "SELECT");
  EXPECT_EQ(g[0].grantee, "\"analyst\"");
  EXPECT_EQ(g[1].grantee, "\"bi team\"");
  EXPECT_TRUE(g[1].grantable);
  EXPECT_EQ(g[2].privilege, "UPDATE");
  EXPECT_FALSE(g[2].grantable);
  EXPECT_EQ(g[3].grantee, "PUBLIC");
  EXPECT_EQ(g[4].grantee, "GROUP \"readers\"");
}

}  // namespace
}  // namespace starling::testing
