// The property that matters most (SPEC §6.2–6.3): after any sequence of source changes (new,
// updated and deleted rows, late events, facts about members not yet replicated) and runs cut off
// at random statements, every model of the Airbeds project equals a from-scratch rebuild.
#include <gtest/gtest.h>

#include <cstdlib>
#include <random>

#include "airbeds_gen.hpp"
#include "db/connect.hpp"
#include "db/executor.hpp"
#include "loader/loader.hpp"
#include "project/check.hpp"
#include "project/graph.hpp"
#include "run/runner.hpp"
#include "sql/redshift/redshift_dialect.hpp"
#include "support/helpers.hpp"
#include "support/project.hpp"
#include "support/version_proxy.hpp"
#include "util/error.hpp"

namespace starling::testing {
namespace {

std::chrono::system_clock::time_point utc(const std::string& s) {
  std::tm tm{};
  strptime(s.c_str(), "%Y-%m-%d %H:%M:%S", &tm);
  return std::chrono::system_clock::from_time_t(timegm(&tm));
}

// Generates `hours` more hours of Airbeds data; returns the generator's clock (UTC) after them.
std::string advance(const FreshDatabase& db, int hours) {
  auto e = connect_postgres(db.dsn(), "generator", std::nullopt);
  e->execute({"SELECT set_config('TimeZone', 'UTC', false)", {}, "tz"});
  airbeds::advance(*e, hours);
  return airbeds::state(*e).clock;
}

// How the runs of a property test reach the database: PostgreSQL's dialect through libpqxx, or
// (`redshift`) the Redshift dialect in its PostgreSQL test mode (every statement Redshift's but the
// model tables' DDL, no savepoints, the run lock as a lease) through libpq and a stand-in that
// reports version 8.0.2.
class Connections {
 public:
  Connections(const FreshDatabase& db, LoadedProject& lp, bool redshift)
      : db_(db), lp_(lp), dsn_(db.dsn()) {
    if (!redshift) return;
    lp.dialect = std::make_unique<RedshiftDialect>(true);
    auto [host, port] = dsn_host_port(db.dsn());
    proxy_ = std::make_unique<VersionProxy>(host, port, "8.0.2");
    dsn_ = proxy_->dsn_through(db.dsn());
  }
  // A run cut at a statement stands for a killed process. A lease (Redshift) outlives it until it
  // expires or its holder's process is known to be gone, and this process lives on: the lease is
  // ended as that would end it (the takeover is shown by redshift_lease_test.cpp).
  void killed() const {
    if (proxy_) db_.exec("DELETE FROM starling.run_lock");
  }
  std::unique_ptr<Executor> connect(const char* name) const {
    return connect_dialect(dsn_, name, std::nullopt, *lp_.dialect, lp_.project.config.timezone,
                           [](const std::string& w) { ADD_FAILURE() << w; });
  }

