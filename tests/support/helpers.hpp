// Helpers shared by the tests: run the starling binary, temporary project folders, fresh
// databases on the test PostgreSQL (STARLING_TEST_DSN, started by scripts/test.sh).
#pragma once

#include <map>
#include <string>
#include <vector>

namespace starling::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `starling ARGS...` with extra environment variables; captures stdout and stderr.
CommandResult run_starling(const std::vector<std::string>& args,
                           const std::map<std::string, std::string>& env = {});

// Runs any program (found on PATH) the same way.
CommandResult run_program(const std::string& program, const std::vector<std::string>& args,
                          const std::map<std::string, std::string>& env = {});

std::string read_text(const std::string& path);
void write_text(const std::string& path, const std::string& text);

// A folder under /tmp removed on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::string& path() const { return path_; }
  std::string operator/(const std::string& rel) const { return path_ + "/" + rel; }

 private:
  std::string path_;
};

// Copies a folder tree.
void copy_tree(const std::string& from, const std::string& to);

// The admin DSN of the test PostgreSQL; fails the test run (not skipped) when it is not set.
std::string test_dsn();

// A database created for one test and dropped afterwards.
class FreshDatabase {
 public:
  FreshDatabase();
  ~FreshDatabase();
  const std::string& dsn() const { return dsn_; }
  const std::string& name() const { return name_; }
  // Runs SQL through psql-free libpq access (an Executor) and returns the first column of the
  // first row, or "" when there is none.
  std::string scalar(const std::string& sql) const;
  void exec(const std::string& sql) const;

 private:
  std::string name_;
  std::string dsn_;
};

// A config.yaml for a project whose only target points at `dsn`.
std::string config_for(const std::string& dsn, const std::string& sources_yaml = "");

}  // namespace starling::testing
