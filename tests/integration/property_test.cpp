// The property that matters most (SPEC §6.2–6.3): after any sequence of source changes (new,
// updated and deleted rows, late events, facts about members not yet replicated) and runs cut off
// at random statements, every model of the Airbeds project equals a from-scratch rebuild.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <random>
#include <set>

#include "airbeds_gen.hpp"
#include "db/connect.hpp"
#include "db/executor.hpp"
#include "loader/loader.hpp"
#include "project/check.hpp"
#include "project/graph.hpp"
#include "project/shape.hpp"
#include "run/runner.hpp"
#include "sql/redshift/redshift_dialect.hpp"
#include "support/helpers.hpp"
#include "support/project.hpp"
#include "support/version_proxy.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

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

// The real members of a dimension of the Airbeds project whose source rows were deleted, counted
// from the sources: the members a rebuild or verify carries over as gone. 0 for other models.
long long members_without_source(const FreshDatabase& db, const std::string& model) {
  struct Dim {
    const char* name;
    const char* key;
    const char* source;
  };
  static const Dim dims[] = {
      {"dim_users", "user_id", "app.users"},
      {"dim_listings", "listing_id", "app.listings"},
      {"dim_hosts", "host_id", "app.hosts"},
  };
  for (const Dim& d : dims) {
    if (model != d.name) continue;
    return std::stoll(db.scalar(std::string("SELECT count(*) FROM warehouse.") + d.name +
                                " d WHERE NOT d.is_inferred AND d." + d.key +
                                " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + d.source +
                                " s WHERE s.id = d." + d.key + ")"));
  }
  return 0;
}

// What a dimension knows that no source holds: every member's natural key, surrogate key and keep
// values, of every dimension, a line each (a rebuild keeps every one and may add new members).
std::set<std::string> dimension_history(const FreshDatabase& db, const Project& p) {
  std::set<std::string> out;
  for (const Model& m : p.models) {
    if (m.kind != ModelKind::dimension) continue;
    std::vector<std::string> cols;
    for (const auto& k : m.key) cols.push_back("d." + k);
    cols.push_back("d." + surrogate_key_of(m));
    const std::vector<std::string> keys = cols;
    for (const auto& c : m.columns)
      if (c.on_change == OnChange::keep) cols.push_back("d." + c.name);
    // every member's surrogate key; the keep values of real members (an inferred member's are
    // written when its source row comes)
    for (const auto& line :
         split(db.scalar("SELECT string_agg(concat_ws(',', " + join(cols, ", ") +
                         "), '|') FROM "
                         "(SELECT * FROM warehouse." +
                         m.name + " d WHERE NOT d.is_inferred) d") +
                   "|" +
                   db.scalar("SELECT string_agg(concat_ws(',', " + join(keys, ", ") +
                             "), '|') FROM warehouse." + m.name + " d"),
               '|'))
      out.insert(m.name + ": " + line);
  }
  return out;
}

struct PropertyRun {
  int sequences = 1;
  int steps = 1;
  int seed = 0;
  int first_hours = 1;    // the first step generates between this and 30 more hours of history
  bool redshift = false;  // the Redshift dialect in its test mode, through an 8.0.2 stand-in
  // chaos (airbeds::chaos: hard deletes, rows moved to other periods and grains, a listing's new
  // host) after the generator's hours at one step in this many; 0: never
  int chaos_one_in = 0;
  unsigned chaos_kinds = airbeds::all_chaos;
  bool without_hints = false;  // the models with no late_data, lookback or refresh_on
  // fct_daily_funnel is also compared with a query of its own over the sources
  bool funnel_reference = false;
  // after a step where models differ, the test goes on from a rebuild of all of them (so each step
  // shows what that step's changes do); otherwise it stops at the first difference
  bool go_on_after_differences = false;
};

// The Airbeds models with nothing declared beyond each source's loaded_at: no late_data, a
// lookback of 0, no refresh_on and no refresh: always on measures (a source-change hint).
// account_age_days keeps its refresh: always: it follows the clock, not a source.
void remove_hints(Project& p) {
  for (Model& m : p.models) {
    if (m.incremental) {
      m.incremental->late_data.clear();
      m.incremental->lookback = 0;
    }
    for (Measure& me : m.measures) {
      me.refresh_on.clear();
      me.refresh_always = false;
    }
  }
}

