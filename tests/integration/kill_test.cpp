// kill -9 of the real `starling` process at random moments of `run`, of a first build (a
// backfill), of `rebuild` and of `migrate`, each followed by a normal run and compared, table by
// table and row for row, with a control database that was never interrupted. The comparison is
// its own SQL (not `verify`): every stored column, surrogate keys replaced by the natural keys
// they stand for (a killed transaction still uses up identity values).
//
// The suite kills a few times per command; STARLING_KILL_TRIALS=N kills N times each (a soak by
// hand), STARLING_KILL_SEED picks other moments.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <functional>
#include <random>
#include <thread>

#include "airbeds_gen.hpp"
#include "background.hpp"
#include "db/executor.hpp"
#include "project/shape.hpp"
#include "support/helpers.hpp"
#include "support/project.hpp"
#include "util/strings.hpp"

namespace starling::testing {
namespace {

int env_or(const char* name, int fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::atoi(v) : fallback;
}

// The start of the hour `hours` before now, UTC, as the generator's clock.
std::string hours_ago(int hours) {
  auto t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now()) - hours * 3600;
  t -= t % 3600;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
  return buf;
}

// A quoted identifier (the names here are the project's own, plain ones).
std::string q(const std::string& name) {
  return "\"" + name + "\"";
}

// One SELECT per model: its rows as text, sorted, each surrogate key of a dimension replaced by
// the dimension's natural key (and a dimension's own surrogate key left out).
std::map<std::string, std::string> canonical_rows_sql(const Project& p, const std::string& schema) {
  std::map<std::string, std::string> out;
  for (const auto& m : p.models) {
    std::vector<std::string> cols;
    for (const auto& c : stored_columns(m, p)) {
      if (c.role == ColumnRole::surrogate_key && m.kind == ModelKind::dimension) continue;
      std::string expr = "t." + q(c.name) + "::text";
      if (c.role == ColumnRole::reference) {
        for (const auto& r : m.references) {
          const Model* dim = p.model(r.dimension);
          if (r.column != c.name || !dim || dim->kind != ModelKind::dimension) continue;
          std::vector<std::string> keys;
          for (const auto& k : dim->key) keys.push_back("d." + q(k) + "::text");
          expr = "(SELECT concat_ws('/', " + join(keys, ", ") + ") FROM " + q(schema) + "." +
                 q(dim->name) + " d WHERE d." + q(surrogate_key_of(*dim)) + " = t." + q(c.name) +
                 ")";
        }
      }
      cols.push_back("coalesce(" + expr + ", 'NULL')");
    }
    out[m.name] = "SELECT concat_ws('|', " + join(cols, ", ") + ") AS r FROM " + q(schema) + "." +
                  q(m.name) + " t ORDER BY 1";
  }
  return out;
}

std::vector<std::string> rows_of(const std::string& dsn, const std::string& sql) {
  auto e = connect_postgres(dsn, "compare", std::nullopt);
  std::vector<std::string> out;
  for (const auto& row : e->execute({sql, {}, "compare"}).rows) out.push_back(row[0].value_or(""));
  return out;
}

// The first difference between the two databases' model tables, or "" when every table is equal;
// `rows` counts the rows compared.
std::string first_difference(const Project& p, const FreshDatabase& a, const FreshDatabase& b,
                             size_t& rows) {
  for (const auto& [model, sql] : canonical_rows_sql(p, "warehouse")) {
    auto x = rows_of(a.dsn(), sql), y = rows_of(b.dsn(), sql);
    rows += x.size();
    if (x == y) continue;
    std::string out =
        model + ": " + std::to_string(x.size()) + " rows against " + std::to_string(y.size());
    for (size_t i = 0; i < std::max(x.size(), y.size()); ++i) {
      std::string l = i < x.size() ? x[i] : "(none)", r = i < y.size() ? y[i] : "(none)";
      if (l != r) return out + "; first differing row: " + l + " against " + r;
    }
    return out;
  }
  return "";
}

// The Airbeds project copied to a folder (so a test can add a migration), with
// on_stale_source: warn, and two databases fed the same generated hours: a control that is never
// interrupted and a subject whose commands are killed.
class Kill : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* part : {"models", "migrations"})
      copy_tree(std::string(STARLING_SOURCE_DIR) + "/" + part, dir / part);
    std::string config = read_text(std::string(STARLING_SOURCE_DIR) + "/config.yaml");
    config.replace(config.find("on_stale_source: skip"), 21, "on_stale_source: warn");
    write_text(dir / "config.yaml", config);
    for (auto* db : {&control, &subject}) {
      auto m = cmd(*db, {"migrate"});
      ASSERT_EQ(m.exit_code, 0) << m.err;
      auto e = connect_postgres(db->dsn(), "generator", std::nullopt);
      e->execute({"SELECT set_config('TimeZone', 'UTC', false)", {}, "tz"});
      airbeds::setup(*e, 17, 1, hours_ago(36));
    }
    advance(24);
  }
  std::vector<std::string> args(std::vector<std::string> a) {
    a.insert(a.begin(), {"--project", dir.path(), "-q"});
    return a;
  }
  std::map<std::string, std::string> env(const FreshDatabase& db) {
    return {{"STARLING_DSN", db.dsn()}};
  }
  CommandResult cmd(const FreshDatabase& db, std::vector<std::string> a) {
    return run_starling(args(std::move(a)), env(db));
  }
  void advance(int hours) {
    for (auto* db : {&control, &subject}) {
      auto e = connect_postgres(db->dsn(), "generator", std::nullopt);
      e->execute({"SELECT set_config('TimeZone', 'UTC', false)", {}, "tz"});
      airbeds::advance(*e, hours);
    }
  }
  // Runs `a` on the control (timed) and, on the subject, kills it after a random share of that
  // time; returns whether the kill came before the command ended by itself.
  bool kill_during(std::vector<std::string> a, std::mt19937& rng) {
    auto t0 = std::chrono::steady_clock::now();
    auto c = cmd(control, a);
    EXPECT_EQ(c.exit_code, 0) << c.err;
    long long took = ms_since(t0);
    // before its end, mostly: the process takes a moment longer than the control to start
    long long at = static_cast<long long>(rng() % static_cast<unsigned>(took * 9 / 10 + 1));
    // the child's environment: STARLING_DSN of the subject
    setenv("STARLING_DSN", subject.dsn().c_str(), 1);
    BackgroundStarling b(args(a));
    unsetenv("STARLING_DSN");
    std::this_thread::sleep_for(std::chrono::milliseconds(at));
    bool killed = !b.ended();
    b.kill9();
    std::cout << "  " << a[0] << ": killed at " << at << " of " << took << " ms"
              << (killed ? "" : " (it had ended)") << std::endl;
    return killed;
  }
  // The subject after a normal run, equal to the control after one, table by table.
  void expect_equal_after_a_run(const std::string& what) {
    auto r = cmd(subject, {"run"});
    ASSERT_EQ(r.exit_code, 0) << what << ": " << r.err;
    auto c = cmd(control, {"run"});
    ASSERT_EQ(c.exit_code, 0) << what << ": " << c.err;
    LoadedProject lp(dir.path(), "dev", subject.dsn());
    size_t rows = 0;
    EXPECT_EQ(first_difference(lp.project, control, subject, rows), "") << what;
    EXPECT_GT(rows, 1000u) << what;
    compared += rows;
    EXPECT_EQ(subject.scalar("SELECT count(*) FROM starling.runs WHERE status = 'running'"), "0")
        << what;
  }
  // Both databases built once, uninterrupted.
  void build_both() {
    for (auto* db : {&control, &subject}) {
      auto r = cmd(*db, {"run"});
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
  }
  // `trials` times: `before(i)`, then `command` timed on the control and killed on the subject,
  // then a normal run on both and the comparison.
  void kill_trials(const std::string& what, const std::vector<std::string>& command,
                   const std::function<void(int)>& before) {
    int kills = 0;
    for (int i = 0; i < trials; ++i) {
      before(i);
      if (kill_during(command, rng)) ++kills;
      expect_equal_after_a_run(what + ", trial " + std::to_string(i));
    }
    std::cout << what << " killed: " << kills << " of " << trials << ", " << compared
              << " rows compared with the control" << std::endl;
  }
  TempDir dir;
  FreshDatabase control, subject;
  int trials = env_or("STARLING_KILL_TRIALS", 2);
  size_t compared = 0;  // rows compared with the control
  std::mt19937 rng{static_cast<unsigned>(env_or("STARLING_KILL_SEED", 7))};
};

