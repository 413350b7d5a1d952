#include "support/helpers.hpp"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "db/executor.hpp"

namespace fs = std::filesystem;

namespace starling::testing {

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_text(const std::string& path, const std::string& text) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream out(path, std::ios::binary);
  out << text;
}

CommandResult run_starling(const std::vector<std::string>& args,
                           const std::map<std::string, std::string>& env) {
  return run_program(STARLING_BINARY, args, env);
}

CommandResult run_program(const std::string& program, const std::vector<std::string>& args,
                          const std::map<std::string, std::string>& env) {
  TempDir tmp;
  std::string out_file = tmp / "out", err_file = tmp / "err";
  pid_t pid = fork();
  if (pid == 0) {
    for (const auto& [k, v] : env) setenv(k.c_str(), v.c_str(), 1);
    std::vector<char*> argv;
    std::string bin = program;
    argv.push_back(bin.data());
    std::vector<std::string> copy = args;
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    if (!freopen(out_file.c_str(), "w", stdout) || !freopen(err_file.c_str(), "w", stderr))
      _exit(127);
    execvp(bin.c_str(), argv.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = read_text(out_file);
  r.err = read_text(err_file);
  return r;
}

TempDir::TempDir() {
  std::string tmpl = (fs::temp_directory_path() / "starling-test-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
  path_ = tmpl;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

void copy_tree(const std::string& from, const std::string& to) {
  fs::create_directories(to);
  fs::copy(from, to, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

std::string test_dsn() {
  const char* v = std::getenv("STARLING_TEST_DSN");
  if (!v || !*v) {
    ADD_FAILURE() << "STARLING_TEST_DSN is not set: run the tests with scripts/test.sh, which "
                     "starts the test PostgreSQL";
    throw std::runtime_error("STARLING_TEST_DSN is not set");
  }
  return v;
}

namespace {
std::string with_database(const std::string& dsn, const std::string& db) {
  // postgresql://user@host:port/dbname[?params]
  auto q = dsn.find('?');
  std::string base = q == std::string::npos ? dsn : dsn.substr(0, q);
  std::string params = q == std::string::npos ? "" : dsn.substr(q);
  auto slash = base.find('/', base.find("//") + 2);
  if (slash != std::string::npos) base = base.substr(0, slash);
  return base + "/" + db + params;
}
std::atomic<int> counter{0};
}  // namespace

FreshDatabase::FreshDatabase() {
  name_ = "starling_t_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
  auto admin = connect_postgres(test_dsn(), "test admin", std::nullopt);
  admin->execute({"DROP DATABASE IF EXISTS " + name_, {}, "drop"});
  admin->execute({"CREATE DATABASE " + name_, {}, "create"});
  dsn_ = with_database(test_dsn(), name_);
}

FreshDatabase::~FreshDatabase() {
  try {
    auto admin = connect_postgres(test_dsn(), "test admin", std::nullopt);
    admin->execute({"DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)", {}, "drop"});
  } catch (...) {
  }
}

std::string FreshDatabase::scalar(const std::string& sql) const {
  auto e = connect_postgres(dsn_, "test", std::nullopt);
  return e->execute({sql, {}, "test query"}).scalar().value_or("");
}

void FreshDatabase::exec(const std::string& sql) const {
  auto e = connect_postgres(dsn_, "test", std::nullopt);
  e->execute_script(sql, "test script");
}

std::string config_for(const std::string& dsn, const std::string& sources_yaml) {
  std::string c =
      "project: t\ntimezone: UTC\ntarget: test\ntargets:\n  test:\n    dialect: postgres\n"
      "    dsn: \"" +
      dsn + "\"\n    schema: warehouse\n    meta_schema: starling\n";
  if (!sources_yaml.empty()) c += "sources:\n" + sources_yaml;
  return c;
}

}  // namespace starling::testing
