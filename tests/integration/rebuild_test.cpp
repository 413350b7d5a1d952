// Model changes, rebuilds and restatements (SPEC §4 rebuild/restate, §6.5–6.6), against the real
// PostgreSQL: additive changes applied by run, breaking ones refused, rebuilds swapped in whole or
// not at all (failing tests, kills at random statements), dashboard views and grants kept, readers
// never seeing a partial table.
#include <gtest/gtest.h>

#include <atomic>
#include <random>
#include <regex>
#include <thread>

#include "db/executor.hpp"
#include "loader/loader.hpp"
#include "project/check.hpp"
#include "run/runner.hpp"
#include "support/fixtures.hpp"
#include "support/helpers.hpp"
#include "support/project.hpp"
#include "util/error.hpp"

namespace starling::testing {
namespace {

const std::string k_sources = app_source({"users", "orders", "events"});

const std::string k_migration = users_orders_tables(
    "text", "text",
    "CREATE TABLE app.events (id bigint PRIMARY KEY, user_id bigint, at timestamptz,\n"
    "                         _loaded_at timestamptz NOT NULL DEFAULT now());\n");

const std::string k_dim = users_dim();

const char* k_daily = R"Y(kind: fact
sql: |
  SELECT user_id, (at AT TIME ZONE 'UTC')::date AS day, count(*) AS events,
         count(*) FILTER (WHERE extract(hour FROM at) < 12) AS morning_events
  FROM {{ source('app','events') }}
  WHERE at >= {{ start }} AND at < {{ end }}
  GROUP BY 1, 2
grain: [user_id, day]
references:
  user_sk: {dimension: dim_users, key: user_id, on_missing: unknown}
columns:
  day: {type: date}
measures:
  events: {type: integer, default: 0}
incremental:
  strategy: period
  time: day
  period: day
  lookback: 1
  start: 2025-01-01
  batch: 400
)Y";

class Rebuild : public ::testing::Test {
 protected:
  void SetUp() override {
    // roles belong to the whole cluster, which tests share: one of its own
    reader = db.name() + "_reader";
    write_text(dir / "config.yaml", config_for(db.dsn(), k_sources));
    write_text(dir / "migrations/0001_app.sql", with_reader(k_migration));
    write_text(dir / "migrations/R__views.sql", with_reader(k_user_orders_views));
    write_text(dir / "models/dim_users.yaml", k_dim);
    write_text(dir / "models/fct_orders.yaml", k_user_orders_fact);
    write_text(dir / "models/fct_daily.yaml", k_daily);
    ASSERT_EQ(cmd({"migrate"}).exit_code, 0);
    db.exec(
        "INSERT INTO app.users VALUES (1, 'ada', 'gold'), (2, 'bob', 'silver'), (3, 'cy', 'gold');"
        "INSERT INTO app.orders VALUES (10, 1, 5.00), (11, 2, 7.50), (12, 1, 1.25), (13, 4, 2.00);"
        "INSERT INTO app.events SELECT g, 1 + g % 3, timestamptz '2025-01-01 00:00:00+00' + g * "
        "interval '37 minutes' FROM generate_series(1, 400) g;");
    auto r = cmd({"run"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    db.exec("GRANT SELECT ON warehouse.fct_orders TO " + reader);
  }
  std::string with_reader(std::string text) {
    for (auto at = text.find("READER"); at != std::string::npos; at = text.find("READER"))
      text.replace(at, 6, reader);
    return text;
  }
  void TearDown() override {
    db.exec("DROP OWNED BY " + reader + "; DROP ROLE IF EXISTS " + reader);
  }
  CommandResult cmd(std::vector<std::string> args) {
    args.insert(args.begin(), {"--project", dir.path()});
    return run_starling(args);
  }
  void edit(const std::string& file, const std::string& from, const std::string& to) {
    std::string text = read_text(dir / file);
    auto at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
    write_text(dir / file, text);
  }
  // every row of the live model tables, surrogate keys included, and the tables' identities
  std::string live_state() {
    return db.scalar(
        "SELECT md5(string_agg(x, '|' ORDER BY x)) FROM ("
        " SELECT 'u' || t::text AS x FROM warehouse.dim_users t UNION ALL"
        " SELECT 'o' || t::text FROM warehouse.fct_orders t UNION ALL"
        " SELECT 'd' || t::text FROM warehouse.fct_daily t UNION ALL"
        " SELECT 'c' || c.oid::text || c.relname FROM pg_class c"
        "   JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'warehouse' UNION ALL"
        " SELECT 'm' || m::text FROM starling.models m UNION ALL"
        " SELECT 'w' || w::text FROM starling.watermarks w UNION ALL"
        " SELECT 'p' || p::text FROM starling.built_periods p) s");
  }
  std::string leftovers() {
    return db.scalar(
        "SELECT coalesce(string_agg(nspname, ','), '') FROM pg_namespace WHERE nspname LIKE "
        "'%\\_\\_rebuild' OR nspname LIKE '%\\_\\_retired'");
  }
  FreshDatabase db;
  TempDir dir;
  std::string reader;
};

TEST_F(Rebuild, AnAdditiveColumnIsAddedAndBackfilledByRun) {
  edit("models/dim_users.yaml", "  tier: {type: text}\n",
       "  tier: {type: text}\n  is_gold: {type: boolean, expr: \"tier = 'gold'\"}\n");
  auto plan = cmd({"plan"});
  EXPECT_NE(plan.out.find("table exists; additive change (new column is_gold): run applies it"),
            std::string::npos)
      << plan.out;
  auto r = cmd({"run"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(db.scalar("SELECT string_agg(user_id || ':' || is_gold, ',' ORDER BY user_id) FROM "
                      "warehouse.dim_users WHERE user_sk > 0 AND NOT is_inferred"),
            "1:true,2:false,3:true");
  EXPECT_NE(db.scalar("SELECT message FROM starling.model_runs WHERE model = 'dim_users' ORDER BY "
                      "run_id DESC LIMIT 1")
                .find("applied additive: new column is_gold"),
            std::string::npos);
  // the new definition is recorded: nothing changes on the next run
  EXPECT_EQ(cmd({"plan"}).out.find("change"), std::string::npos);
  EXPECT_EQ(cmd({"verify"}).exit_code, 0);
}

// The unknown member gets the new column's value as a first build writes it ('Unknown' for text),
// not the NULL every row starts with: verify stays clean.
TEST_F(Rebuild, AnAdditiveColumnGivesTheUnknownMemberItsValue) {
  edit("models/dim_users.yaml", "  tier: {type: text}\n",
       "  tier: {type: text}\n  tier_upper: {type: text, expr: upper(tier)}\n");
  auto r = cmd({"run"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(db.scalar("SELECT tier_upper FROM warehouse.dim_users WHERE user_sk = -1"), "Unknown");
  auto v = cmd({"verify"});
  EXPECT_EQ(v.exit_code, 0) << v.out << v.err;
}

TEST_F(Rebuild, ANewMeasureIsBackfilledOverEveryPeriod) {
  edit("models/fct_daily.yaml", "  events: {type: integer, default: 0}\n",
       "  events: {type: integer, default: 0}\n  morning_events: {type: integer, default: 0}\n");
  auto r = cmd({"run"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // every built day got its value, not only the lookback
  EXPECT_EQ(db.scalar("SELECT sum(morning_events) FROM warehouse.fct_daily"),
            db.scalar("SELECT count(*) FROM app.events WHERE extract(hour FROM at AT TIME ZONE "
                      "'UTC') < 12"));
  EXPECT_EQ(cmd({"verify"}).exit_code, 0);
}

TEST_F(Rebuild, ABreakingChangeIsRefusedNamingTheCommand) {
  std::string before = live_state();
  edit("models/dim_users.yaml", "SELECT id AS user_id, name,",
       "SELECT id AS user_id, upper(name) AS name,");
  auto plan = cmd({"plan"});
  EXPECT_NE(plan.out.find("breaking change (sql changed): run refuses it"), std::string::npos)
      << plan.out;
  EXPECT_NE(plan.out.find("`starling rebuild dim_users` rebuilds dim_users, fct_daily, "
                          "fct_orders beside the live tables"),
            std::string::npos)
      << plan.out;
  auto r = cmd({"run"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("dim_users: the model changed (breaking: sql changed); run `starling "
                       "rebuild dim_users` to rebuild it and everything downstream"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("fct_orders: skipped: upstream model dim_users did not build"),
            std::string::npos);
  EXPECT_EQ(live_state(), before);
}

TEST_F(Rebuild, RebuildSwapsTheModelAndItsDependantsKeepingViewsAndGrants) {
  edit("models/dim_users.yaml", "SELECT id AS user_id, name,",
       "SELECT id AS user_id, upper(name) AS name,");
  std::string old_oid = db.scalar("SELECT 'warehouse.fct_orders'::regclass::oid");
  auto r = cmd({"rebuild", "dim_users"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("rebuilding dim_users, fct_daily, fct_orders"), std::string::npos) << r.err;
  EXPECT_NE(db.scalar("SELECT 'warehouse.fct_orders'::regclass::oid"), old_oid);
  EXPECT_EQ(db.scalar("SELECT string_agg(name, ',' ORDER BY name) FROM warehouse.dim_users WHERE "
                      "user_sk > 0"),
            "ADA,BOB,CY");  // and the inferred member of user 4, with no name
  // the dashboard view reads the new tables, and every grant survived the swap
  EXPECT_EQ(db.scalar("SELECT string_agg(name || '=' || amount, ',' ORDER BY name) FROM "
                      "warehouse.v_user_orders"),
            "ADA=6.25,BOB=7.50");
  EXPECT_EQ(db.scalar("SELECT has_table_privilege('" + reader +
                      "', 'warehouse.v_user_orders', 'SELECT') AND has_table_privilege('" + reader +
                      "', 'warehouse.fct_orders', 'SELECT')"),
            "t");
  EXPECT_EQ(leftovers(), "");
  // the ledger: the rebuild and its models, and the new definitions, so run goes on from there
  EXPECT_EQ(db.scalar("SELECT string_agg(model || ':' || status, ',' ORDER BY model) FROM "
                      "starling.model_runs WHERE run_id = (SELECT max(run_id) FROM starling.runs "
                      "WHERE command = 'rebuild')"),
            "dim_users:success,fct_daily:success,fct_orders:success");
  db.exec("INSERT INTO app.orders VALUES (14, 3, 4.00)");
  auto again = cmd({"run"});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(db.scalar("SELECT amount FROM warehouse.v_user_orders WHERE name = 'CY'"), "4.00");
  EXPECT_EQ(cmd({"verify"}).exit_code, 0);
}

TEST_F(Rebuild, AFailingTestLeavesEverythingLiveAsItWas) {
  std::string before = live_state();
  std::string health = db.scalar(
      "SELECT string_agg(name || ':' || status, ',' ORDER BY name) FROM starling.pipeline_health");
  edit("models/dim_users.yaml", "SELECT id AS user_id, name,",
       "SELECT id AS user_id, CASE WHEN id = 2 THEN NULL ELSE name END AS name,");
  auto r = cmd({"rebuild", "dim_users"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("test not_null name failed: 1 row"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("the live tables are as they were"), std::string::npos) << r.err;
  EXPECT_EQ(live_state(), before);
  EXPECT_EQ(db.scalar("SELECT string_agg(name || ':' || status, ',' ORDER BY name) FROM "
                      "starling.pipeline_health"),
            health);
  EXPECT_EQ(leftovers(), "");
  EXPECT_EQ(db.scalar("SELECT status FROM starling.runs ORDER BY run_id DESC LIMIT 1"), "failed");
}

TEST_F(Rebuild, AViewOutsideTheRepeatableMigrationsStopsTheRebuild) {
  db.exec("CREATE VIEW warehouse.v_adhoc AS SELECT count(*) FROM warehouse.fct_orders");
  std::string before = live_state();
  auto r = cmd({"rebuild", "fct_orders"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("view warehouse.v_adhoc reads a rebuilt table and no R__ migration "
                       "recreates it"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(live_state(), before);
  EXPECT_EQ(db.scalar("SELECT count FROM warehouse.v_adhoc"), "4");
}

TEST_F(Rebuild, AKilledRebuildLeavesTheLiveTablesAndTheNextRunCleansUp) {
  LoadedProject lp(dir.path(), "test", db.dsn());
  RunOptions o;
  o.models = lp.graph.order;
  auto rebuild = [&](long long fail_at) {
    return lp.with_connection_cut_at(db.dsn(), fail_at, [&](Runner& r) { r.rebuild(o); });
  };
  long long statements = rebuild(1LL << 40);  // one whole rebuild, to count its statements
  ASSERT_GT(statements, 20);
  std::string before = live_state();
  std::mt19937 rng(42);
  int cuts = 0;
  for (int i = 0; i < 12; ++i) {
    // the last two statements come after the commit that swaps the tables in: the rebuild's
    // record, then the run lock given back. A cut there finds the rebuild done, so the cuts fall
    // at the commit or before it
    long long at = 1 + static_cast<long long>(rng() % (statements - 2));
    ASSERT_EQ(rebuild(at), -1) << "cut at " << at << " of " << statements;
    ++cuts;
    EXPECT_EQ(live_state(), before) << "cut at statement " << at << " of " << statements;
    EXPECT_EQ(db.scalar("SELECT count(*) FROM warehouse.v_user_orders"), "3");
  }
  EXPECT_EQ(leftovers(), "");
  auto r = cmd({"run"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(cmd({"verify"}).exit_code, 0);
  std::cout << "killed rebuild: " << cuts << " cuts among " << statements << " statements\n";
}

TEST_F(Rebuild, AConcurrentReaderIsBlockedOnlyByTheSwapAndNeverSeesAPartialTable) {
  // enough rows that a rebuild takes a while
  db.exec(
      "INSERT INTO app.users SELECT g, 'user' || g, 'gold' FROM generate_series(100, 20099) g;"
      "INSERT INTO app.orders SELECT g, 100 + g % 20000, 1.00 FROM generate_series(100, 200099) "
      "g;");
  ASSERT_EQ(cmd({"run"}).exit_code, 0);
  std::string expected =
      db.scalar("SELECT count(*) || '/' || sum(amount) FROM warehouse.fct_orders");
  std::atomic<bool> stop{false};
  std::atomic<long long> worst_ms{0}, reads{0}, wrong{0};
  std::string wrong_value;
  std::thread reader([&] {
    auto e = connect_postgres(db.dsn(), "reader", std::nullopt);
    while (!stop) {
      auto t0 = std::chrono::steady_clock::now();
      auto v = e->execute(
                    {"SELECT count(*) || '/' || sum(amount) FROM warehouse.fct_orders", {}, "read"})
                   .scalar();
      long long ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::steady_clock::now() - t0)
                         .count();
      if (ms > worst_ms) worst_ms = ms;
      ++reads;
      if (v.value_or("") != expected) {
        ++wrong;
        wrong_value = v.value_or("NULL");
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  auto r = cmd({"rebuild", "--all"});
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  stop = true;
  reader.join();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::smatch mt;
  ASSERT_TRUE(std::regex_search(r.err, mt, std::regex("swapped 3 tables in (\\d+) ms"))) << r.err;
  long long swap_ms = std::stoll(mt[1]);
  EXPECT_EQ(wrong, 0) << "a reader saw " << wrong_value << " instead of " << expected;
  EXPECT_GT(reads, 20);
  // a read takes some milliseconds by itself; blocked, it waits for the swap at most
  EXPECT_LE(worst_ms, swap_ms + 1000) << "swap " << swap_ms << " ms";
  std::cout << "concurrent reader: " << reads << " reads during a rebuild, longest " << worst_ms
            << " ms; the swap took " << swap_ms << " ms\n";
}

// Regression: the swap queued for its lock behind one long reader for up to 5 s per try, and every
// reader of a dashboard that came after waited behind the swap.
TEST_F(Rebuild, TheSwapNeverMakesAnotherReaderWaitBehindIt) {
  // a dashboard query holding fct_orders for 3 s
  std::atomic<bool> reading{false}, stop{false};
  std::thread long_reader([&] {
    auto e = connect_postgres(db.dsn(), "long reader", std::nullopt);
    e->begin();
    e->execute({"SELECT count(*) FROM warehouse.fct_orders", {}, "read"});
    reading = true;
    std::this_thread::sleep_for(std::chrono::seconds(3));
    e->commit();
  });
  // another dashboard, reading all along, each read timed
  std::atomic<long long> worst_ms{0}, reads{0};
  std::thread reader([&] {
    auto e = connect_postgres(db.dsn(), "reader", std::nullopt);
    while (!stop) {
      auto t0 = std::chrono::steady_clock::now();
      e->execute({"SELECT count(*) FROM warehouse.fct_orders", {}, "read"});
      long long ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::steady_clock::now() - t0)
                         .count();
      if (ms > worst_ms) worst_ms = ms;
      ++reads;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  });
  while (!reading) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  auto r = cmd({"rebuild", "fct_orders"});
  stop = true;
  long_reader.join();
  reader.join();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("warn: the swap waits for readers of the live tables (lock the live "
                       "tables for the swap failed: canceling statement due to lock timeout); "
                       "trying again every 250 ms, 240 tries at most\n"),
            std::string::npos)
      << r.err;
  std::smatch mt;
  ASSERT_TRUE(
      std::regex_search(r.err, mt, std::regex("swapped 1 table in (\\d+) ms \\(try (\\d+)\\)")))
      << r.err;
  long long swap_ms = std::stoll(mt[1]);
  EXPECT_GT(std::stoi(mt[2]), 2);
  // the documented bound: 0.2 s behind a try that waits for the long reader, or the successful
  // swap itself (a read takes some milliseconds by itself, more on a loaded machine); it was 5 s
  EXPECT_LE(worst_ms, std::max(200LL, swap_ms) + 300) << "swap " << swap_ms << " ms";
  EXPECT_GT(reads, 20);
  EXPECT_EQ(db.scalar("SELECT count(*) FROM warehouse.v_user_orders"), "3");
  EXPECT_EQ(leftovers(), "");
  EXPECT_EQ(cmd({"verify"}).exit_code, 0);
  std::cout << "a reader during a swap held up by a long reader: " << reads << " reads, longest "
            << worst_ms << " ms; the swap took " << swap_ms << " ms\n";
}

TEST_F(Rebuild, TheSwapFailsCleanWhenAReaderHoldsATableThroughAllItsTries) {
  std::atomic<bool> reading{false}, done{false};
  std::thread long_reader([&] {
    auto e = connect_postgres(db.dsn(), "long reader", std::nullopt);
    e->begin();
    e->execute({"SELECT count(*) FROM warehouse.dim_users", {}, "read"});
    reading = true;
    while (!done) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    e->commit();
  });
  while (!reading) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  std::string before = live_state();
  LoadedProject lp(dir.path(), "test", db.dsn());
  auto e = connect_postgres(db.dsn(), "test", std::nullopt);
  Runner runner = lp.runner(*e);
  RunOptions o;
  o.models = lp.graph.order;
  o.arguments = "--all";
  o.swap_tries = 4;
  o.swap_pause = std::chrono::milliseconds(100);
  std::string message;
  try {
    runner.rebuild(o);
  } catch (const Error& err) {
    message = err.describe();
  }
  done = true;
  long_reader.join();
  EXPECT_EQ(message,
            "the swap could not lock the live tables: readers held them through 4 tries, 100 ms "
            "apart (lock the live tables for the swap failed: canceling statement due to lock "
            "timeout), so nothing was swapped in (end the long transactions reading them "
            "(pg_stat_activity) and rebuild again)");
  EXPECT_EQ(live_state(), before);
  EXPECT_EQ(leftovers(), "");
  EXPECT_EQ(db.scalar("SELECT status || ': ' || error FROM starling.runs ORDER BY run_id DESC "
                      "LIMIT 1"),
            "failed: " + message);
  EXPECT_EQ(cmd({"verify"}).exit_code, 0);
}

TEST_F(Rebuild, ARunWithNothingNewRebuildsNoPeriod) {
  auto r = cmd({"run"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(db.scalar("SELECT periods_built || '/' || rows_inserted || '/' || rows_deleted FROM "
                      "starling.model_runs WHERE model = 'fct_daily' ORDER BY run_id DESC LIMIT 1"),
            "0/0/0");
  // a new event moves the watermark: the lookback is rebuilt again
  db.exec("INSERT INTO app.events VALUES (1000, 1, now())");
  ASSERT_EQ(cmd({"run"}).exit_code, 0);
  EXPECT_EQ(db.scalar("SELECT periods_built FROM starling.model_runs WHERE model = 'fct_daily' "
                      "ORDER BY run_id DESC LIMIT 1"),
            "2");
  // so does a change upstream: a new user for a fact that reads the dimension
  db.exec("INSERT INTO app.users VALUES (9, 'dee', 'gold')");
  ASSERT_EQ(cmd({"run"}).exit_code, 0);
  EXPECT_EQ(db.scalar("SELECT periods_built FROM starling.model_runs WHERE model = 'fct_daily' "
                      "ORDER BY run_id DESC LIMIT 1"),
            "2");
  EXPECT_EQ(cmd({"verify"}).exit_code, 0);
}

TEST_F(Rebuild, RestateRebuildsThePeriodsOfAFactAndItsDependants) {
  // a period fact reading the other, restated with it
  write_text(dir / "models/fct_daily_total.yaml", R"Y(kind: fact
sql: |
  SELECT day, sum(events) AS events FROM {{ ref('fct_daily') }}
  WHERE day >= {{ start }} AND day < {{ end }}
  GROUP BY 1
grain: [day]
columns:
  day: {type: date}
measures:
  events: {type: integer, default: 0}
incremental: {strategy: period, time: day, period: day, lookback: 1, start: 2025-01-01}
)Y");
  ASSERT_EQ(cmd({"run"}).exit_code, 0);
  // an old day of the fact edited by hand: nothing it reads changed, so run leaves it
  db.exec("UPDATE warehouse.fct_daily SET events = events + 5 WHERE day = '2025-01-01'");
  ASSERT_EQ(cmd({"run"}).exit_code, 0);
  EXPECT_EQ(cmd({"verify", "fct_daily"}).exit_code, 1);
  auto bad = cmd({"restate", "dim_users", "--from", "2025-01-01", "--to", "2025-01-01"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("dim_users is not a period fact"), std::string::npos) << bad.err;
  auto r = cmd({"restate", "fct_daily", "--from", "2025-01-01", "--to", "2025-01-01"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // that day of the fact (nothing new in its sources: no lookback), and of the one reading it
  // (whose input changed, so its lookback is rebuilt too)
  EXPECT_EQ(db.scalar("SELECT string_agg(model || ':' || periods_built, ',' ORDER BY model) FROM "
                      "starling.model_runs WHERE run_id = (SELECT max(run_id) FROM "
                      "starling.runs) AND model LIKE 'fct_daily%'"),
            "fct_daily:1,fct_daily_total:3");
  EXPECT_EQ(db.scalar("SELECT events FROM warehouse.fct_daily_total WHERE day = '2025-01-01'"),
            db.scalar("SELECT count(*) FROM app.events WHERE at < '2025-01-02 00:00:00+00'"));
  EXPECT_EQ(cmd({"verify"}).exit_code, 0);
}

}  // namespace
}  // namespace starling::testing
