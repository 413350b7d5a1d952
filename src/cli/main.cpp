// The command line: parses arguments, runs one command, maps errors to exit codes (SPEC §4).
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <csignal>

#include <iostream>

#include "cli/commands.hpp"
#include "util/error.hpp"
#include "version.hpp"

namespace starling {
namespace {

// Every command's options, and the subcommand that was given.
struct CommandLine {
  GlobalOptions g;
  std::string log_format = "text";
  PlanOptions plan;
  MigrateOptions migrate;
  RunCommandOptions run, verify;
  RebuildOptions rebuild;
  RestateOptions restate;
  FreshnessOptions freshness;
  HealthOptions health;
  StatusOptions status;
  CLI::App* validate_cmd = nullptr;
  CLI::App* plan_cmd = nullptr;
  CLI::App* migrate_cmd = nullptr;
  CLI::App* run_cmd = nullptr;
  CLI::App* rebuild_cmd = nullptr;
  CLI::App* restate_cmd = nullptr;
  CLI::App* verify_cmd = nullptr;
  CLI::App* freshness_cmd = nullptr;
  CLI::App* health_cmd = nullptr;
  CLI::App* status_cmd = nullptr;
};

void add_global_options(CLI::App& app, CommandLine& c) {
  app.add_option("--project", c.g.project_dir, "project folder (default: current folder)");
  app.add_option("--target", c.g.target,
                 "target from config.yaml (default: STARLING_TARGET, then 'target:')");
  app.add_option("--log-format", c.log_format, "text or json")
      ->check(CLI::IsMember({"text", "json"}));
  app.add_flag("-q,--quiet", c.g.quiet, "only errors and the summary line");
  app.add_flag("-v,--verbose", c.g.verbose, "more detail");
}

// validate, plan, migrate and run.
void add_build_commands(CLI::App& app, CommandLine& c) {
  c.validate_cmd = app.add_subcommand("validate", "check the project; no database needed");

  auto* plan = c.plan_cmd = app.add_subcommand("plan", "show what run would do, in build order");
  plan->add_option("selectors", c.plan.selectors, "models: NAME, tag:NAME, NAME+, +NAME");
  plan->add_flag("--sql", c.plan.sql, "print every statement");
  plan->add_flag("--offline", c.plan.offline, "plan without a database, as for an empty target");
  plan->add_option(
      "--now", c.plan.now,
      "plan as if the UTC time were this (YYYY-MM-DD HH:MM:SS), e.g. the next cron run");

  auto* migrate = c.migrate_cmd =
      app.add_subcommand("migrate", "apply pending migrations from migrations/");
  migrate->add_flag(
      "--repeatable", c.migrate.repeatable,
      "also apply new or changed R__*.sql files now (run applies them after the models)");

  auto* run = c.run_cmd = app.add_subcommand(
      "run", "migrate, build every model that is due, record it (the cron entry)");
  run->add_option("selectors", c.run.selectors, "models: NAME, tag:NAME, NAME+, +NAME");
  run->add_flag("--wait", c.run.wait,
                "wait for another command to finish; without it the run lock is tried 5 times "
                "over 1 s, then the run exits 3, recorded as skipped");
}

// rebuild, restate and verify.
void add_rebuild_commands(CLI::App& app, CommandLine& c) {
  auto* rebuild = c.rebuild_cmd = app.add_subcommand(
      "rebuild", "rebuild models and everything downstream beside the live tables, then swap");
  rebuild->add_option("selectors", c.rebuild.selectors, "models: NAME, tag:NAME, +NAME");
  rebuild->add_flag("--all", c.rebuild.all, "every model");
  rebuild->add_flag("--wait", c.rebuild.wait, "wait for another run instead of exiting 3");
  rebuild->add_flag("--discard-history", c.rebuild.discard_history,
                    "rebuild dimensions from their sources alone where history (keep values, "
                    "surrogate keys, members whose source rows are gone) cannot be carried over");

  auto* restate = c.restate_cmd = app.add_subcommand(
      "restate", "rebuild the periods of a period fact (and of the period facts reading it)");
  restate->add_option("model", c.restate.model, "a strategy: period fact")->required();
  restate->add_option("--from", c.restate.from, "first day (YYYY-MM-DD)")->required();
  restate->add_option("--to", c.restate.to, "last day, included (YYYY-MM-DD)")->required();
  restate->add_flag("--wait", c.restate.wait, "wait for another run instead of exiting 3");

  auto* verify = c.verify_cmd = app.add_subcommand(
      "verify", "build from scratch into scratch schemas and compare with the live tables");
  verify->add_option("selectors", c.verify.selectors, "models: NAME, tag:NAME, NAME+, +NAME");
}

// freshness, health and status.
void add_report_commands(CLI::App& app, CommandLine& c) {
  auto* freshness = c.freshness_cmd = app.add_subcommand(
      "freshness", "measure every source table, record it, exit 1 if any is past error_after");
  freshness->add_option("--now", c.freshness.now,
                        "measure as if the UTC time were this (YYYY-MM-DD HH:MM:SS)");

  auto* health = c.health_cmd = app.add_subcommand(
      "health", "write a self-contained HTML page of sources, models, runs and their history");
  health->add_option("--html", c.health.html, "the file to write")->required();
  health->add_option("--runs", c.health.runs, "how many recent runs to list (default 20)")
      ->check(CLI::Range(1, 10000));
  health->add_option("--days", c.health.days, "how many days of history to chart (default 7)")
      ->check(CLI::Range(1, 3650));

  c.status_cmd = app.add_subcommand("status", "last runs and every model's state and watermarks");
  c.status_cmd->add_flag("--json", c.status.json, "the same facts as JSON, for scripts");
}

// Runs the subcommand given; 2 when none matched.
int dispatch(const CommandLine& c, Logger& log) {
  const GlobalOptions& g = c.g;
  if (*c.validate_cmd) return cmd_validate(g, log);
  if (*c.plan_cmd) return cmd_plan(g, c.plan, log);
  if (*c.migrate_cmd) return cmd_migrate(g, c.migrate, log);
  if (*c.run_cmd) return cmd_run(g, c.run, log);
  if (*c.verify_cmd) return cmd_verify(g, c.verify, log);
  if (*c.rebuild_cmd) return cmd_rebuild(g, c.rebuild, log);
  if (*c.restate_cmd) return cmd_restate(g, c.restate, log);
  if (*c.status_cmd) return cmd_status(g, c.status, log);
  if (*c.freshness_cmd) return cmd_freshness(g, c.freshness, log);
  if (*c.health_cmd) return cmd_health(g, c.health, log);
  return 2;
}

// Says why a command failed; the exit code for it.
int report_failure(const Error& e, const GlobalOptions& g, Logger& log) {
  LogEvent failed;
  failed.level = "error";
  failed.event = "command_failed";
  failed.msg = e.describe();
  failed.status = "failed";
  failed.error = e.describe();
  if (!e.model().empty()) failed.model = e.model();
  log.event(failed);
  if (g.verbose && !e.statement().empty()) log.debug("statement:\n" + e.statement());
  return exit_code_for(e.category());
}

}  // namespace
}  // namespace starling

