// The command line: parses arguments, runs one command, maps errors to exit codes (SPEC §4).
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <csignal>

#include <iostream>

#include "cli/commands.hpp"
#include "util/error.hpp"
#include "version.hpp"

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

  GlobalOptions g;
  std::string log_format = "text";
  app.add_option("--project", g.project_dir, "project folder (default: current folder)");
  app.add_option("--target", g.target,
                 "target from config.yaml (default: STARLING_TARGET, then 'target:')");
  app.add_option("--log-format", log_format, "text or json")
      ->check(CLI::IsMember({"text", "json"}));
  app.add_flag("-q,--quiet", g.quiet, "only errors and the summary line");
  app.add_flag("-v,--verbose", g.verbose, "more detail");

  auto* validate = app.add_subcommand("validate", "check the project; no database needed");

  PlanOptions plan_opts;
  auto* plan = app.add_subcommand("plan", "show what run would do, in build order");
  plan->add_option("selectors", plan_opts.selectors, "models: NAME, tag:NAME, NAME+, +NAME");
  plan->add_flag("--sql", plan_opts.sql, "print every statement");
  plan->add_flag("--offline", plan_opts.offline, "plan without a database, as for an empty target");
  plan->add_option(
      "--now", plan_opts.now,
      "plan as if the UTC time were this (YYYY-MM-DD HH:MM:SS), e.g. the next cron run");

  MigrateOptions migrate_opts;
  auto* migrate = app.add_subcommand("migrate", "apply pending migrations from migrations/");
  migrate->add_flag(
      "--repeatable", migrate_opts.repeatable,
      "also apply new or changed R__*.sql files now (run applies them after the models)");

  RunCommandOptions run_opts;
  auto* run = app.add_subcommand(
      "run", "migrate, build every model that is due, record it (the cron entry)");
  run->add_option("selectors", run_opts.selectors, "models: NAME, tag:NAME, NAME+, +NAME");
  run->add_flag("--wait", run_opts.wait,
                "wait for another command to finish; without it the run lock is tried 5 times "
                "over 1 s, then the run exits 3, recorded as skipped");

  RebuildOptions rebuild_opts;
  auto* rebuild = app.add_subcommand(
      "rebuild", "rebuild models and everything downstream beside the live tables, then swap");
  rebuild->add_option("selectors", rebuild_opts.selectors, "models: NAME, tag:NAME, +NAME");
  rebuild->add_flag("--all", rebuild_opts.all, "every model");
  rebuild->add_flag("--wait", rebuild_opts.wait, "wait for another run instead of exiting 3");

  RestateOptions restate_opts;
  auto* restate = app.add_subcommand(
      "restate", "rebuild the periods of a period fact (and of the period facts reading it)");
  restate->add_option("model", restate_opts.model, "a strategy: period fact")->required();
  restate->add_option("--from", restate_opts.from, "first day (YYYY-MM-DD)")->required();
  restate->add_option("--to", restate_opts.to, "last day, included (YYYY-MM-DD)")->required();
  restate->add_flag("--wait", restate_opts.wait, "wait for another run instead of exiting 3");

  RunCommandOptions verify_opts;
  auto* verify = app.add_subcommand(
      "verify", "build from scratch into scratch schemas and compare with the live tables");
  verify->add_option("selectors", verify_opts.selectors, "models: NAME, tag:NAME, NAME+, +NAME");

  FreshnessOptions freshness_opts;
  auto* freshness = app.add_subcommand(
      "freshness", "measure every source table, record it, exit 1 if any is past error_after");
  freshness->add_option("--now", freshness_opts.now,
                        "measure as if the UTC time were this (YYYY-MM-DD HH:MM:SS)");

  HealthOptions health_opts;
  auto* health = app.add_subcommand(
      "health", "write a self-contained HTML page of sources, models, runs and their history");
  health->add_option("--html", health_opts.html, "the file to write")->required();
  health->add_option("--runs", health_opts.runs, "how many recent runs to list (default 20)")
      ->check(CLI::Range(1, 10000));
  health->add_option("--days", health_opts.days, "how many days of history to chart (default 7)")
      ->check(CLI::Range(1, 3650));

  StatusOptions status_opts;
  auto* status = app.add_subcommand("status", "last runs and every model's state and watermarks");
  status->add_flag("--json", status_opts.json, "the same facts as JSON, for scripts");

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
  g.log_format = log_format == "json" ? LogFormat::json : LogFormat::text;
  g.tty = isatty(STDERR_FILENO) != 0;

  Logger log(std::cerr, g.log_format,
             g.quiet ? Verbosity::quiet : (g.verbose ? Verbosity::verbose : Verbosity::normal),
             g.tty);
  try {
    if (*validate) return cmd_validate(g, log);
    if (*plan) return cmd_plan(g, plan_opts, log);
    if (*migrate) return cmd_migrate(g, migrate_opts, log);
    if (*run) return cmd_run(g, run_opts, log);
    if (*verify) return cmd_verify(g, verify_opts, log);
    if (*rebuild) return cmd_rebuild(g, rebuild_opts, log);
    if (*restate) return cmd_restate(g, restate_opts, log);
    if (*status) return cmd_status(g, status_opts, log);
    if (*freshness) return cmd_freshness(g, freshness_opts, log);
    if (*health) return cmd_health(g, health_opts, log);
  } catch (const Error& e) {
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
  } catch (const std::exception& e) {
    log.error(std::string("internal error: ") + e.what());
    return 1;
  }
  return 2;
}
