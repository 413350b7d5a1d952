#include "support/project.hpp"

#include <gtest/gtest.h>

#include "db/connect.hpp"
#include "db/executor.hpp"
#include "loader/loader.hpp"
#include "util/error.hpp"

namespace starling::testing {

LoadedProject::LoadedProject(const std::string& dir, const std::string& target_name,
                             const std::string& dsn, bool redshift_on_postgres) {
  LoadOptions lo;
  lo.env = [&](const std::string& n) -> std::optional<std::string> {
    if (n == "STARLING_DSN") return dsn;
    return std::nullopt;
  };
  Diagnostics d;
  project = load_project(dir, d, lo);
  if (d.empty()) {
    graph = check_project(project, d);
    check_target_types(project, d);
  }
  d.throw_if_any();
  target = project.config.target(target_name);
  if (!target) throw Error(ErrorCategory::usage, "no target " + target_name);
  dialect = make_dialect(target->dialect, redshift_on_postgres);
}

void LoadedProject::edit(const std::function<void(Project&)>& change) {
  change(project);
  project.sort_models();
  Diagnostics d;
  CheckedGraph g = check_project(project, d);
  check_target_types(project, d);
  d.throw_if_any();
  graph = std::move(g);
}

long long LoadedProject::with_connection_cut_at(const std::string& dsn, long long at,
                                                const std::function<void(Runner&)>& work) {
  auto real = connect_postgres(dsn, "test", std::nullopt);
  FaultyExecutor e(*real, at);
  Runner r = runner(e);
  try {
    work(r);
    return e.count();
  } catch (const Error& err) {
    EXPECT_TRUE(e.failed()) << err.describe();  // only the cut may stop it
    return -1;
  }
}

}  // namespace starling::testing