int main(int argc, char** argv) {
  using namespace starling;
  // `starling run | head`: a reader that goes away must not end the run; a write to a closed pipe
  // then fails (and the line is dropped) instead of killing the process
  std::signal(SIGPIPE, SIG_IGN);
  CLI::App app{
      "starling builds and maintains Kimball star schemas in PostgreSQL from YAML models.\n"
      "Exit codes: 0 ok, 1 a model/test/freshness check failed, 2 usage or project error,\n"
      "3 another run holds the lock, 4 database unreachable.",
      "starling"};
  app.set_version_flag("--version", std::string("starling ") + k_starling_version);
  app.require_subcommand(1);
  app.fallthrough();
  CommandLine c;
  add_global_options(app, c);
  add_build_commands(app, c);
  add_rebuild_commands(app, c);
  add_report_commands(app, c);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  }
  GlobalOptions& g = c.g;
  g.log_format = c.log_format == "json" ? LogFormat::json : LogFormat::text;
  g.tty = isatty(STDERR_FILENO) != 0;

  Logger log(std::cerr, g.log_format,
             g.quiet ? Verbosity::quiet : (g.verbose ? Verbosity::verbose : Verbosity::normal),
             g.tty);
  try {
    return dispatch(c, log);
  } catch (const Error& e) {
    return report_failure(e, g, log);
  } catch (const std::exception& e) {
    log.error(std::string("internal error: ") + e.what());
    return 1;
  }
}
