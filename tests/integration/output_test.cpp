// What starling prints, checked on the real binary against the real PostgreSQL: JSON log lines and
// status --json against the schemas documented in docs/commands.md, output to a closed pipe,
// passwords in every form libpq accepts, and the message of a run whose connection is cut.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <thread>

#include "db/executor.hpp"
#include "support/fixtures.hpp"
#include "support/helpers.hpp"
#include "support/project.hpp"
#include "util/strings.hpp"

namespace starling::testing {
namespace {

using nlohmann::json;

const std::string k_sources = app_sources();

const std::string k_tables = std::string(k_app_tables) + k_app_rows;

const char* k_dim = k_customers_from_dim;

const std::string k_fact = k_customer_orders_fact;

class Output : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string cfg = config_for(db.dsn(), k_sources);
    cfg.replace(cfg.find("timezone: UTC"), 13, "timezone: Europe/Berlin");
    write_text(dir / "config.yaml", cfg);
    write_text(dir / "models/dim_customers.yaml", k_dim);
    write_text(dir / "models/fct_orders.yaml", k_fact);
    db.exec(k_tables);
  }
  CommandResult starling(std::vector<std::string> args) {
    args.insert(args.begin(), {"--project", dir.path()});
    return run_starling(args);
  }
  FreshDatabase db;
  TempDir dir;
};

// A table of docs/commands.md: the rows under the heading `heading`, cells trimmed, backticks gone.
std::vector<std::vector<std::string>> documented_table(const std::string& heading) {
  std::string doc = read_text(std::string(STARLING_SOURCE_DIR) + "/docs/commands.md");
  auto at = doc.find("\n" + heading + "\n");
  EXPECT_NE(at, std::string::npos) << heading << " is not in docs/commands.md";
  std::vector<std::vector<std::string>> rows;
  if (at == std::string::npos) return rows;
  bool in_table = false;
  for (const auto& line : split(doc.substr(at + heading.size() + 2), '\n')) {
    if (starts_with(line, "#")) break;
    if (!starts_with(line, "|")) {
      if (in_table) break;
      continue;
    }
    in_table = true;
    std::vector<std::string> cells;
    for (auto c : split(line.substr(1, line.size() - 2), '|')) {
      c = trim(c);
      c.erase(std::remove(c.begin(), c.end(), '`'), c.end());
      cells.push_back(c);
    }
    if (cells[0] == "field" || starts_with(cells[0], "---")) continue;
    rows.push_back(cells);
  }
  EXPECT_FALSE(rows.empty()) << heading;
  return rows;
}

// Whether `v` is of the documented type ("integer", "timestamp or null", …).
bool of_type(const json& v, const std::string& type) {
  std::string t = type;
  bool nullable = ends_with(t, " or null");
  if (nullable) t = t.substr(0, t.size() - 8);
  if (v.is_null()) return nullable;
  static const std::regex iso(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?[+-]\d\d:\d\d$)");
  if (t == "string") return v.is_string();
  if (t == "timestamp") return v.is_string() && std::regex_match(v.get<std::string>(), iso);
  if (t == "integer") return v.is_number_integer();
  if (t == "number") return v.is_number();
  if (t == "object") return v.is_object();
  if (t == "array") return v.is_array();
  ADD_FAILURE() << "undocumented type " << type;
  return false;
}

// The JSON log lines of `err`, each parsed (a line that is not JSON fails the test).
std::vector<json> json_lines(const std::string& err) {
  std::vector<json> out;
  for (const auto& line : split(err, '\n')) {
    if (line.empty()) continue;
    try {
      out.push_back(json::parse(line));
    } catch (const std::exception& e) {
      ADD_FAILURE() << "not a JSON line: " << line;
    }
  }
  return out;
}