// Rows of warehouse.fct_daily_funnel (by date_key and country) that differ from the funnel
// computed here from the sources as the model's description says (distinct users per event and
// day, by the country their user has now, deleted events left out), both ways; a sample of them.
std::pair<long long, std::string> funnel_differs_from_sources(const FreshDatabase& db,
                                                              const std::string& clock) {
  auto e = connect_postgres(db.dsn(), "reference", std::nullopt);
  e->execute({"SELECT set_config('TimeZone', 'UTC', false)", {}, "tz"});
  const std::string diff = R"(
WITH reference AS (
  SELECT to_char((t.event_time AT TIME ZONE 'UTC')::date, 'YYYYMMDD')::integer AS date_key,
         coalesce(u.country_code, 'unknown') AS country,
         count(DISTINCT t.user_id) FILTER (WHERE t.event = 'Searched') AS searchers,
         count(DISTINCT t.user_id) FILTER (WHERE t.event = 'Viewed Listing') AS viewers,
         count(DISTINCT t.user_id) FILTER (WHERE t.event = 'Contacted Host') AS contacters,
         count(DISTINCT t.user_id) FILTER (WHERE t.event = 'Booked') AS bookers
  FROM raw.tracks t LEFT JOIN app.users u ON u.id = t.user_id
  WHERE t.deleted_at IS NULL AND t.event_time >= timestamptz '2025-01-01 00:00:00+00'
    AND t.event_time < $1::timestamptz
  GROUP BY 1, 2),
live AS (
  SELECT date_key, country, searchers::bigint, viewers::bigint, contacters::bigint, bookers::bigint
  FROM warehouse.fct_daily_funnel),
differing AS (
  (SELECT 'sources' AS side, * FROM reference EXCEPT ALL SELECT 'sources', * FROM live)
  UNION ALL
  (SELECT 'live', * FROM live EXCEPT ALL SELECT 'live', * FROM reference))
SELECT count(*) OVER (), side, date_key, country, searchers, viewers, contacters, bookers
FROM differing ORDER BY date_key, country, side LIMIT 4)";
  ResultSet r = e->execute({diff, {clock + "+00"}, "funnel reference"});
  if (r.rows.empty()) return {0, ""};
  std::string sample;
  for (const auto& row : r.rows) {
    sample += "\n  " + row[1].value_or("") + ":";
    for (size_t i = 2; i < row.size(); ++i) sample += " " + row[i].value_or("NULL");
  }
  return {std::stoll(*r.rows[0][0]), sample};
}

// STARLING_PROPERTY_CHAOS_KINDS (names as airbeds::chaos_kinds() gives them, by commas) limits the
// chaos to those kinds, to find which kind a model misses.
unsigned chaos_kinds_from_env(unsigned fallback) {
  const char* v = std::getenv("STARLING_PROPERTY_CHAOS_KINDS");
  if (!v || !*v) return fallback;
  unsigned kinds = 0;
  std::string list = std::string(v) + ",";
  for (size_t at = 0, comma; (comma = list.find(',', at)) != std::string::npos; at = comma + 1) {
    std::string name = list.substr(at, comma - at);
    bool known = false;
    for (const auto& [bit, n] : airbeds::chaos_kinds())
      if (n == name) {
        kinds |= bit;
        known = true;
      }
    if (!known && !name.empty()) ADD_FAILURE() << "STARLING_PROPERTY_CHAOS_KINDS: no kind " << name;
  }
  return kinds;
}

