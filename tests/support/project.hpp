// A project loaded in-process (the library, not the binary), with its target, dialect and a quiet
// logger: for tests that drive the Runner themselves, e.g. through a fault-injecting executor.
#pragma once

#include <functional>
#include <memory>
#include <sstream>
#include <string>

#include "project/check.hpp"
#include "project/model.hpp"
#include "run/runner.hpp"
#include "sql/dialect.hpp"
#include "util/log.hpp"

namespace starling::testing {

class LoadedProject {
 public:
  // Loads and checks `dir` with STARLING_DSN set to `dsn`; throws (failing the test) on problems.
  // `redshift_on_postgres`: a Redshift target's dialect in the test mode (SPEC §7).
  LoadedProject(const std::string& dir, const std::string& target, const std::string& dsn,
                bool redshift_on_postgres = false);
  LoadedProject(const LoadedProject&) = delete;
  LoadedProject& operator=(const LoadedProject&) = delete;

  // Applies `change` to the project (models edited, added or removed), then checks it again and
  // takes its new graph, as loading the edited files would; throws (failing the test) on problems.
  void edit(const std::function<void(Project&)>& change);

  Runner runner(Executor& e) { return Runner(e, *dialect, project, *target, graph, log_); }
  // Calls `work` with a runner whose new connection to `dsn` is cut at statement `at` (1-based),
  // as a killed process leaves it. Returns how many statements `work` executed, or -1 when it was
  // cut; any other failure fails the test.
  long long with_connection_cut_at(const std::string& dsn, long long at,
                                   const std::function<void(Runner&)>& work);

  Project project;  // tests may edit models in place
  CheckedGraph graph;
  const Target* target = nullptr;
  std::unique_ptr<Dialect> dialect;

 private:
  std::ostringstream sink_;
  Logger log_{sink_, LogFormat::text, Verbosity::quiet, false};
};

}  // namespace starling::testing