// Every line against the documented fields: each field documented with its type, those of the
// line's event present.
void check_log_lines(const std::vector<json>& lines) {
  struct Field {
    std::string type;
    std::set<std::string> always, also;
  };
  std::map<std::string, Field> fields;
  for (const auto& row : documented_table("### JSON log lines")) {
    ASSERT_EQ(row.size(), 4u) << row[0];
    Field f{row[1], {}, {}};
    for (auto e : split(row[2], ',')) f.always.insert(trim(e));
    for (auto e : split(row[3], ',')) f.also.insert(trim(e));
    fields[row[0]] = f;
  }
  for (const auto& line : lines) {
    ASSERT_TRUE(line.is_object()) << line;
    std::string event = line.value("event", "");
    for (const auto& [key, value] : line.items()) {
      auto f = fields.find(key);
      if (f == fields.end()) {
        ADD_FAILURE() << "field " << key << " is not documented: " << line;
        continue;
      }
      EXPECT_TRUE(of_type(value, f->second.type))
          << key << " is not " << f->second.type << ": " << line;
      bool allowed = f->second.always.count("every line") || f->second.always.count(event) ||
                     f->second.also.count(event);
      EXPECT_TRUE(allowed) << key << " is not documented for " << event << ": " << line;
    }
    for (const auto& [key, f] : fields) {
      if (f.always.count("every line") || f.always.count(event)) {
        EXPECT_TRUE(line.contains(key)) << key << " is missing from " << line;
      }
    }
  }
}

std::vector<json> events_of(const std::vector<json>& lines, const std::string& event) {
  std::vector<json> out;
  for (const auto& l : lines)
    if (l.value("event", "") == event) out.push_back(l);
  return out;
}

