// Ledger rows read into their structs by column name, from answers the recording executor gives.
#include "state/ledger.hpp"

#include <gtest/gtest.h>

#include "sql/dialect.hpp"
#include "util/error.hpp"

namespace starling {
namespace {

using Row = std::vector<std::optional<std::string>>;

// An executor answering the statement labelled `label` with `rows`, every other with nothing.
RecordingExecutor answering(const std::string& label, std::vector<Row> rows) {
  return RecordingExecutor([label, rows](const Statement& s) {
    ResultSet r;
    if (s.label == label) r.rows = rows;
    return r;
  });
}

const Ident k_meta("meta");

TEST(Ledger, ModelStatesAreReadByColumn) {
  auto d = make_dialect(DialectName::postgres);
  auto e = answering("model states",
                     {{std::string("dim_users"), std::string("failed"),
                       std::string("2026-03-01 10:00:00"), std::string("3"), std::string("2"),
                       std::string("1"), std::nullopt, std::string("boom"), std::nullopt}});
  auto states = read_model_states(e, d->meta_sql(), k_meta);
  ASSERT_EQ(states.size(), 1u);
  const LastModelRun& m = states[0];
  EXPECT_EQ(m.model, "dim_users");
  EXPECT_EQ(m.status, "failed");
  EXPECT_EQ(m.finished_at, "2026-03-01 10:00:00");
  EXPECT_EQ(m.rows_inserted, 3);
  EXPECT_EQ(m.rows_updated, 2);
  EXPECT_EQ(m.rows_deleted, 1);
  EXPECT_EQ(m.periods_built, std::nullopt);
  EXPECT_EQ(m.message, "boom");
  EXPECT_EQ(m.last_success, std::nullopt);
}

TEST(Ledger, RecentRunsKeepTheServersText) {
  auto d = make_dialect(DialectName::postgres);
  auto e = answering("recent runs", {{std::string("12"), std::string("run"), std::string("dev"),
                                      std::string("success"), std::string("2026-03-01 10:00:00"),
                                      std::string("1.0"), std::nullopt}});
  auto runs = read_recent_runs(e, d->meta_sql(), k_meta, 10);
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].run_id, 12);
  EXPECT_EQ(runs[0].command, "run");
  EXPECT_EQ(runs[0].target, "dev");
  EXPECT_EQ(runs[0].status, "success");
  EXPECT_EQ(runs[0].duration_s, "1.0");  // as the server wrote it, not a double printed again
  EXPECT_EQ(runs[0].error, std::nullopt);
  ASSERT_EQ(e.statements().size(), 1u);
  EXPECT_EQ(e.statements()[0].params, (Row{std::string("10")}));
}

TEST(Ledger, RecordedModelsAreByModelWithWhetherABuildFinished) {
  auto d = make_dialect(DialectName::postgres);
  auto e = answering("recorded models",
                     {{std::string("a"), std::string("f1"), std::string("{}"), std::string("t")},
                      {std::string("b"), std::string("f2"), std::nullopt, std::string("f")}});
  auto recorded = read_recorded_models(e, d->meta_sql(), k_meta);
  ASSERT_EQ(recorded.size(), 2u);
  EXPECT_EQ(recorded.at("a").fingerprint, "f1");
  EXPECT_EQ(recorded.at("a").definition, "{}");
  EXPECT_TRUE(recorded.at("a").built);
  EXPECT_EQ(recorded.at("b").definition, std::nullopt);
  EXPECT_FALSE(recorded.at("b").built);
}

TEST(Ledger, WatermarksKeepTheirOrder) {
  auto d = make_dialect(DialectName::postgres);
  auto e = answering(
      "watermarks", {{std::string("m"), std::string("app.a"), std::nullopt},
                     {std::string("m"), std::string("app.b"), std::string("2026-03-01 10:00:00")}});
  auto marks = read_watermarks(e, d->meta_sql(), k_meta);
  ASSERT_EQ(marks.size(), 2u);
  EXPECT_EQ(marks[0].source, "app.a");
  EXPECT_EQ(marks[0].value, std::nullopt);
  EXPECT_EQ(marks[1].value, "2026-03-01 10:00:00");
}

// A query whose columns changed fails naming it, instead of being read by the wrong positions.
TEST(Ledger, ARowWithOtherColumnsIsAnError) {
  auto d = make_dialect(DialectName::postgres);
  auto e = answering("watermarks", {{std::string("m"), std::string("app.a")}});
  try {
    read_watermarks(e, d->meta_sql(), k_meta);
    FAIL() << "read";
  } catch (const Error& err) {
    EXPECT_EQ(err.category(), ErrorCategory::database);
    EXPECT_EQ(err.message(), "'watermarks' answered 2 columns, not 3");
  }
}

}  // namespace
}  // namespace starling