TEST_F(Kill, AFirstBuildKilledAnywhereEndsEqualToOneNeverInterrupted) {
  kill_trials("first builds", {"run"}, [&](int i) {
    // a first build each time: the model tables and what the ledger knows of them go (on the
    // control too), the applied migrations stay
    if (i > 0)
      for (auto* db : {&control, &subject})
        db->exec(
            "DROP SCHEMA warehouse CASCADE; DELETE FROM starling.built_periods; DELETE FROM "
            "starling.watermarks; DELETE FROM starling.models; DELETE FROM "
            "starling.repeatable_migrations");
  });
}

TEST_F(Kill, AnHourlyRunKilledAnywhereEndsEqualToOneNeverInterrupted) {
  build_both();
  kill_trials("hourly runs", {"run"}, [&](int) { advance(2); });
  // the comparison sees a fact pointing at another member, though every value but the key is equal
  subject.exec(
      "UPDATE warehouse.fct_bookings SET guest_sk = (SELECT max(user_sk) FROM warehouse.dim_users) "
      "WHERE booking_id = (SELECT min(booking_id) FROM warehouse.fct_bookings WHERE guest_sk <> "
      "(SELECT max(user_sk) FROM warehouse.dim_users))");
  size_t rows = 0;
  LoadedProject lp(dir.path(), "dev", subject.dsn());
  EXPECT_EQ(first_difference(lp.project, control, subject, rows).rfind("fct_bookings: ", 0), 0u);
}

TEST_F(Kill, ARebuildKilledAnywhereEndsEqualToOneNeverInterrupted) {
  build_both();
  kill_trials("rebuilds", {"rebuild", "--all"}, [&](int) { advance(1); });
  EXPECT_EQ(subject.scalar("SELECT count(*) FROM pg_namespace WHERE nspname LIKE '%\\_\\_%'"), "0");
}

TEST_F(Kill, AMigrateKilledAnywhereEndsEqualToOneNeverInterrupted) {
  build_both();
  kill_trials("migrations", {"migrate"}, [&](int i) {
    // a migration with some work in it, and a change to a source the models read
    std::string n = std::to_string(100 + i);
    write_text(
        dir / ("migrations/0" + n + "_kill.sql"),
        "CREATE TABLE app.kill_" + n +
            " AS SELECT g FROM generate_series(1, 300000) g;\n"
            "CREATE INDEX ON app.kill_" +
            n + " (g);\nUPDATE app.users SET plan = 'pro', _loaded_at = now() WHERE id % 7 = 0;\n");
  });
  const std::string applied =
      "SELECT string_agg(name || ':' || checksum, ',' ORDER BY name) FROM "
      "starling.schema_migrations";
  EXPECT_EQ(subject.scalar(applied), control.scalar(applied));
  EXPECT_EQ(subject.scalar("SELECT count(*) FROM app.kill_100"), "300000");
}

}  // namespace
}  // namespace starling::testing