// --log-format json: one object a line with the facts of each model and of the run as fields.
TEST_F(Output, JsonLogLinesCarryTheDocumentedFields) {
  auto r = starling({"--log-format", "json", "run"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto lines = json_lines(r.err);
  check_log_lines(lines);
  auto models = events_of(lines, "model_finished");
  ASSERT_EQ(models.size(), 2u) << r.err;
  auto run = events_of(lines, "run_finished");
  ASSERT_EQ(run.size(), 1u) << r.err;
  long long run_id = std::stoll(db.scalar("SELECT max(run_id) FROM starling.runs"));
  EXPECT_EQ(run[0]["run_id"], run_id);
  EXPECT_EQ(run[0]["command"], "run");
  EXPECT_EQ(run[0]["status"], "success");
  EXPECT_EQ(run[0]["models_ok"], 2);
  EXPECT_EQ(run[0]["models_failed"], 0);
  EXPECT_EQ(models[0]["model"], "dim_customers");
  EXPECT_EQ(models[0]["run_id"], run_id);
  EXPECT_EQ(models[0]["status"], "success");
  // the ledger's numbers, field by field
  for (const auto& m : models) {
    std::string name = m["model"];
    EXPECT_EQ(std::to_string(m["inserted"].get<long long>()) + " " +
                  std::to_string(m["updated"].get<long long>()) + " " +
                  std::to_string(m["deleted"].get<long long>()),
              db.scalar("SELECT rows_inserted || ' ' || rows_updated || ' ' || rows_deleted FROM "
                        "starling.model_runs WHERE model = '" +
                        name + "'"))
        << name;
  }
  EXPECT_EQ(run[0]["inserted"],
            models[0]["inserted"].get<long long>() + models[1]["inserted"].get<long long>());

  // a model that fails: model_failed with its error, and the run failed with why
  db.exec("ALTER TABLE app.orders RENAME COLUMN amount TO amount_before");
  auto f = starling({"--log-format", "json", "run"});
  EXPECT_EQ(f.exit_code, 1) << f.err;
  auto failed_lines = json_lines(f.err);
  check_log_lines(failed_lines);
  auto failed = events_of(failed_lines, "model_failed");
  ASSERT_EQ(failed.size(), 1u) << f.err;
  EXPECT_EQ(failed[0]["model"], "fct_orders");
  EXPECT_EQ(failed[0]["level"], "error");
  EXPECT_NE(failed[0]["error"].get<std::string>().find("column \"amount\" does not exist"),
            std::string::npos)
      << failed[0];
  auto summary = events_of(failed_lines, "run_finished");
  ASSERT_EQ(summary.size(), 1u);
  EXPECT_EQ(summary[0]["status"], "failed");
  EXPECT_EQ(summary[0]["error"], "1 model failed");

  // a command that cannot start: command_failed, the error as a field
  auto bad = starling({"--log-format", "json", "--target", "nope", "run"});
  EXPECT_EQ(bad.exit_code, 2);
  auto bad_lines = json_lines(bad.err);
  check_log_lines(bad_lines);
  auto ended = events_of(bad_lines, "command_failed");
  ASSERT_EQ(ended.size(), 1u) << bad.err;
  EXPECT_EQ(ended[0]["error"], "no target named 'nope' in config.yaml (targets: test)");
}

// status --json: timestamps with their offset, watermarks as objects, every field as documented.
TEST_F(Output, StatusJsonMatchesItsDocumentedSchema) {
  ASSERT_EQ(starling({"run"}).exit_code, 0);
  ASSERT_EQ(starling({"freshness"}).exit_code, 0);
  auto s = starling({"status", "--json"});
  ASSERT_EQ(s.exit_code, 0) << s.err;
  json j = json::parse(s.out);
  std::map<std::string, std::string> documented;
  for (const auto& row : documented_table("### status --json")) documented[row[0]] = row[1];
  std::set<std::string> seen;
  std::function<void(const json&, const std::string&)> walk = [&](const json& v,
                                                                  const std::string& path) {
    if (!path.empty()) {
      seen.insert(path);
      auto d = documented.find(path);
      if (d == documented.end())
        ADD_FAILURE() << path << " is not documented";
      else
        EXPECT_TRUE(of_type(v, d->second)) << path << " is not " << d->second << ": " << v;
    }
    std::string prefix = path.empty() ? "" : path + ".";
    if (v.is_array())
      for (const auto& e : v) walk(e, path + "[]");
    else if (v.is_object())
      for (const auto& [k, e] : v.items())
        walk(e, path == "models[].watermarks" ? path + ".*" : prefix + k);
  };
  walk(j, "");
  for (const auto& [path, type] : documented)
    EXPECT_TRUE(seen.count(path)) << path << " is documented but not in the output:\n" << s.out;
  // the facts themselves, in UTC although the project's zone is Berlin's: a watermark is the
  // newest _loaded_at read
  EXPECT_EQ(j["timezone"], "Europe/Berlin");
  std::string started = j["runs"][0]["started_at"];
  EXPECT_EQ(started, db.scalar("SELECT to_char(started_at AT TIME ZONE 'UTC', "
                               "'YYYY-MM-DD\"T\"HH24:MI:SS\"+00:00\"') FROM starling.runs ORDER "
                               "BY run_id DESC LIMIT 1"));
  const json& dim = j["models"][0];
  EXPECT_EQ(dim["model"], "dim_customers");
  ASSERT_TRUE(dim["watermarks"].is_object()) << dim;
  std::string mark = dim["watermarks"]["app.customers"];
  EXPECT_EQ(mark, db.scalar("SELECT to_char(max(_loaded_at) AT TIME ZONE 'UTC', "
                            "'YYYY-MM-DD\"T\"HH24:MI:SS\"+00:00\"') FROM app.customers"));
}

// Runs the binary with stdout and stderr on a pipe nobody reads (its read end closed before the
// process starts, as `starling run | head` leaves it once head is done). SIGPIPE as a shell leaves
// it: the default, which ends the process.
int run_into_a_closed_pipe(const std::vector<std::string>& args) {
  int fds[2];
  if (pipe(fds) != 0) return -1;
  close(fds[0]);
  pid_t pid = fork();
  if (pid == 0) {
    signal(SIGPIPE, SIG_DFL);
    dup2(fds[1], STDOUT_FILENO);
    dup2(fds[1], STDERR_FILENO);
    close(fds[1]);
    std::vector<std::string> copy = args;
    std::vector<char*> argv;
    std::string bin = STARLING_BINARY;
    argv.push_back(bin.data());
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(bin.c_str(), argv.data());
    _exit(127);
  }
  close(fds[1]);
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// Bug 5: `starling run | head` killed the run part-way at its first line once head had exited.
TEST_F(Output, AClosedPipeDoesNotStopARun) {
  for (const char* format : {"text", "json"}) {
    db.exec("INSERT INTO app.customers (id, name) SELECT max(id) + 1, 'new' FROM app.customers");
    EXPECT_EQ(
        run_into_a_closed_pipe({"--project", dir.path(), "--log-format", format, "-v", "run"}), 0)
        << format;
    EXPECT_EQ(db.scalar("SELECT status FROM starling.runs ORDER BY run_id DESC LIMIT 1"), "success")
        << format;
    EXPECT_EQ(db.scalar("SELECT string_agg(model || ' ' || status, ', ' ORDER BY model) FROM "
                        "starling.model_runs WHERE run_id = (SELECT max(run_id) FROM "
                        "starling.runs)"),
              "dim_customers success, fct_orders success")
        << format;
  }
  // 1 and 2, then 3 (inferred from an order first) and 4
  EXPECT_EQ(db.scalar("SELECT count(*) FROM warehouse.dim_customers WHERE customer_sk > 0"), "4");
  // the commands that print to stdout
  EXPECT_EQ(run_into_a_closed_pipe({"--project", dir.path(), "status"}), 0);
  EXPECT_EQ(run_into_a_closed_pipe({"--project", dir.path(), "status", "--json"}), 0);
  EXPECT_EQ(run_into_a_closed_pipe({"--project", dir.path(), "plan", "--sql"}), 0);
  EXPECT_EQ(run_into_a_closed_pipe({"--project", dir.path(), "freshness"}), 0);
}

// Password masking missed forms libpq accepts (`password=Hunter2\ SecretPw` printed as
// `password=*** SecretPw`; an unencoded '@' in a URI password showed its tail): no form shows any
// part of its password, in text or JSON logs or in the error.
TEST(PasswordMasking, NoFormLibpqAcceptsShowsItsPassword) {
  struct Case {
    const char* name;
    std::string dsn;
    std::vector<std::string> secrets;
  } cases[] = {
      {"backslash escape",
       R"(host=127.0.0.1 port=1 connect_timeout=2 user=bob password=Hunter2\ SecretPw)",
       {"Hunter2", "SecretPw"}},
      {"quoted",
       R"(host=127.0.0.1 port=1 connect_timeout=2 password='Quoted \'Secret\' 9')",
       {"Quoted", "Secret"}},
      {"uri", "postgresql://bob:UriSecret9@127.0.0.1:1/x?connect_timeout=2", {"UriSecret9"}},
      {"postgres://", "postgres://bob:UriSecret9@127.0.0.1:1/x?connect_timeout=2", {"UriSecret9"}},
      {"percent-encoded",
       "postgresql://bob:Pct%20Secret%2F9@127.0.0.1:1/x?connect_timeout=2",
       {"Pct", "Secret", "%2F9"}},
      {"unencoded @",
       "postgresql://bob:FirstPart@TailSecret9@127.0.0.1:1/x?connect_timeout=2",
       {"FirstPart", "TailSecret9"}},
      {"?password=",
       "postgresql://127.0.0.1:1/x?user=bob&password=QuerySecret9&connect_timeout=2",
       {"QuerySecret9"}},
      {"several hosts",
       "postgresql://bob:MultiSecret9@127.0.0.1:1,127.0.0.1:2/x?connect_timeout=2",
       {"MultiSecret9"}},
      {"several hosts (keywords)",
       "host=127.0.0.1,127.0.0.1 port=1,2 connect_timeout=2 password=KwMultiSecret9",
       {"KwMultiSecret9"}},
      {"unparsable", "host=127.0.0.1 port=1 password BrokenSecret9", {"BrokenSecret9"}},
  };
  TempDir dir;
  write_text(dir / "config.yaml", config_for("${STARLING_DSN}"));
  for (const auto& c : cases)
    for (const char* format : {"text", "json"})
      for (const char* command : {"run", "status"}) {
        auto r = run_starling({"--project", dir.path(), "--log-format", format, command},
                              {{"STARLING_DSN", c.dsn}});
        std::string what = std::string(c.name) + " (" + format + ", " + command + ")";
        EXPECT_EQ(r.exit_code, 4) << what << "\n" << r.err;
        EXPECT_NE(r.err.find("cannot connect to target 'test' ("), std::string::npos)
            << what << "\n"
            << r.err;
        for (const auto& s : c.secrets)
          EXPECT_EQ((r.out + r.err).find(s), std::string::npos)
              << what << ": '" << s << "' shows in\n"
              << r.err;
        if (std::string(format) == "json") json_lines(r.err);
      }
}

// After a database restart the dying run said `during finish run: Could not obtain client
// encoding: not connected` (the step after the one that lost the connection, in libpqxx's words).
// A run whose connection is cut names the model and the statement, in starling's words, exit 4.
TEST_F(Output, ALostConnectionNamesTheModelAndStatement) {
  write_text(dir / "models/dim_slow.yaml", R"Y(kind: dimension
sql: |
  WITH pause AS (SELECT pg_sleep(30))
  SELECT c.id AS slow_id, c.name FROM {{ source('app','customers') }} c, pause
key: slow_id
columns:
  slow_id: {type: bigint}
  name: {type: text}
)Y");
  TempDir tmp;
  pid_t pid = fork();
  if (pid == 0) {
    if (!freopen((tmp / "err").c_str(), "w", stderr)) _exit(127);
    // (the sanitized build) libpqxx's own leak of the broken connection's result is not ours
    std::string supp = std::string("suppressions=") + STARLING_TESTS_DIR +
                       "/support/lsan_libpqxx.supp:print_suppressions=0";
    setenv("LSAN_OPTIONS", supp.c_str(), 1);
    std::string bin = STARLING_BINARY, p = "--project", d = dir.path(), run = "run", m = "dim_slow";
    char* argv[] = {bin.data(), p.data(), d.data(), run.data(), m.data(), nullptr};
    execv(bin.c_str(), argv);
    _exit(127);
  }
  // the connection goes away while the model's statement runs (as in a restart), from outside
  std::string killed;
  for (int i = 0; i < 200 && killed != "t"; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    killed = db.scalar(
        "SELECT coalesce(bool_or(pg_terminate_backend(pid)), false) FROM pg_stat_activity WHERE "
        "application_name LIKE 'starling%' AND datname = current_database() AND state = "
        "'active' AND query LIKE '%pg_sleep(30)%' AND pid <> pg_backend_pid()");
  }
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_EQ(killed, "t");
  std::string err = read_text(tmp / "err");
  EXPECT_EQ(WIFEXITED(status) ? WEXITSTATUS(status) : -1, 4) << err;
  std::regex said(
      R"(^error: model dim_slow: lost the connection to target 'test' \([^\n]*\) during [^\n]*dim_slow[^\n]*: (terminating connection due to administrator command \[SQLSTATE 57P01\]|the server closed the connection or the network failed) \(a restart or a network failure ends a run so; the next run goes on from what was committed\)\n$)");
  EXPECT_TRUE(std::regex_match(err, said)) << err;
  for (const char* libpqxx : {"finish run", "client encoding", "not connected", "pqxx"})
    EXPECT_EQ(err.find(libpqxx), std::string::npos) << libpqxx << " in " << err;
}

// The same in-process, cut by the fault-injecting executor at every statement of a run in turn:
// the error that ends the run is the cut itself (the step it happened in, and the model when one
// was building), never a later step that found the connection gone ("... before finish run").
TEST_F(Output, ACutConnectionIsReportedWhereItHappened) {
  std::string cfg = read_text(dir / "config.yaml");
  cfg.replace(cfg.find(db.dsn()), db.dsn().size(), "${STARLING_DSN}");
  write_text(dir / "config.yaml", cfg);
  LoadedProject lp(dir.path(), "test", db.dsn());
  std::set<std::string> models_named;
  bool finished = false;
  for (long long at = 1; at < 400 && !finished; ++at) {
    auto real = connect_postgres(db.dsn(), "test", std::nullopt);
    FaultyExecutor e(*real, at);
    RunOptions o;
    o.models = lp.graph.order;
    try {
      lp.runner(e).run(o);
      finished = !e.failed();
    } catch (const Error& err) {
      ASSERT_TRUE(e.failed()) << err.describe();
      EXPECT_EQ(err.category(), ErrorCategory::unreachable) << err.describe();
      EXPECT_EQ(err.message().rfind("injected fault at statement " + std::to_string(at) + " (", 0),
                0u)
          << "cut at " << at << ": " << err.describe();
      // a cut while a model builds names it ("model fct_orders: ... (check for NULL keys)")
      if (!err.model().empty()) models_named.insert(err.model());
    }
    if (!finished)
      db.exec("INSERT INTO app.orders (id, customer_id, amount) VALUES (" +
              std::to_string(100 + at) + ", 1, 1)");
  }
  EXPECT_TRUE(finished);
  EXPECT_EQ(models_named, (std::set<std::string>{"dim_customers", "fct_orders"}));
}

}  // namespace
}  // namespace starling::testing
