// airbeds-gen: fills the Airbeds demo's source tables.
//   airbeds-gen --dsn DSN init [--seed N] [--scale N] [--days N]
//       sets up the generator and generates N days of history ending about now
//   airbeds-gen --dsn DSN advance [--hours N]
//       generates N more hours (default 1)
//   airbeds-gen --dsn DSN chaos [--seed N]
//       hard deletes and rows moved to other periods and grains, at the generator's clock
#include <CLI/CLI.hpp>

#include <chrono>
#include <ctime>
#include <iostream>

#include "airbeds_gen.hpp"
#include "util/error.hpp"

int main(int argc, char** argv) {
  using namespace starling;
  CLI::App app{"Generates the Airbeds demo's source data, deterministically.", "airbeds-gen"};
  std::string dsn;
  long long seed = 42;
  int scale = 1, days = 3, hours = 1;
  app.add_option("--dsn", dsn, "database")->required();
  app.require_subcommand(1);
  auto* init = app.add_subcommand("init", "set up and generate history ending about now");
  init->add_option("--seed", seed, "seed (default 42)");
  init->add_option("--scale", scale, "scale factor: about 100 events and 2 users an hour each");
  init->add_option("--days", days, "days of history (default 3)");
  auto* adv = app.add_subcommand("advance", "generate more hours");
  adv->add_option("--hours", hours, "hours (default 1)");
  auto* cha = app.add_subcommand(
      "chaos", "hard deletes, rows moved to other periods and grains, a listing's new host");
  cha->add_option("--seed", seed, "seed (default 42)");
  CLI11_PARSE(app, argc, argv);
  try {
    auto e = connect_postgres(dsn, "generator database", std::nullopt);
    e->execute({"SELECT set_config('TimeZone', 'UTC', false)", {}, "time zone"});
    bool initialised =
        e->execute(
             {"SELECT to_regclass('app.airbeds_generator') IS NOT NULL", {}, "generator state"})
            .scalar() == std::optional<std::string>("t");
    if (*init && initialised) {
      std::cerr << "airbeds-gen: already initialised; 'advance' generates more hours\n";
    } else if (*init) {
      // history ends an hour before now, so the demo's next hour is still in the past
      auto now = std::chrono::system_clock::now() - std::chrono::hours(days * 24 + 1);
      std::time_t t = std::chrono::system_clock::to_time_t(now);
      std::tm tm{};
      gmtime_r(&t, &tm);
      char buf[32];
      std::strftime(buf, sizeof buf, "%Y-%m-%d %H:00:00", &tm);
      airbeds::setup(*e, seed, scale, buf);
      airbeds::advance(*e, days * 24);
    } else if (*cha) {
      for (const auto& [kind, rows] : airbeds::chaos(*e, seed))
        std::cerr << "airbeds-gen: chaos " << kind << ": " << rows << " rows\n";
    } else {
      airbeds::advance(*e, hours);
    }
    auto s = airbeds::state(*e);
    std::cerr << "airbeds-gen: " << s.hour << " hours generated (seed " << s.seed << ", scale "
              << s.scale << "), clock at " << s.clock << " UTC\n";
  } catch (const Error& err) {
    std::cerr << "error: " << err.describe() << "\n";
    return exit_code_for(err.category());
  }
  return 0;
}
