// What `starling plan --offline --sql` shows for the Airbeds demo, on both dialects: each migration
// once, the versioned ones before the models and the repeatable ones after them.
#include <gtest/gtest.h>

#include <algorithm>

#include "db/executor.hpp"
#include "run/runner.hpp"
#include "support/project.hpp"

namespace starling::testing {
namespace {

// The labels of the statements that record a migration, in order.
std::vector<std::string> recorded_migrations(const std::string& target) {
  LoadedProject lp{STARLING_SOURCE_DIR, target, "postgresql://nobody@127.0.0.1:1/none"};
  PlanningExecutor dry{nullptr};
  dry.set_savepoints(lp.dialect->savepoints());
  RunOptions o;
  o.models = lp.graph.order;
  o.dry_run = true;
  o.now = std::chrono::system_clock::from_time_t(1772323200);  // 2026-03-01 00:00:00 UTC
  lp.runner(dry).run(o);
  std::vector<std::string> out;
  for (const auto& s : dry.recorded())
    if (s.label.rfind("record migration", 0) == 0 || s.label.rfind("record repeatable", 0) == 0)
      out.push_back(s.label);
  return out;
}

TEST(OfflinePlan, ListsEachMigrationOnceOnBothDialects) {
  for (const std::string target : {"dev", "redshift"}) {
    SCOPED_TRACE(target);
    auto labels = recorded_migrations(target);
    EXPECT_EQ(labels, (std::vector<std::string>{
                          "record migration migrations/0001_app_tables.sql",
                          "record migration migrations/0002_raw_tracks.sql",
                          "record migration migrations/0003_bookings_by_guest.sql",
                          "record migration migrations/0004_tracks_soft_deletes.sql",
                          "record repeatable migration migrations/R__dashboard_views.sql"}));
  }
}

}  // namespace
}  // namespace starling::testing
