// Issue 19's second workload (bench/tpch): TPC-H-shaped sources and a star over them whose models
// declare nothing but each source's loaded_at. After each refresh set a replicated source sees
// (RF1: new orders dated anywhere in the history; RF2: orders and their lines deleted outright;
// customers moved to another nation and segment; orders moved to another day or customer; a
// corrected quantity on an old line, its order untouched) and a `run`, the two facts equal what
// bench/tpch/reference.sql computes from the sources by hand (EXCEPT ALL both ways, by natural
// keys), and `verify` finds every model equal to a from-scratch rebuild.
//
// A step that leaves a model wrong is reported, then the models are rebuilt, so that each step is
// judged on its own and the failures name the change that caused them.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <iostream>
#include <random>
#include <sstream>

#include "db/connect.hpp"
#include "db/executor.hpp"
#include "run/runner.hpp"
#include "support/helpers.hpp"
#include "support/project.hpp"
#include "util/error.hpp"

namespace starling::testing {
namespace {

const std::string k_dir = STARLING_SOURCE_DIR "/bench/tpch";

// The text of a psql script without its meta-commands (lines starting with a backslash).
std::string plain_sql(const std::string& path) {
  std::istringstream in(read_text(path));
  std::string line, out;
  while (std::getline(in, line))
    if (line.empty() || line[0] != '\\') out += line + "\n";
  return out;
}

std::chrono::system_clock::time_point utc(const std::string& s) {
  std::tm tm{};
  strptime(s.c_str(), "%Y-%m-%d %H:%M:%S", &tm);
  return std::chrono::system_clock::from_time_t(timegm(&tm));
}

std::string iso(std::chrono::system_clock::time_point t) {
  std::time_t tt = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S+00", &tm);
  return buf;
}

// One kind of change, as the refresh functions of bench/tpch/functions.sql make it; `fraction`
// sized for the test's scale (750 orders, 75 customers): a few orders, customers or lines each.
struct Change {
  const char* name;
  std::string (*sql)(long long seed, const std::string& at);
};

const Change k_changes[] = {
    {"RF1 (new orders anywhere in history)",
     [](long long s, const std::string& at) {
       return "SELECT tpch.rf1(" + std::to_string(s) + ", '" + at + "', 0.01)";
     }},
    {"RF2 (orders and their lines deleted)",
     [](long long s, const std::string&) {
       return "SELECT tpch.rf2(" + std::to_string(s) + ", 0.01)";
     }},
    {"customers moved to another nation and segment",
     [](long long s, const std::string& at) {
       return "SELECT tpch.update_customers(" + std::to_string(s) + ", '" + at + "', 0.05)";
     }},
    {"orders moved to another day and another customer",
     [](long long s, const std::string& at) {
       return "SELECT tpch.move_orders(" + std::to_string(s) + ", '" + at + "', 0.005)";
     }},
    {"line quantities corrected (orders untouched)",
     [](long long s, const std::string& at) {
       return "SELECT tpch.correct_quantities(" + std::to_string(s) + ", '" + at + "', 0.005)";
     }},
};

// How the rows of `a` not in `b` (EXCEPT ALL) look: their count and up to 5 of them.
struct Excess {
  long long count = 0;
  std::string rows;
};

Excess except_all(Executor& e, const std::string& a, const std::string& b) {
  std::string q = "(TABLE " + a + " EXCEPT ALL TABLE " + b + ")";
  Excess x;
  x.count = std::stoll(
      e.execute({"SELECT count(*) FROM " + q + " x", {}, "count"}).scalar().value_or("0"));
  ResultSet rs = e.execute({"SELECT * FROM " + q + " x ORDER BY 1, 2 LIMIT 5", {}, "sample"});
  for (const auto& row : rs.rows) x.rows += "\n    " + named_values(rs.columns, row, 0);
  return x;
}

// The differences of one fact from its reference, "" when there are none.
std::string differences(Executor& e, const std::string& fact, const std::string& view) {
  Excess missing =
      except_all(e, "tpch_reference.expected_" + view, "tpch_reference.actual_" + view);
  Excess extra = except_all(e, "tpch_reference.actual_" + view, "tpch_reference.expected_" + view);
  if (missing.count == 0 && extra.count == 0) return "";
  std::ostringstream s;
  s << fact << ": " << missing.count << " rows of the reference missing" << missing.rows << "\n  "
    << extra.count << " rows not in the reference" << extra.rows;
  return s.str();
}

// The tally of one kind of change over all sequences: steps, and steps that left a model wrong.
struct Tally {
  int steps = 0;
  int wrong = 0;
  std::string first;  // what the first wrong step found, in short
};

TEST(Tpch, EveryRefreshSetReachesTheFactsWithNothingDeclared) {
  const int sequences = 3;
  const int rounds = 1;  // each kind of change this many times per sequence, in a random order
  std::vector<Tally> tallies(std::size(k_changes));
  for (int seq = 0; seq < sequences; ++seq) {
    FreshDatabase db;
    LoadedProject lp(k_dir, "dev", db.dsn());
    std::mt19937 rng(19 + seq);
    auto connect = [&](const char* name) { return connect_postgres(db.dsn(), name, std::nullopt); };
    auto source = connect("generator");
    source->execute({"SET max_parallel_workers_per_gather = 0", {}, "serial"});

    // the initial load ends at t0; each step's changes land an hour later than the last
    auto t0 = utc("2026-01-01 00:00:00");
    source->execute_script(plain_sql(k_dir + "/functions.sql"), "functions.sql");
    source->execute(
        {"SELECT tpch.generate(0.0005, " + std::to_string(seq + 1) + ", '" + iso(t0) + "')",
         {},
         "generate"});
    source->execute_script("ANALYZE", "analyze");
    ASSERT_GT(std::stoll(db.scalar("SELECT count(*) FROM tpch.lineitem")), 2000);

    auto run = [&](std::chrono::system_clock::time_point now) {
      auto e = connect("run");
      RunOptions o;
      o.models = lp.graph.order;
      o.now = now;
      RunResult r = lp.runner(*e).run(o);
      for (const auto& m : r.models)
        EXPECT_EQ(m.status, ModelStatus::success)
            << "sequence " << seq << ": " << m.model << ": " << m.error;
      return r.failed == 0;
    };
    ASSERT_TRUE(run(t0 + std::chrono::minutes(1)));
    source->execute_script(plain_sql(k_dir + "/reference.sql"), "reference.sql");

    // every kind of change `rounds` times, shuffled
    std::vector<size_t> order;
    for (int r = 0; r < rounds; ++r)
      for (size_t k = 0; k < std::size(k_changes); ++k) order.push_back(k);
    std::shuffle(order.begin(), order.end(), rng);
    order.insert(order.begin(), std::size(k_changes));  // step 0: the first build alone

    for (size_t step = 0; step < order.size(); ++step) {
      auto at = t0 + std::chrono::hours(static_cast<long>(step));
      auto now = at + std::chrono::minutes(1);
      std::string what = "the first build";
      if (order[step] < std::size(k_changes)) {
        const Change& c = k_changes[order[step]];
        std::string changed =
            source
                ->execute({c.sql(100 * seq + static_cast<long long>(step), iso(at)), {}, "change"})
                .scalar()
                .value_or("?");
        what = std::string(c.name) + ": " + changed;
        ASSERT_TRUE(run(now)) << "sequence " << seq << " step " << step << " (" << what << ")";
      }
      std::string where =
          "sequence " + std::to_string(seq) + " step " + std::to_string(step) + " (" + what + ")";

      auto e = connect("compare");
      std::string wrong;
      for (auto [fact, view] : {std::pair{"fct_order_lines", "order_lines"},
                                std::pair{"fct_daily_revenue_by_nation", "daily_revenue"}}) {
        std::string d = differences(*e, fact, view);
        EXPECT_EQ(d, "") << where << ", compared with reference.sql:\n  " << d;
        if (!d.empty()) wrong += std::string(wrong.empty() ? "" : "; ") + fact + " vs reference";
      }
      RunOptions o;
      o.models = lp.graph.order;
      o.now = now;
      VerifyResult v = lp.runner(*e).verify(o);
      for (const auto& m : v.models) {
        EXPECT_EQ(m.differing, 0) << where << ": verify: " << m.model << " has " << m.differing
                                  << " rows differing from a rebuild"
                                  << (m.sample.empty() ? "" : ", e.g. " + m.sample[0]);
        if (m.differing)
          wrong += std::string(wrong.empty() ? "" : "; ") + m.model + " " +
                   std::to_string(m.differing) + " rows vs rebuild";
      }
      if (order[step] < std::size(k_changes)) {
        Tally& t = tallies[order[step]];
        ++t.steps;
        if (!wrong.empty()) {
          ++t.wrong;
          if (t.first.empty()) t.first = where + ": " + wrong;
        }
      } else {
        EXPECT_EQ(wrong, "") << where;
      }
      if (!wrong.empty()) {  // back to exact tables, so that the next step is judged alone
        e->execute_script("DROP SCHEMA tpch_reference CASCADE", "drop the reference");
        RunResult rb = lp.runner(*e).rebuild(o);
        ASSERT_EQ(rb.failed + rb.skipped, 0) << where << ": the rebuild failed";
        e->execute_script(plain_sql(k_dir + "/reference.sql"), "reference.sql");
      }
    }
  }
  std::cout << "tpch: " << sequences << " sequences at scale 0.0005 (750 orders); per change:\n";
  for (size_t k = 0; k < std::size(k_changes); ++k)
    std::cout << "  " << k_changes[k].name << ": " << tallies[k].wrong << " of " << tallies[k].steps
              << " steps left a model wrong" << (tallies[k].first.empty() ? "" : "; first: ")
              << tallies[k].first << "\n";
}

}  // namespace
}  // namespace starling::testing