// Random hourly steps, half of the runs cut at a random statement, a comparison with a rebuild
// after each step. With `redshift`, starling runs with the Redshift dialect in its PostgreSQL test
// mode (every statement Redshift's but the model tables' DDL, no savepoints, the run lock as a
// lease), connected through libpq to a stand-in that reports version 8.0.2.
void incremental_equals_rebuild(const PropertyRun& p) {
  int cut_runs = 0, completed_runs = 0, checks = 0, chaos_steps = 0, rebuilds = 0;
  std::map<std::string, long long> chaos_rows;  // per kind
  // per model: steps where it differed after chaos, after the generator's hours only; most rows
  struct Differed {
    int after_chaos = 0, after_hours = 0;
    long long most_rows = 0;
  };
  std::map<std::string, Differed> differed;
  int reference_differed = 0;
  for (int seq = 0; seq < p.sequences; ++seq) {
    FreshDatabase db;
    LoadedProject lp(STARLING_SOURCE_DIR, "dev", db.dsn());
    if (p.without_hints) lp.edit(remove_hints);
    Connections c(db, lp, p.redshift);
    auto connect = [&](const char* name) { return c.connect(name); };
    const CheckedGraph& g = lp.graph;
    std::mt19937 rng(p.seed + seq);

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
    for (int step = 0; step < p.steps; ++step) {
      int hours = step == 0 ? p.first_hours + static_cast<int>(rng() % 30)
                            : 1 + static_cast<int>(rng() % 5);
      std::string clock = advance(db, hours);
      auto now = utc(clock);
      std::string changes = "new hours";
      bool chaos = p.chaos_one_in > 0 && step > 0 && rng() % p.chaos_one_in == 0;
      if (chaos) {
        auto e = connect_postgres(db.dsn(), "generator", std::nullopt);
        e->execute({"SELECT set_config('TimeZone', 'UTC', false)", {}, "tz"});
        changes = "new hours, then chaos:";
        for (const auto& [kind, rows] : airbeds::chaos(*e, rng(), p.chaos_kinds)) {
          chaos_rows[kind] += rows;
          if (rows) changes += " " + kind + " (" + std::to_string(rows) + ")";
        }
        ++chaos_steps;
      }
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

      if (p.funnel_reference) {
        auto [n, sample] = funnel_differs_from_sources(db, clock);
        EXPECT_EQ(n, 0) << "sequence " << seq << " step " << step << " (" << clock << ", "
                        << changes << "): fct_daily_funnel differs from the sources:" << sample;
        if (n) ++reference_differed;
      }
      auto e = connect("verify");
      Runner verifier = lp.runner(*e);
      RunOptions o;
      o.models = g.order;
      o.now = now;
      VerifyResult v = verifier.verify(o);
      ++checks;
      bool unexpected = false;
      // a dimension keeps a member whose source row was deleted (history is never lost), which
      // verify carries over from the live table: it counts them as the sources do
      for (const auto& m : v.scratch.models) {
        if (!m.carried) continue;
        EXPECT_EQ(m.carried->gone, members_without_source(db, m.model))
            << "sequence " << seq << " step " << step << ": " << m.model;
      }
      for (const auto& m : v.models) {
        EXPECT_EQ(m.differing, 0) << "sequence " << seq << " step " << step << " (" << clock << ", "
                                  << changes << "): " << m.model << " differs from a rebuild: "
                                  << (m.sample.empty() ? "" : m.sample[0]);
        if (m.differing == 0) continue;
        unexpected = true;
        Differed& d = differed[m.model];
        ++(chaos ? d.after_chaos : d.after_hours);
        d.most_rows = std::max(d.most_rows, m.differing);
      }
      ASSERT_EQ(v.scratch.failed + v.scratch.skipped, 0) << "sequence " << seq << " step " << step;
      if (!unexpected) continue;
      ASSERT_TRUE(p.go_on_after_differences) << "sequence " << seq << " step " << step;
      RunResult rb = verifier.rebuild(o);  // the next step starts from what a rebuild has
      ASSERT_EQ(rb.failed + rb.skipped, 0) << "sequence " << seq << " step " << step;
      ++rebuilds;
    }
  }
  std::cout << "property" << (p.redshift ? " (Redshift dialect through an 8.0.2 stand-in)" : "")
            << (p.without_hints ? " (no late_data, lookback or refresh_on)" : "") << ": "
            << p.sequences << " sequences, " << p.sequences * p.steps << " steps (" << chaos_steps
            << " with chaos), " << completed_runs << " completed runs, " << cut_runs
            << " runs cut at a random statement, " << checks << " comparisons of all 8 models\n";
  if (chaos_steps) {
    std::cout << "  chaos rows:";
    for (const auto& [kind, rows] : chaos_rows) std::cout << " " << kind << " " << rows;
    std::cout << "\n";
  }
  for (const auto& [model, d] : differed)
    std::cout << "  " << model << " differed from a rebuild after " << d.after_chaos << " of "
              << chaos_steps << " steps with chaos and " << d.after_hours << " of "
              << checks - chaos_steps << " without (at most " << d.most_rows << " rows)\n";
  if (p.funnel_reference)
    std::cout << "  fct_daily_funnel differed from the sources after " << reference_differed
              << " of " << checks << " steps\n";
  if (rebuilds) std::cout << "  " << rebuilds << " rebuilds after differences\n";
  EXPECT_GT(cut_runs, 0);
  if (p.chaos_one_in) {
    EXPECT_GT(chaos_steps, 0);
  }
}

