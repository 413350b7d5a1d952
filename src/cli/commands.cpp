#include "cli/commands.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <iostream>
#include <map>
#include <sstream>

#include "check/preflight.hpp"
#include "db/connect.hpp"
#include "db/dsn.hpp"
#include "db/executor.hpp"
#include "freshness/freshness.hpp"
#include "health/health.hpp"
#include "loader/loader.hpp"
#include "plan/periods.hpp"
#include "plan/plan.hpp"
#include "project/check.hpp"
#include "project/graph.hpp"
#include "run/runner.hpp"
#include "sql/meta.hpp"
#include "state/ledger.hpp"
#include "state/meta.hpp"
#include "state/migrations.hpp"
#include "util/strings.hpp"

namespace starling {

namespace {

const Target& pick_target(const Project& p, const std::string& requested) {
  std::string name = requested;
  if (name.empty()) name = getenv_lookup("STARLING_TARGET").value_or("");
  if (name.empty()) name = p.config.default_target;
  std::vector<std::string> names;
  for (const auto& t : p.config.targets) names.push_back(t.name);
  if (name.empty())
    throw Error(
        ErrorCategory::usage, "no target chosen", std::nullopt,
        "pass --target NAME or set 'target:' in config.yaml; targets: " + join(names, ", "));
  const Target* t = p.config.target(name);
  if (!t) {
    std::string hint = did_you_mean(name, names);
    throw Error(ErrorCategory::usage, "no target named '" + name + "' in config.yaml", std::nullopt,
                hint.empty() ? "targets: " + join(names, ", ") : hint);
  }
  return *t;
}

bool redshift_on_postgres() {
  return getenv_lookup("STARLING_REDSHIFT_ON_POSTGRES").value_or("") == "1";
}

std::unique_ptr<Executor> connect(const Target& t, const Config& c, const Dialect& d, Logger& log) {
  std::optional<long long> timeout;
  if (t.statement_timeout) timeout = t.statement_timeout->count();
  return connect_dialect(t.dsn, "target '" + t.name + "' (" + mask_dsn(t.dsn) + ")", timeout, d,
                         c.timezone, [&](const std::string& w) { log.warn(w); });
}

// The state of an empty target: no meta schema, no tables, every migration pending.
TargetState empty_state(const Project& p) {
  TargetState st;
  for (const auto& m : p.migrations)
    (m.kind == Migration::Kind::versioned ? st.pending_migrations : st.pending_repeatable)
        .push_back(m.file);
  return st;
}

TargetState read_state(Executor& e, const Dialect& d, const Project& p, const Target& t) {
  TargetState st = empty_state(p);
  st.meta_version = meta_schema_version(e, d, t.meta_schema);
  st.tables = existing_tables(e, d, t.schema);
  auto indexes = existing_indexes(e, d, t.schema);
  for (const auto& m : p.models)
    if (st.tables.count(m.name) && missing_index(d, m, p, t.schema, indexes))
      st.lacking_index.insert(m.name);
  for (const auto& m : p.models)
    if (st.tables.count(m.name))
      if (auto cols = lacking_columns(e, d, m, p, t.schema); !cols.empty())
        st.lacking_columns[m.name] = std::move(cols);
  if (st.meta_version >= 3)
    for (const auto& [model, r] : read_recorded_models(e, d.meta_sql(), Ident(t.meta_schema)))
      st.recorded[model] = {r.fingerprint, r.definition};
  if (st.meta_version > 0) {
    MigrationStatus ms = migration_status(e, d, p, t.meta_schema);
    st.pending_migrations.clear();
    st.pending_repeatable.clear();
    for (auto* m : ms.pending) st.pending_migrations.push_back(m->file);
    for (auto* m : ms.pending_repeatable) st.pending_repeatable.push_back(m->file);
  }
  return st;
}

void print_statements(const std::vector<Statement>& ss, const std::string& indent) {
  for (const auto& s : ss) {
    std::string text = display(s);
    std::cout << indent << "-- " << s.label << "\n";
    for (const auto& line : split(text, '\n')) std::cout << indent << line << "\n";
  }
}

// The --now option: a UTC time as YYYY-MM-DD HH:MM:SS (or with a T).
std::chrono::system_clock::time_point parse_now_option(const std::string& now) {
  std::string when = now;
  std::replace(when.begin(), when.end(), 'T', ' ');
  auto t = parse_local(when);
  if (!t)
    throw Error(ErrorCategory::usage, "invalid --now '" + now + "'", std::nullopt,
                "write the UTC time as YYYY-MM-DD HH:MM:SS or YYYY-MM-DDTHH:MM:SS");
  return std::chrono::system_clock::time_point{} +
         std::chrono::duration_cast<std::chrono::system_clock::duration>(*t);
}

// Creates (when `create`) or upgrades the meta schema for a command that is not a run: under the
// run lock when it is free; a run holding it upgrades the schema itself. Returns the version after.
int upgrade_meta_schema(Executor& e, const Dialect& d, const Target& t, bool create) {
  const std::string& meta = t.meta_schema;
  int have = meta_schema_version(e, d, meta);
  if (have == current_meta_version(d) || (have == 0 && !create)) return have;
  std::optional<RunLock> lock;
  try {
    lock.emplace(e, d, meta, t.run_lock_lease);
  } catch (const Error& err) {
    if (err.category() != ErrorCategory::locked) throw;
  }
  if (lock || have == 0) ensure_meta_schema(e, d, meta);
  return meta_schema_version(e, d, meta);
}

// What every command that talks to a target starts from: the checked project, the target chosen
// and its dialect, built once at the top of the command.
struct Context {
  Context(const GlobalOptions& g, Logger& l)
      : checked(load_checked_project(g.project_dir)),
        project(checked.project),
        graph(checked.graph),
        target(pick_target(project, g.target)),
        owned_dialect(make_dialect(target.dialect, redshift_on_postgres())),
        dialect(*owned_dialect),
        log(l) {}
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;

