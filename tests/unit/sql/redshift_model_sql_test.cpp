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
#include "sql/ddl.hpp"
#include "sql/redshift/ddl.hpp"
#include "sql/redshift/lint.hpp"
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
    }
    if (m.kind == ModelKind::dimension) {
      add_all(sql.dimension_upsert(t));
      if (auto r = sql.dimension_refresh(t)) add(*r);
    }
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
          add(sql.densify(t, window, false));
          add(sql.densify(t, window, true));
        }
        for (const auto& ld : inc.late_data) {
          if (ld.grain.empty()) continue;
          GrainFilter only;
          for (const auto& k : ld.grain) only.columns.push_back(k.grain);
          only.keys = {{"7"}, {"42"}};
          WindowValues some = window;
          some.only = &only;
          add(sql.stage(t, some));
          add(sql.delete_window(t, some));
          if (m.densify) add(sql.densify(t, some, false));
          for (const auto& test : m.tests) add(sql.test(t, test, &some));
          break;
        }
      } else if (inc.strategy == Strategy::key) {
        add_all(sql.fact_upsert(t));
        add(sql.delete_missing(t));
      } else {
        add(sql.delete_all(t));
        add(sql.fact_insert(t));
      }
      if (auto r = sql.fact_refresh(t)) add(*r);
    }
    for (const auto& test : m.tests) add(sql.test(t, test, nullptr));
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

class RedshiftGolden : public ::testing::TestWithParam<std::string> {};

TEST_P(RedshiftGolden, EveryStatementMatchesAndPassesTheLint) {
  std::string dir = GetParam() == "airbeds"
                        ? std::string(STARLING_SOURCE_DIR)
                        : (fs::path(STARLING_TESTS_DIR) / "golden" / GetParam()).string();
  Diagnostics d;
  Project p = load_project(dir, d);
  CheckedGraph g = check_project(p, d);
  ASSERT_TRUE(d.empty()) << GetParam();
  std::string got;
  size_t n = 0;
  for (const auto& s : all_statements(p, g)) {
    ++n;
    got += "-- " + s.label + "\n" + display(s) + "\n\n";
    for (const auto& f : redshift_lint(s.sql))
      ADD_FAILURE() << GetParam() << ": " << f.construct << " in " << s.label << ": "
                    << s.sql.substr(f.offset, 80);
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
                                           "dimension_basic"));

}  // namespace
}  // namespace starling::testing
