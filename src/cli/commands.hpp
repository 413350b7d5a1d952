// The commands of SPEC §4 that this version implements. Each returns the exit code; errors are
// thrown as starling::Error and mapped by main.
#pragma once

#include <string>
#include <vector>

#include "project/check.hpp"
#include "project/model.hpp"
#include "util/log.hpp"

namespace starling {

struct GlobalOptions {
  std::string project_dir = ".";
  std::string target;
  LogFormat log_format = LogFormat::text;
  bool quiet = false;
  bool verbose = false;
  bool tty = false;
};

struct PlanOptions {
  std::vector<std::string> selectors;
  bool sql = false;
  bool offline = false;
  std::string now;  // plan as if the UTC time were this ("YYYY-MM-DD HH:MM:SS"); now by default
};

struct RunCommandOptions {
  std::vector<std::string> selectors;
  bool wait = false;
};

struct RebuildOptions {
  std::vector<std::string> selectors;
  bool all = false;
  bool wait = false;
  bool discard_history = false;  // read dimensions from their sources alone, losing history
};

struct RestateOptions {
  std::string model;
  std::string from, to;  // dates (YYYY-MM-DD), both included
  bool wait = false;
};

struct MigrateOptions {
  bool repeatable = false;
};

struct CheckedProject {
  Project project;
  CheckedGraph graph;
};

// Loads and checks the project; throws Error(project) listing every problem.
CheckedProject load_checked_project(const std::string& dir);

int cmd_validate(const GlobalOptions& g, Logger& log);
int cmd_plan(const GlobalOptions& g, const PlanOptions& o, Logger& log);
int cmd_migrate(const GlobalOptions& g, const MigrateOptions& o, Logger& log);
int cmd_run(const GlobalOptions& g, const RunCommandOptions& o, Logger& log);
struct StatusOptions {
  bool json = false;
  int runs = 10;
};
int cmd_status(const GlobalOptions& g, const StatusOptions& o, Logger& log);
struct FreshnessOptions {
  std::string now;  // measure as if the UTC time were this; the server's clock by default
};
int cmd_freshness(const GlobalOptions& g, const FreshnessOptions& o, Logger& log);
struct HealthOptions {
  std::string html;  // the file to write
  int runs = 20;     // runs listed
  int days = 7;      // history charted
};
int cmd_health(const GlobalOptions& g, const HealthOptions& o, Logger& log);
int cmd_rebuild(const GlobalOptions& g, const RebuildOptions& o, Logger& log);
int cmd_restate(const GlobalOptions& g, const RestateOptions& o, Logger& log);
int cmd_verify(const GlobalOptions& g, const RunCommandOptions& o, Logger& log);

}  // namespace starling