  CheckedProject checked;
  const Project& project;
  const CheckedGraph& graph;
  const Target& target;
  const std::unique_ptr<Dialect> owned_dialect;
  const Dialect& dialect;
  Logger& log;

  // the models `selectors` pick, in build order
  std::vector<std::string> select(const std::vector<std::string>& selectors) const {
    return select_models(project, graph.lineage, graph.order, selectors);
  }
  std::unique_ptr<Executor> connect() const {
    return starling::connect(target, project.config, dialect, log);
  }
  // A run of this project on the target through `e`, logging to `to` (the command's log).
  Runner runner(Executor& e, Logger& to) const {
    return Runner(e, dialect, project, target, graph, to);
  }
  Runner runner(Executor& e) const { return runner(e, log); }
};

}  // namespace

CheckedProject load_checked_project(const std::string& dir) {
  Diagnostics d;
  CheckedProject c{load_project(dir, d), {}};
  if (d.empty()) {
    c.graph = check_project(c.project, d);
    check_target_types(c.project, d);
  }
  d.throw_if_any();
  return c;
}

int cmd_validate(const GlobalOptions& g, Logger& log) {
  Diagnostics d;
  Project p = load_project(g.project_dir, d);
  check_project(p, d);
  check_target_types(p, d);
  if (!d.empty()) {
    auto items = d.sorted();
    for (const auto& item : items) log.error(item.str());
    log.summary(
        fmt::format("validate: {} problem{} found", items.size(), items.size() == 1 ? "" : "s"));
    return 2;
  }
  size_t tables = 0;
  for (const auto& s : p.config.sources) tables += s.tables.size();
  log.summary(fmt::format("validate: ok ({} models, {} source tables, {} migrations)",
                          p.models.size(), tables, p.migrations.size()));
  return 0;
}

namespace {

// What plan found checking the models against the target's catalog (check/preflight).
struct PlanCheck {
  std::vector<PreflightProblem> problems;
  size_t checked = 0;
  std::vector<std::string> unchecked;  // breaking changes: run refuses them, rebuild builds anew
};

PlanCheck check_plan(Executor& e, const Context& ctx, const Plan& plan, const TargetState& st) {
  PlanCheck out;
  std::vector<PreflightModel> check;
  for (const auto& s : plan.steps)
    if (s.change.level != ChangeLevel::breaking)
      check.push_back({s.model, s.action == ModelAction::exists, s.change.new_columns});
    else
      out.unchecked.push_back(s.model);
  std::vector<const Migration*> pending;
  for (const auto& m : ctx.project.migrations)
    if (std::count(st.pending_migrations.begin(), st.pending_migrations.end(), m.file))
      pending.push_back(&m);
  out.problems = check_models(e, ctx.dialect, ctx.project, ctx.target, check, pending);
  out.checked = check.size();
  return out;
}

void print_plan_header(const Plan& plan, bool offline) {
  std::cout << fmt::format("target {} ({}), models in schema {}, meta in schema {}{}\n",
                           plan.target, to_string(plan.dialect), plan.schema, plan.meta_schema,
                           offline ? " [offline: planned as for an empty target]" : "");
  if (plan.meta_from < plan.meta_to) {
    std::cout << fmt::format("meta schema: {} (version {} -> {})\n",
                             plan.meta_from == 0 ? "create" : "upgrade", plan.meta_from,
                             plan.meta_to);
  } else {
    std::cout << fmt::format("meta schema: current (version {})\n", plan.meta_to);
  }
  std::cout << fmt::format(
      "migrations: {}\n",
      plan.migrations.empty()
          ? std::string("none pending")
          : fmt::format("{} to apply: {}", plan.migrations.size(), join(plan.migrations, ", ")));
  if (!plan.repeatable.empty())
    std::cout << fmt::format("repeatable migrations: {} to apply after the models: {}\n",
                             plan.repeatable.size(), join(plan.repeatable, ", "));
}

// Prints the models in build order; returns those with a breaking change (rebuild builds them).
std::vector<std::string> print_plan_steps(const Plan& plan) {
  std::cout << fmt::format("models: {} in build order\n", plan.steps.size());
  size_t width = 0;
  for (const auto& s : plan.steps) width = std::max(width, s.model.size());
  int i = 0;
  std::vector<std::string> rebuild;
  for (const auto& s : plan.steps) {
    std::string what = s.action == ModelAction::create ? "create table" : "table exists";
    if (s.change.level == ChangeLevel::additive)
      what += "; additive change (" + join(s.change.reasons, "; ") + "): run applies it";
    if (s.adds_index) what += "; lacks the index on its time column: run creates it";
    if (s.change.level == ChangeLevel::breaking) {
      what += "; breaking change (" + join(s.change.reasons, "; ") + "): run refuses it";
      if (s.carry && s.carry->loses_history())
        what += "; a rebuild would lose history (" + join(s.carry->lost, "; ") +
                "): it needs --discard-history";
      else if (s.carry)
        what += "; a rebuild carries over " + s.carry->describe();
      rebuild.push_back(s.model);
    }
    std::cout << fmt::format("  {:>4}  {:<{}}  {:<14}  {}\n", ++i, s.model, width,
                             to_string(s.kind), what);
  }
  return rebuild;
}

// plan --sql: the run itself, on a dry-run executor: state is read, everything else only recorded.
void print_plan_sql(const Context& ctx, const PlanOptions& o,
                    const std::vector<std::string>& models) {
  RunOptions ro;
  ro.models = models;
  ro.dry_run = true;
  if (!o.now.empty()) ro.now = parse_now_option(o.now);
  std::unique_ptr<Executor> real;
  if (!o.offline) real = ctx.connect();
  PlanningExecutor dry(real.get());
  // what the dialect sends, as it sends it
  std::optional<AdaptingExecutor> adapted;
  if (auto adapt = ctx.dialect.statement_adapter()) adapted.emplace(dry, std::move(adapt));
  Executor& on = adapted ? static_cast<Executor&>(*adapted) : dry;
  on.set_savepoints(ctx.dialect.savepoints());
  std::ostringstream sink;
  Logger quiet(sink, LogFormat::text, Verbosity::quiet, false);
  ctx.runner(on, quiet).run(ro);
  std::cout << fmt::format("statements of a run{} ({}):\n",
                           o.offline ? " on an empty target" : " now", dry.recorded().size());
  print_statements(dry.recorded(), "  ");
}

// The end of an online plan: the problems the catalog check found; the exit code.
int report_plan_check(Logger& log, const Target& t, const PlanCheck& pc) {
  for (const auto& pr : pc.problems) log.error(pr.str());
  std::string checked = fmt::format("{} model{} against the catalog of target {}", pc.checked,
                                    pc.checked == 1 ? "" : "s", t.name);
  if (!pc.unchecked.empty())
    checked += fmt::format(
        " (not checked, as run refuses {}: {}, whose breaking change `starling "
        "rebuild` checks as it builds)",
        pc.unchecked.size() == 1 ? "it" : "them", join(pc.unchecked, ", "));
  if (pc.problems.empty()) {
    log.info("plan: checked " + checked + ": no problems");
    return 0;
  }
  log.summary(fmt::format("plan: {} problem{} found checking {} (nothing was run or written)",
                          pc.problems.size(), pc.problems.size() == 1 ? "" : "s", checked));
  return 2;
}

}  // namespace

int cmd_plan(const GlobalOptions& g, const PlanOptions& o, Logger& log) {
  Context ctx(g, log);
  auto models = ctx.select(o.selectors);
  TargetState st = empty_state(ctx.project);
  std::unique_ptr<Executor> online;
  if (!o.offline) {
    online = ctx.connect();
    st = read_state(*online, ctx.dialect, ctx.project, ctx.target);
  }
  Plan plan = make_plan(ctx.project, ctx.target, models, st, ctx.dialect);
  // every model against the target's catalog, nothing executed
  PlanCheck pc;
  if (online) pc = check_plan(*online, ctx, plan, st);

  print_plan_header(plan, o.offline);
  std::vector<std::string> rebuild = print_plan_steps(plan);
  if (!rebuild.empty()) {
    std::vector<std::string> sel;
    for (const auto& r : rebuild) sel.push_back(r + "+");
    auto all = ctx.select(sel);
    std::cout << fmt::format(
        "breaking changes: `starling rebuild {}` rebuilds {} beside the live tables and swaps them "
        "in\n",
        join(rebuild, " "), join(all, ", "));
  }
  if (o.sql) print_plan_sql(ctx, o, models);
  log.debug(fmt::format("planned {} models", plan.steps.size()));
  if (!online) return 0;
  return report_plan_check(log, ctx.target, pc);
}

int cmd_migrate(const GlobalOptions& g, const MigrateOptions& o, Logger& log) {
  Context ctx(g, log);
  const Target& t = ctx.target;
  auto e = ctx.connect();
  RunLock lock(*e, ctx.dialect, t.meta_schema, t.run_lock_lease);
  ensure_meta_schema(*e, ctx.dialect, t.meta_schema);
  RunRecord run(*e, ctx.dialect.meta_sql(), t.meta_schema, "migrate", t.name,
                o.repeatable ? "--repeatable" : "");
  run.close_interrupted([&](const std::string& w) { log.warn(w); });
  try {
    auto r = apply_migrations(*e, ctx.dialect, ctx.project, t.meta_schema,
                              o.repeatable ? MigrationSet::both : MigrationSet::versioned, run.id(),
                              [&](const std::string& f) { log.info("applied " + f); });
    run.finish("success");
    std::string summary = fmt::format("migrate: {} applied", r.applied.size());
    if (o.repeatable)
      summary += fmt::format(", {} repeatable applied", r.applied_repeatable.size());
    if (!r.pending_repeatable.empty())
      summary += fmt::format(", {} repeatable pending (run applies them after the models)",
                             r.pending_repeatable.size());
    log.summary(summary);
    return 0;
  } catch (const Error& err) {
    run.finish("failed", err.describe());
    throw;
  }
}

namespace {

// The run summary line, shared by run, rebuild and restate.
// `status` is what the command exits with (success or failed), `error` why it failed.
void summarize(Logger& log, const std::string& what, const RunResult& r,
               std::chrono::steady_clock::time_point started, const std::string& status,
               const std::string& error = {}) {
  long long ins = 0, upd = 0, del = 0;
  for (const auto& m : r.models) {
    ins += m.inserted;
    upd += m.updated;
    del += m.deleted;
  }
  auto elapsed = std::chrono::steady_clock::now() - started;
  double secs = std::chrono::duration<double>(elapsed).count();
  long long ok = static_cast<long long>(r.models.size()) - r.failed - r.skipped;
  LogEvent e;
  e.level = "summary";
  e.event = "run_finished";
  e.msg = fmt::format(
      "{} {}: {} model{} ok, {} failed, {} skipped; {} rows inserted, {} updated, {} deleted; "
      "{:.1f} s",
      what, r.run_id, ok, ok == 1 ? "" : "s", r.failed, r.skipped, ins, upd, del, secs);
  e.run_id = r.run_id;
  e.command = what;
  e.status = status;
  e.inserted = ins;
  e.updated = upd;
  e.deleted = del;
  long long periods = 0;
  for (const auto& m : r.models) periods += m.periods;
  e.periods = periods;
  e.models_ok = ok;
  e.models_failed = r.failed;
  e.models_skipped = r.skipped;
  e.duration_ms = std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count();
  if (!error.empty()) e.error = error;
  log.event(e);
}

// What a dimension's rebuild (or verify's scratch build) carried over from its live table.
std::string describe_carried(const ModelOutcome::Carried& c) {
  if (!c.not_carried.empty()) return "no history carried over (" + c.not_carried + ")";
  std::string s = fmt::format("{} {}{} carried over with {} surrogate key{}", c.members,
                              c.versions ? "version" : "member", c.members == 1 ? "" : "s",
                              c.members == 1 ? "its" : "their", c.members == 1 ? "" : "s");
  if (c.versions) s += " and interval" + std::string(c.members == 1 ? "" : "s");
  std::vector<std::string> parts;
  if (!c.keep.empty())
    parts.push_back(fmt::format("keep values of {}, {} member{} differing from the sources now",
                                join(c.keep, ", "), c.keep_differ, c.keep_differ == 1 ? "" : "s"));
  parts.push_back(fmt::format("{} member{} whose source row{} gone", c.gone, c.gone == 1 ? "" : "s",
                              c.gone == 1 ? " is" : "s are"));
  return s + " (" + join(parts, "; ") + ")";
}

// Why a run that returned failed, in a few words ("" when nothing failed).
std::string run_failure(const RunResult& r) {
  std::vector<std::string> why;
  if (r.failed) why.push_back(fmt::format("{} model{} failed", r.failed, r.failed == 1 ? "" : "s"));
  if (!r.repeatable_error.empty()) why.push_back(r.repeatable_error);
  if (!r.stale_decision.empty()) why.push_back(r.stale_decision);
  return join(why, "; ");
}

}  // namespace

int cmd_run(const GlobalOptions& g, const RunCommandOptions& o, Logger& log) {
  auto started = std::chrono::steady_clock::now();
  Context ctx(g, log);
  RunOptions ro;
  ro.models = ctx.select(o.selectors);
  ro.wait_for_lock = o.wait;
  ro.arguments = join(o.selectors, " ");
  ro.check_freshness = true;
  auto e = ctx.connect();
  RunResult r = ctx.runner(*e).run(ro);
  bool stale_fails =
      r.freshness.errors() > 0 && ctx.project.config.run.on_stale_source != OnStaleSource::warn;
  bool ok = r.failed == 0 && r.repeatable_error.empty() && !stale_fails;
  summarize(log, "run", r, started, ok ? "success" : "failed", ok ? "" : run_failure(r));
  return ok ? 0 : 1;
}

namespace {

// The table freshness shows: a line per source table, times in `timezone`.
void print_freshness_table(const FreshnessReport& r, const std::string& timezone) {
  size_t w = 12;
  for (const auto& c : r.checks) w = std::max(w, c.target.name().size());
  auto dur = [](const std::optional<std::chrono::seconds>& d) {
    return d ? format_duration(*d) : std::string("-");
  };
  std::string at = "max loaded_at (" + timezone + ")";
  size_t aw = std::max<size_t>(19, at.size());
  std::cout << fmt::format("{:<{}}  {:<6}  {:<{}}  {:>9}  {:>6}  {:>6}  {}\n", "source table", w,
                           "status", at, aw, "lag", "warn", "error", "message");
  for (const auto& c : r.checks)
    std::cout << fmt::format("{:<{}}  {:<6}  {:<{}}  {:>9}  {:>6}  {:>6}  {}\n", c.target.name(), w,
                             c.status, c.max_loaded_at.value_or("-"), aw,
                             c.lag_seconds ? format_lag(*c.lag_seconds) : "-",
                             dur(c.target.warn_after), dur(c.target.error_after), c.message);
}

}  // namespace

int cmd_freshness(const GlobalOptions& g, const FreshnessOptions& o, Logger& log) {
  Context ctx(g, log);
  const Project& p = ctx.project;
  const Target& t = ctx.target;
  auto targets = freshness_targets(p.config);
  std::optional<double> now;
  if (!o.now.empty())
    now = std::chrono::duration<double>(parse_now_option(o.now).time_since_epoch()).count();
  auto e = ctx.connect();
  const MetaSql& sql = ctx.dialect.meta_sql();
  FreshnessReport r;
  if (now) {
    // a what-if (--now) is measured and shown, never recorded: no runs row, no source_freshness
    // rows, no meta schema created, so history, the health page and status stay as they were
    r = measure_freshness(*e, sql, targets, now);
  } else {
    upgrade_meta_schema(*e, ctx.dialect, t, true);
    RunRecord record(*e, sql, t.meta_schema, "freshness", t.name, "");
    try {
      r = measure_freshness(*e, sql, targets, now);
      record_freshness(*e, sql, t.meta_schema, r, record.id(), p.config.run.freshness_retention);
    } catch (const Error& err) {
      record.finish("failed", err.describe());
      throw;
    }
    int errors = r.errors();
    record.finish(errors ? "failed" : "success",
                  errors ? std::optional<std::string>(
                               fmt::format("{} source table{} past error_after or not measurable",
                                           errors, errors == 1 ? "" : "s"))
                         : std::nullopt);
  }
  int errors = r.errors(), warnings = r.warnings();
  if (!log.quiet() && !r.checks.empty()) print_freshness_table(r, p.config.timezone);
  for (const auto& c : r.checks)
    if (c.status == "error")
      log.error("source " + c.target.name() + ": " + c.message);
    else if (c.status == "warn" && log.quiet())
      log.warn("source " + c.target.name() + ": " + c.message);
  log.summary(fmt::format("freshness: {} source table{} measured{}: {} ok, {} warn, {} error{}",
                          r.checks.size(), r.checks.size() == 1 ? "" : "s",
                          now ? " as of --now " + o.now : "", r.checks.size() - errors - warnings,
                          warnings, errors, now ? " (a what-if: nothing recorded)" : ""));
  return errors ? 1 : 0;
}

int cmd_rebuild(const GlobalOptions& g, const RebuildOptions& o, Logger& log) {
  auto started = std::chrono::steady_clock::now();
  Context ctx(g, log);
  if (o.all == !o.selectors.empty())
    throw Error(ErrorCategory::usage,
                o.all ? "rebuild takes models or --all, not both" : "rebuild what?", std::nullopt,
                "name models (dim_users, tag:core, …) or pass --all");
  // everything downstream is rebuilt too: its surrogate keys come from the rebuilt tables
  std::vector<std::string> sel;
  for (const auto& s : o.selectors) sel.push_back(s.back() == '+' ? s : s + "+");
  RunOptions ro;
  ro.models = o.all ? ctx.graph.order : ctx.select(sel);
  ro.wait_for_lock = o.wait;
  ro.discard_history = o.discard_history;
  ro.arguments =
      (o.all ? "--all" : join(o.selectors, " ")) + (o.discard_history ? " --discard-history" : "");
  log.info("rebuilding " + join(ro.models, ", "));
  auto e = ctx.connect();
  RunResult r;
  try {
    r = ctx.runner(*e).rebuild(ro);
  } catch (const Error& err) {
    if (err.category() != ErrorCategory::database) throw;
    log.error(err.describe());
    log.summary("rebuild: failed; the live tables are as they were");
    return 1;
  }
  for (const auto& m : r.models)
    if (m.carried) log.info(m.model + ": " + describe_carried(*m.carried));
  summarize(log, "rebuild", r, started, "success");
  return 0;
}

int cmd_restate(const GlobalOptions& g, const RestateOptions& o, Logger& log) {
  auto started = std::chrono::steady_clock::now();
  Context ctx(g, log);
  const Project& p = ctx.project;
  const Model* m = p.model(o.model);
  if (!m) {
    std::vector<std::string> names;
    for (const auto& x : p.models) names.push_back(x.name);
    throw Error(ErrorCategory::usage, "no model named '" + o.model + "'", std::nullopt,
                did_you_mean(o.model, names));
  }
  if (m->kind != ModelKind::fact || !m->incremental || m->incremental->strategy != Strategy::period)
    throw Error(ErrorCategory::usage, o.model + " is not a period fact", std::nullopt,
                "restate rebuilds periods of a `strategy: period` fact; `starling rebuild " +
                    o.model + "` rebuilds any model");
  auto from = parse_local(o.from + " 00:00:00"), to = parse_local(o.to + " 00:00:00");
  if (!from || !to || *to < *from)
    throw Error(ErrorCategory::usage, "invalid dates --from " + o.from + " --to " + o.to,
                std::nullopt, "write YYYY-MM-DD, with --from not after --to");
  // [from, the day after `to`): every period overlapping it is rebuilt, for the model and every
  // period fact downstream of it; the other downstream models run as usual
  std::string end = format_local(*to + std::chrono::hours(24));
  std::string start = format_local(*from);
  RunOptions ro;
  ro.models = ctx.select({o.model + "+"});
  for (const auto& name : ro.models) {
    const Model& x = *p.model(name);
    if (x.kind == ModelKind::fact && x.incremental && x.incremental->strategy == Strategy::period)
      ro.restate[name] = {start, end};
  }
  ro.wait_for_lock = o.wait;
  ro.command = "restate";
  ro.arguments = o.model + " --from " + o.from + " --to " + o.to;
  auto e = ctx.connect();
  RunResult r = ctx.runner(*e).run(ro);
  bool ok = r.failed == 0 && r.repeatable_error.empty();
  summarize(log, "restate", r, started, ok ? "success" : "failed", ok ? "" : run_failure(r));
  return ok ? 0 : 1;
}

int cmd_verify(const GlobalOptions& g, const RunCommandOptions& o, Logger& log) {
  Context ctx(g, log);
  RunOptions ro;
  ro.models = ctx.select(o.selectors);
  ro.arguments = join(o.selectors, " ");
  auto e = ctx.connect();
  Logger quiet_build(std::cerr, g.log_format, Verbosity::quiet, g.tty);
  VerifyResult r = ctx.runner(*e, g.verbose ? log : quiet_build).verify(ro);
  int differing = 0;
  for (const auto& m : r.scratch.models)
    if (m.status != ModelStatus::success)
      log.error(m.model + ": the scratch build " + to_string(m.status) + ": " + m.error);
  std::map<std::string, const ModelOutcome::Carried*> carried;
  for (const auto& m : r.scratch.models)
    if (m.carried) carried[m.model] = &*m.carried;
  for (const auto& m : r.models) {
    // history the sources no longer hold is information, not a difference
    if (auto c = carried.find(m.model);
        c != carried.end() &&
        (c->second->gone || c->second->keep_differ || !c->second->not_carried.empty()))
      log.info(m.model + ": history: " + describe_carried(*c->second));
    if (!m.differing) {
      log.info(m.model + ": same as a rebuild");
      continue;
    }
    ++differing;
    log.error(fmt::format("{}: {} from a rebuild", m.model,
                          m.differing == 1 ? std::string("1 row differs")
                                           : fmt::format("{} rows differ", m.differing)));
    for (const auto& s : m.sample) log.error("  " + s);
  }
  // a selected model whose scratch build failed was not compared
  const size_t selected = ro.models.size();
  const size_t compared = r.models.size();
  log.summary(fmt::format(
      "verify: {} of {} models equal a from-scratch rebuild{}", compared - differing, selected,
      compared < selected
          ? fmt::format(" ({} not compared: the scratch build failed)", selected - compared)
          : std::string()));
  return r.ok() ? 0 : 1;
}

namespace {

// What status reads from the meta schema.
struct StatusData {
  bool has_meta = false;
  std::vector<RecentRun> runs;
  std::map<std::string, LastModelRun> models;
  std::map<std::string, std::vector<WatermarkRow>> watermarks;  // per model, in source order
  std::vector<HealthRow> health;  // pipeline_health (meta schema version 2 and later)
};

// REQUIRES: the session's time zone is the one the instants are to be read in.
StatusData read_status(Executor& e, const Context& ctx, int runs, int version) {
  StatusData out;
  out.has_meta = version > 0;
  if (!out.has_meta) return out;
  const MetaSql& sql = ctx.dialect.meta_sql();
  Ident meta(ctx.target.meta_schema);
  out.runs = read_recent_runs(e, sql, meta, runs);
  for (auto& m : read_model_states(e, sql, meta)) out.models[m.model] = std::move(m);
  for (auto& w : read_watermarks(e, sql, meta)) out.watermarks[w.model].push_back(std::move(w));
  if (version >= 2) out.health = read_health_rows(e, sql, meta);
  return out;
}

// A "YYYY-MM-DD HH:MM:SS" the session read in UTC as ISO 8601 with its offset
// ("2026-03-29T01:00:00+00:00").
nlohmann::ordered_json utc_time(const std::optional<std::string>& utc) {
  if (!utc) return nullptr;
  auto t = parse_local(*utc);
  if (!t) return *utc;
  return format_local(*t).replace(10, 1, "T") + "+00:00";
}

nlohmann::ordered_json number(const std::optional<std::string>& x) {
  if (!x) return nullptr;
  try {
    size_t used = 0;
    if (x->find_first_of(".eE") == std::string::npos) {
      long long n = std::stoll(*x, &used);
      if (used == x->size()) return n;
    } else {
      double d = std::stod(*x, &used);
      if (used == x->size()) return d;
    }
  } catch (const std::exception&) {
  }
  return *x;
}

template <typename T>
nlohmann::ordered_json value(const std::optional<T>& x) {
  if (!x) return nullptr;
  return *x;
}

// status --json (docs/commands.md has the schema).
nlohmann::ordered_json status_json(const Context& ctx, const StatusData& st) {
  nlohmann::ordered_json out;
  out["target"] = ctx.target.name;
  out["timezone"] = ctx.project.config.timezone;
  out["runs"] = nlohmann::ordered_json::array();
  for (const auto& r : st.runs)
    out["runs"].push_back({{"run_id", value(r.run_id)},
                           {"command", value(r.command)},
                           {"status", value(r.status)},
                           {"started_at", utc_time(r.started_at)},
                           {"duration_s", number(r.duration_s)},
                           {"error", value(r.error)}});
  out["models"] = nlohmann::ordered_json::array();
  for (const auto& name : ctx.graph.order) {
    nlohmann::ordered_json j{{"model", name}, {"kind", to_string(ctx.project.model(name)->kind)}};
    auto it = st.models.find(name);
    if (it == st.models.end()) {
      j["status"] = "never";
      out["models"].push_back(j);
      continue;
    }
    const LastModelRun& m = it->second;
    j["status"] = value(m.status);
    j["finished_at"] = utc_time(m.finished_at);
    j["rows_inserted"] = value(m.rows_inserted);
    j["rows_updated"] = value(m.rows_updated);
    j["rows_deleted"] = value(m.rows_deleted);
    j["periods_built"] = value(m.periods_built);
    j["message"] = value(m.message);
    j["last_success"] = utc_time(m.last_success);
    nlohmann::ordered_json marks = nlohmann::ordered_json::object();
    auto w = st.watermarks.find(name);
    if (w != st.watermarks.end())
      for (const auto& mark : w->second) marks[mark.source] = utc_time(mark.value);
    j["watermarks"] = marks;
    out["models"].push_back(j);
  }
  // pipeline_health, row for row: every source table and model with its status and lag
  out["health"] = nlohmann::ordered_json::array();
  for (const auto& r : st.health)
    out["health"].push_back({{"kind", r.kind},
                             {"name", r.name},
                             {"status", r.status},
                             {"last_success", utc_time(r.last_success)},
                             {"lag_seconds", value(r.lag_seconds)},
                             {"threshold_seconds", value(r.threshold_seconds)},
                             {"warn_after_seconds", value(r.warn_after_seconds)},
                             {"error_after_seconds", value(r.error_after_seconds)},
                             {"message", value(r.message)},
                             {"checked_at", utc_time(r.checked_at)}});
  return out;
}

std::string text(const std::optional<std::string>& x) {
  return x.value_or("");
}

std::string text(const std::optional<long long>& x) {
  return x ? std::to_string(*x) : "";
}

void print_status_sources(const StatusData& st) {
  std::cout << "sources (last freshness check):\n";
  bool any_source = false;
  for (const auto& r : st.health) {
    if (r.kind != "source") continue;
    any_source = true;
    std::cout << fmt::format("  {:<24} {:<6} lag {:>9}  newest row {}{}\n", r.name, r.status,
                             r.lag_seconds ? format_lag(*r.lag_seconds) : "-",
                             r.last_success ? *r.last_success : "-",
                             r.message ? "  " + *r.message : "");
  }
  if (!any_source)
    std::cout << "  not measured yet (starling freshness, or a run, measures them)\n";
}

void print_status_models(const std::vector<std::string>& order, const StatusData& st) {
  std::cout << "models:\n";
  size_t width = 0;
  for (const auto& n : order) width = std::max(width, n.size());
  for (const auto& name : order) {
    auto it = st.models.find(name);
    if (it == st.models.end()) {
      std::cout << fmt::format("  {:<{}}  never built\n", name, width);
      continue;
    }
    const LastModelRun& m = it->second;
    std::string line =
        fmt::format("  {:<{}}  {:<7}  last success {}  +{} ~{} -{}", name, width, text(m.status),
                    m.last_success ? *m.last_success : "never", text(m.rows_inserted),
                    text(m.rows_updated), text(m.rows_deleted));
    if (m.periods_built && *m.periods_built != 0)
      line += " (" + std::to_string(*m.periods_built) + " periods)";
    auto w = st.watermarks.find(name);
    if (w != st.watermarks.end()) {
      std::vector<std::string> marks;  // "source=value, …"
      for (const auto& mark : w->second) marks.push_back(mark.source + "=" + text(mark.value));
      line += "  watermarks " + join(marks, ", ");
    }
    if (m.status && *m.status != "success" && m.message) line += "  " + *m.message;
    std::cout << line << "\n";
  }
}

void print_status(const Context& ctx, const StatusData& st) {
  const Target& t = ctx.target;
  std::cout << fmt::format("target {} ({}), models in schema {}\n", t.name, to_string(t.dialect),
                           t.schema);
  if (!st.has_meta) {
    std::cout << "nothing has run on this target yet (no meta schema " << t.meta_schema << ")\n";
    return;
  }
  std::cout << "last runs:\n";
  for (const auto& r : st.runs)
    std::cout << fmt::format("  {:>5}  {:<9} {:<8} {}  {:>6} s{}\n", text(r.run_id),
                             text(r.command), text(r.status), text(r.started_at),
                             text(r.duration_s), r.error ? "  " + *r.error : "");
  print_status_sources(st);
  print_status_models(ctx.graph.order, st);
}

}  // namespace

int cmd_status(const GlobalOptions& g, const StatusOptions& o, Logger& log) {
  Context ctx(g, log);
  auto e = ctx.connect();
  int version = upgrade_meta_schema(*e, ctx.dialect, ctx.target, false);
  // instants in UTC for JSON, exact even in the hour a fall-back repeats
  if (version > 0 && o.json) e->execute(ctx.dialect.meta_sql().set_time_zone("UTC"));
  StatusData st = read_status(*e, ctx, o.runs, version);
  if (o.json) {
    std::cout << status_json(ctx, st).dump(-1, ' ', false,
                                           nlohmann::ordered_json::error_handler_t::replace)
              << "\n";
    return 0;
  }
  print_status(ctx, st);
  log.debug("status read from " + ctx.target.meta_schema);
  return 0;
}

int cmd_health(const GlobalOptions& g, const HealthOptions& o, Logger& log) {
  Context ctx(g, log);
  const Project& p = ctx.project;
  const Target& t = ctx.target;
  auto e = ctx.connect();
  HealthData data;
  if (upgrade_meta_schema(*e, ctx.dialect, t, false) > 0)
    data = read_health(*e, ctx.dialect.meta_sql(), t.meta_schema, o.runs, o.days);
  else
    data.generated_at =
        std::stod(e->execute(ctx.dialect.meta_sql().server_epoch()).scalar().value_or("0"));
  data.project = p.config.project;
  data.target = t.name;
  data.timezone = p.config.timezone;
  data.history_days = o.days;
  std::string html = render_health_html(data);
  // written beside and renamed, so a reader never sees half a page
  namespace fs = std::filesystem;
  fs::path out = o.html;
  fs::path tmp = out;
  tmp += ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary);
    f << html;
    f.close();
    if (!f)
      throw Error(ErrorCategory::usage, "cannot write " + tmp.string(), std::nullopt,
                  "check that the folder exists and is writable");
  }
  std::error_code ec;
  fs::rename(tmp, out, ec);
  if (ec) throw Error(ErrorCategory::usage, "cannot write " + out.string() + ": " + ec.message());
  std::string worst = overall_status(data.rows);
  log.summary(fmt::format("health: wrote {} ({} sources and models, overall {})",
                          fs::absolute(out).string(), data.rows.size(), worst));
  return 0;
}

}  // namespace starling