// STARLING_PROPERTY_SEQUENCES and STARLING_PROPERTY_SEED run more sequences, or other ones, by
// hand (a soak); the suite runs the defaults.
int env_or(const char* name, int fallback) {
  const char* v = std::getenv(name);
  return v && *v ? std::atoi(v) : fallback;
}

TEST(Property, IncrementalEqualsRebuildUnderRandomChangesAndInterruptions) {
  PropertyRun p;
  p.sequences = env_or("STARLING_PROPERTY_SEQUENCES", 5);
  p.steps = 10;
  p.seed = env_or("STARLING_PROPERTY_SEED", 1000);
  incremental_equals_rebuild(p);
}

// The same with the Redshift dialect, run on PostgreSQL where the syntax is common: staging,
// UPDATE … FROM, DELETE without an alias, CASE comparisons, numbered periods, the ledger without
// ON CONFLICT or RETURNING, the run lock as a lease, no savepoints.
TEST(Property, RedshiftDialectKeepsIncrementalEqualToRebuild) {
  PropertyRun p;
  p.sequences = env_or("STARLING_PROPERTY_SEQUENCES", 3);
  p.steps = 8;
  p.seed = env_or("STARLING_PROPERTY_SEED", 3000);
  p.redshift = true;
  incremental_equals_rebuild(p);
}

// Every kind of source change (issue 19): besides the generator's hours, at one step in three,
// hard deletes in every source table (members that facts reference too), events and bookings
// moved days or weeks back, events and bookings moved to another user, users moved to another
// country (the funnel reads it through a join), a listing given another host. fct_daily_funnel is
// also compared with the sources directly. After a difference the test goes on from a rebuild, so
// its output says which models each kind of step leaves wrong (STARLING_PROPERTY_CHAOS_KINDS picks
// kinds).
PropertyRun every_change(int sequences, int seed, bool redshift, bool without_hints) {
  PropertyRun p;
  p.sequences = env_or("STARLING_PROPERTY_SEQUENCES", sequences);
  p.steps = 8;
  p.seed = env_or("STARLING_PROPERTY_SEED", seed);
  p.first_hours = 4 * 24;  // days of history outside every lookback
  p.redshift = redshift;
  p.chaos_one_in = 3;
  p.chaos_kinds = chaos_kinds_from_env(airbeds::all_chaos);
  p.without_hints = without_hints;
  p.funnel_reference = true;
  p.go_on_after_differences = true;
  return p;
}

TEST(Property, HardDeletesAndMovedRowsReachEveryModel) {
  incremental_equals_rebuild(every_change(3, 4000, false, false));
}

TEST(Property, HardDeletesAndMovedRowsReachEveryModelOnTheRedshiftDialect) {
  incremental_equals_rebuild(every_change(2, 5000, true, false));
}

// The same with nothing declared beyond each source's loaded_at (no late_data, lookback 0, no
// refresh_on): every change must be found, not declared.
TEST(Property, EveryChangeReachesModelsWithNoHints) {
  incremental_equals_rebuild(every_change(2, 6000, false, true));
}

TEST(Property, EveryChangeReachesModelsWithNoHintsOnTheRedshiftDialect) {
  incremental_equals_rebuild(every_change(1, 7000, true, true));
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
        const std::set<std::string> history = dimension_history(db, p);
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
        // surrogate keys and keep values are what they were, of every member
        const std::set<std::string> kept = dimension_history(db, p);
        for (const auto& member : history)
          EXPECT_TRUE(kept.count(member))
              << "step " << step << " rebuilt " << edited << ": lost " << member;
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