 private:
  const FreshDatabase& db_;
  LoadedProject& lp_;
  std::string dsn_;
  std::unique_ptr<VersionProxy> proxy_;
};

// Random hourly steps, half of the runs cut at a random statement, a comparison with a rebuild
// after each step. With `redshift`, starling runs with the Redshift dialect in its PostgreSQL test
// mode (every statement Redshift's but the model tables' DDL, no savepoints, the run lock as a
// lease), connected through libpq to a stand-in that reports version 8.0.2.
void incremental_equals_rebuild(int sequences, int steps, int seed, bool redshift) {
  int cut_runs = 0, completed_runs = 0, checks = 0;
  for (int seq = 0; seq < sequences; ++seq) {
    FreshDatabase db;
    LoadedProject lp(STARLING_SOURCE_DIR, "dev", db.dsn());
    Connections c(db, lp, redshift);
    auto connect = [&](const char* name) { return c.connect(name); };
    const CheckedGraph& g = lp.graph;
    std::mt19937 rng(seed + seq);

    auto run = [&](std::chrono::system_clock::time_point now, long long fail_at) {
      {
        auto real = connect("test");
        FaultyExecutor e(*real, fail_at);
        Runner runner = lp.runner(e);
        RunOptions o;
        o.models = g.order;
        o.now = now;
        try {
          RunResult r = runner.run(o);
          EXPECT_EQ(r.failed, 0) << "sequence " << seq;
          for (const auto& m : r.models)
            EXPECT_EQ(m.status, ModelStatus::success) << m.model << ": " << m.error;
          return true;
        } catch (const Error& err) {
          EXPECT_TRUE(e.failed()) << err.describe();  // only the injected fault may stop a run
        }
      }  // its connection closed, as a killed process's
      c.killed();
      return false;
    };

    {
      auto e = connect_postgres(db.dsn(), "generator", std::nullopt);
      e->execute({"SELECT set_config('TimeZone', 'UTC', false)", {}, "tz"});
      // the sources must exist before the generator writes: the first run migrates them
      ASSERT_TRUE(run(utc("2025-03-01 00:00:00"), 0));
      airbeds::setup(*e, 7 + seq, 1, "2025-03-01 00:00:00");
    }
    for (int step = 0; step < steps; ++step) {
      std::string clock = advance(db, 1 + static_cast<int>(rng() % (step == 0 ? 30 : 5)));
      auto now = utc(clock);
      // half of the runs are cut at a random statement, then run again to completion
      if (rng() % 2) {
        long long fail_at = 1 + static_cast<long long>(rng() % 120);
        if (run(now, fail_at)) {
          ++completed_runs;  // the cut came after the last statement
        } else {
          ++cut_runs;
        }
      }
      ASSERT_TRUE(run(now, 0)) << "sequence " << seq << " step " << step;
      ++completed_runs;

      auto e = connect("verify");
      Runner verifier = lp.runner(*e);
      RunOptions o;
      o.models = g.order;
      o.now = now;
      VerifyResult v = verifier.verify(o);
      ++checks;
      for (const auto& m : v.models) {
        EXPECT_EQ(m.differing, 0) << "sequence " << seq << " step " << step << " (" << clock
                                  << "): " << m.model << " differs from a rebuild: "
                                  << (m.sample.empty() ? "" : m.sample[0]);
      }
      ASSERT_TRUE(v.ok()) << "sequence " << seq << " step " << step;
    }
  }
  std::cout << "property" << (redshift ? " (Redshift dialect through an 8.0.2 stand-in)" : "")
            << ": " << sequences << " sequences, " << sequences * steps << " steps, "
            << completed_runs << " completed runs, " << cut_runs
            << " runs cut at a random statement, " << checks << " comparisons of all 8 models\n";
  EXPECT_GT(cut_runs, 0);
}

// STARLING_PROPERTY_SEQUENCES and STARLING_PROPERTY_SEED run more sequences, or other ones, by
// hand (a soak); the suite runs the defaults.
int env_or(const char* name, int fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::atoi(v) : fallback;
}

TEST(Property, IncrementalEqualsRebuildUnderRandomChangesAndInterruptions) {
  incremental_equals_rebuild(env_or("STARLING_PROPERTY_SEQUENCES", 5), 10,
                             env_or("STARLING_PROPERTY_SEED", 1000), false);
}

// The same with the Redshift dialect, run on PostgreSQL where the syntax is common: staging,
// UPDATE … FROM, DELETE without an alias, CASE comparisons, numbered periods, the ledger without
// ON CONFLICT or RETURNING, the run lock as a lease, no savepoints.
TEST(Property, RedshiftDialectKeepsIncrementalEqualToRebuild) {
  incremental_equals_rebuild(env_or("STARLING_PROPERTY_SEQUENCES", 3), 8,
                             env_or("STARLING_PROPERTY_SEED", 3000), true);
}

// The same property while the models change: at random steps a model is edited (a breaking SQL
// edit or an additive new column), run refuses or applies it, and a breaking one is rebuilt, the
// rebuild first cut at a random statement. After every step all models equal a rebuild.
void touch_sql(Model& m, int version) {
  std::string note = "\n-- edit " + std::to_string(version) + "\n";
  m.raw_sql += note;
  if (!m.sql.parts.empty() && std::holds_alternative<std::string>(m.sql.parts.back().value))
    std::get<std::string>(m.sql.parts.back().value) += note;
  else
    m.sql.parts.push_back(TemplatePart{note, {}});
}

void model_changes_keep_incremental_equal(int sequences, int steps, int seed, bool redshift) {
  int breaking = 0, additive = 0, cut_rebuilds = 0, rebuilds = 0, checks = 0;
  for (int seq = 0; seq < sequences; ++seq) {
    FreshDatabase db;
    LoadedProject lp(STARLING_SOURCE_DIR, "dev", db.dsn());
    Connections c(db, lp, redshift);
    Project& p = lp.project;
    const CheckedGraph& g = lp.graph;
    std::mt19937 rng(seed + seq);
    auto runner_on = [&](Executor& e) { return lp.runner(e); };
    auto run = [&](std::chrono::system_clock::time_point now) {
      auto e = c.connect("test");
      RunOptions o;
      o.models = g.order;
      o.now = now;
      return runner_on(*e).run(o);
    };
    {
      auto e = connect_postgres(db.dsn(), "generator", std::nullopt);
      e->execute({"SELECT set_config('TimeZone', 'UTC', false)", {}, "tz"});
      run(utc("2025-03-01 00:00:00"));
      airbeds::setup(*e, 70 + seq, 1, "2025-03-01 00:00:00");
    }
    int edits = 0;
    for (int step = 0; step < steps; ++step) {
      std::string clock = advance(db, 1 + static_cast<int>(rng() % (step == 0 ? 30 : 5)));
      auto now = utc(clock);
      std::string edited;
      bool is_breaking = false;
      switch (rng() % 3) {
        case 0: {  // a breaking edit of any model with SQL
          std::vector<Model*> with_sql;
          for (auto& m : p.models)
            if (!m.raw_sql.empty()) with_sql.push_back(&m);
          Model& m = *with_sql[rng() % with_sql.size()];
          touch_sql(m, ++edits);
          edited = m.name;
          is_breaking = true;
          ++breaking;
          break;
        }
        case 1: {  // an additive one: a new derived column of the listings
          Model& m = *const_cast<Model*>(p.model("dim_listings"));
          ColumnSpec c;
          c.name = "price_band_" + std::to_string(++edits);
          c.type = "integer";
          c.expr = "width_bucket(price_per_night, 0, 400, " + std::to_string(2 + edits) + ")";
          m.columns.push_back(c);
          edited = m.name;
          ++additive;
          break;
        }
        default:
          break;  // no change this step
      }
      RunResult r = run(now);
      for (const auto& m : r.models) {
        bool downstream = !edited.empty() && is_breaking &&
                          (m.model == edited || g.lineage.upstream.at(m.model).count(edited) ||
                           m.status == ModelStatus::skipped);
        if (downstream) {
          EXPECT_NE(m.status, ModelStatus::success)
              << m.model << " was built with a breaking change";
        } else {
          EXPECT_EQ(m.status, ModelStatus::success) << m.model << ": " << m.error;
        }
      }
      if (is_breaking) {
        RunOptions o;
        o.models = select_models(p, g.lineage, g.order, {edited + "+"});
        o.now = now;
        {  // a rebuild killed at a random statement first (or completing, cut after its end)
          auto real = c.connect("test");
          FaultyExecutor e(*real, 1 + static_cast<long long>(rng() % 80));
          try {
            runner_on(e).rebuild(o);
          } catch (const Error& err) {
            EXPECT_TRUE(e.failed()) << err.describe();
            ++cut_rebuilds;
          }
        }
        c.killed();
        auto e = c.connect("test");
        RunResult rb = runner_on(*e).rebuild(o);
        EXPECT_EQ(rb.failed + rb.skipped, 0);
        ++rebuilds;
        RunResult after = run(now);
        EXPECT_EQ(after.failed + after.skipped, 0) << "step " << step;
      }
      auto e = c.connect("verify");
      RunOptions o;
      o.models = g.order;
      o.now = now;
      VerifyResult v = runner_on(*e).verify(o);
      ++checks;
      for (const auto& m : v.models)
        EXPECT_EQ(m.differing, 0) << "sequence " << seq << " step " << step << " (edited " << edited
                                  << "): " << m.model << " differs from a rebuild: "
                                  << (m.sample.empty() ? "" : m.sample[0]);
      ASSERT_TRUE(v.ok()) << "sequence " << seq << " step " << step;
    }
  }
  std::cout << "model changes" << (redshift ? " (Redshift dialect)" : "") << ": " << sequences
            << " sequences, " << sequences * steps << " steps, " << breaking << " breaking edits ("
            << rebuilds << " rebuilds, " << cut_rebuilds
            << " of them first killed at a random statement), " << additive << " additive edits, "
            << checks << " comparisons of all 8 models\n";
  EXPECT_GT(breaking, 0);
  EXPECT_GT(additive, 0);
}

TEST(Property, ModelChangesAndRebuildsKeepIncrementalEqualToRebuild) {
  model_changes_keep_incremental_equal(env_or("STARLING_PROPERTY_SEQUENCES", 3), 8,
                                       env_or("STARLING_PROPERTY_SEED", 2000), false);
}

// Rebuilds with the Redshift dialect: no savepoints inside the rebuild's transaction, the swap as a
// DROP and a copy of the rebuilt rows, views recreated by the R__ migrations.
TEST(Property, ModelChangesAndRebuildsKeepIncrementalEqualToRebuildOnTheRedshiftDialect) {
  model_changes_keep_incremental_equal(env_or("STARLING_PROPERTY_SEQUENCES", 2), 8,
                                       env_or("STARLING_PROPERTY_SEED", 2500), true);
}

}  // namespace
}  // namespace starling::testing
