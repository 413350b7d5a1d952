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
  if (st.meta_version >= 3)
    for (const auto& row : e.execute(d.meta_sql().recorded_models(Ident(t.meta_schema))).rows)
      st.recorded[row[0].value_or("")] = {row[1].value_or(""), row[2]};
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
int upgrade_meta_schema(Executor& e, const Dialect& d, const std::string& meta, bool create) {
  int have = meta_schema_version(e, d, meta);
  if (have == current_meta_version(d) || (have == 0 && !create)) return have;
  std::optional<RunLock> lock;
  try {
    lock.emplace(e, d, meta);
  } catch (const Error& err) {
    if (err.category() != ErrorCategory::locked) throw;
  }
  if (lock || have == 0) ensure_meta_schema(e, d, meta);
  return meta_schema_version(e, d, meta);
}

// What every command that talks to a target starts from.
struct Context {
  CheckedProject checked;
  const Target* target = nullptr;
  std::unique_ptr<Dialect> dialect;
  const Project& project() const { return checked.project; }
  // the models `selectors` pick, in build order
  std::vector<std::string> select(const std::vector<std::string>& selectors) const {
    return select_models(checked.project, checked.graph.lineage, checked.graph.order, selectors);
  }
  Logger* log = nullptr;
  std::unique_ptr<Executor> connect_target() const {
    return connect(*target, project().config, *dialect, *log);
  }
};

Context prepare(const GlobalOptions& g, Logger& log) {
  Context c{load_checked_project(g.project_dir), nullptr, nullptr, &log};
  c.target = &pick_target(c.checked.project, g.target);
  c.dialect = make_dialect(c.target->dialect, redshift_on_postgres());
  return c;
}

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

int cmd_plan(const GlobalOptions& g, const PlanOptions& o, Logger& log) {
  Context ctx = prepare(g, log);
  const CheckedProject& c = ctx.checked;
  const Project& p = ctx.project();
  const Target& t = *ctx.target;
  const auto& d = ctx.dialect;
  auto models = ctx.select(o.selectors);

  TargetState st = empty_state(p);
  std::unique_ptr<Executor> online;
  if (!o.offline) {
    online = ctx.connect_target();
    st = read_state(*online, *d, p, t);
  }
  Plan plan = make_plan(p, t, models, st, *d);
  // every model against the target's catalog, nothing executed (check/preflight)
  std::vector<PreflightProblem> problems;
  size_t checked_models = 0;
  std::vector<std::string> unchecked;  // breaking changes: run refuses them, rebuild builds anew
  if (online) {
    std::vector<PreflightModel> check;
    for (const auto& s : plan.steps)
      if (s.change.level != ChangeLevel::breaking)
        check.push_back({s.model, s.action == ModelAction::exists, s.change.new_columns});
      else
        unchecked.push_back(s.model);
    std::vector<const Migration*> pending;
    for (const auto& m : p.migrations)
      if (std::count(st.pending_migrations.begin(), st.pending_migrations.end(), m.file))
        pending.push_back(&m);
    problems = check_models(*online, *d, p, t, check, pending);
    checked_models = check.size();
  }

  std::cout << fmt::format("target {} ({}), models in schema {}, meta in schema {}{}\n",
                           plan.target, to_string(plan.dialect), plan.schema, plan.meta_schema,
                           o.offline ? " [offline: planned as for an empty target]" : "");
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
      rebuild.push_back(s.model);
    }
    std::cout << fmt::format("  {:>4}  {:<{}}  {:<14}  {}\n", ++i, s.model, width,
                             to_string(s.kind), what);
  }
  if (!rebuild.empty()) {
    std::vector<std::string> sel;
    for (const auto& r : rebuild) sel.push_back(r + "+");
    auto all = ctx.select(sel);
    std::cout << fmt::format(
        "breaking changes: `starling rebuild {}` rebuilds {} beside the live tables and swaps them "
        "in\n",
        join(rebuild, " "), join(all, ", "));
  }
  if (o.sql) {
    // the run itself, on a dry-run executor: state is read, everything else only recorded
    RunOptions ro;
    ro.models = models;
    ro.dry_run = true;
    if (!o.now.empty()) ro.now = parse_now_option(o.now);
    std::unique_ptr<Executor> real;
    if (!o.offline) real = ctx.connect_target();
    PlanningExecutor dry(real.get());
    // what the dialect sends, as it sends it
    std::optional<AdaptingExecutor> adapted;
    if (auto adapt = d->statement_adapter()) adapted.emplace(dry, std::move(adapt));
    Executor& on = adapted ? static_cast<Executor&>(*adapted) : dry;
    on.savepoints = d->savepoints();
    std::ostringstream sink;
    Logger quiet(sink, LogFormat::text, Verbosity::quiet, false);
    Runner(on, *d, p, t, c.graph, quiet).run(ro);
    std::cout << fmt::format("statements of a run{} ({}):\n",
                             o.offline ? " on an empty target" : " now", dry.recorded().size());
    print_statements(dry.recorded(), "  ");
  }
  log.debug(fmt::format("planned {} models", plan.steps.size()));
  if (!online) return 0;
  for (const auto& pr : problems) log.error(pr.str());
  std::string checked = fmt::format("{} model{} against the catalog of target {}", checked_models,
                                    checked_models == 1 ? "" : "s", t.name);
  if (!unchecked.empty())
    checked += fmt::format(
        " (not checked, as run refuses {}: {}, whose breaking change `starling "
        "rebuild` checks as it builds)",
        unchecked.size() == 1 ? "it" : "them", join(unchecked, ", "));
  if (problems.empty()) {
    log.info("plan: checked " + checked + ": no problems");
    return 0;
  }
  log.summary(fmt::format("plan: {} problem{} found checking {} (nothing was run or written)",
                          problems.size(), problems.size() == 1 ? "" : "s", checked));
  return 2;
}

int cmd_migrate(const GlobalOptions& g, const MigrateOptions& o, Logger& log) {
  Context ctx = prepare(g, log);
  const Project& p = ctx.project();
  const Target& t = *ctx.target;
  const auto& d = ctx.dialect;
  auto e = ctx.connect_target();
  RunLock lock(*e, *d, t.meta_schema);
  ensure_meta_schema(*e, *d, t.meta_schema);
  RunRecord run(*e, d->meta_sql(), t.meta_schema, "migrate", t.name,
                o.repeatable ? "--repeatable" : "");
  run.close_interrupted([&](const std::string& w) { log.warn(w); });
  try {
    auto r = apply_migrations(*e, *d, p, t.meta_schema, o.repeatable, run.id(),
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
  Context ctx = prepare(g, log);
  const CheckedProject& c = ctx.checked;
  const Project& p = ctx.project();
  const Target& t = *ctx.target;
  const auto& d = ctx.dialect;
  RunOptions ro;
  ro.models = ctx.select(o.selectors);
  ro.wait_for_lock = o.wait;
  ro.arguments = join(o.selectors, " ");
  ro.check_freshness = true;
  auto e = ctx.connect_target();
  Runner runner(*e, *d, p, t, c.graph, log);
  RunResult r = runner.run(ro);
  bool stale_fails =
      r.freshness.errors() > 0 && p.config.run.on_stale_source != OnStaleSource::warn;
  bool ok = r.failed == 0 && r.repeatable_error.empty() && !stale_fails;
  summarize(log, "run", r, started, ok ? "success" : "failed", ok ? "" : run_failure(r));
  return ok ? 0 : 1;
}

int cmd_freshness(const GlobalOptions& g, const FreshnessOptions& o, Logger& log) {
  Context ctx = prepare(g, log);
  const Project& p = ctx.project();
  const Target& t = *ctx.target;
  auto targets = freshness_targets(p.config);
  std::optional<double> now;
  if (!o.now.empty())
    now = std::chrono::duration<double>(parse_now_option(o.now).time_since_epoch()).count();
  auto e = ctx.connect_target();
  const MetaSql& sql = ctx.dialect->meta_sql();
  FreshnessReport r;
  if (now) {
    // a what-if (--now) is measured and shown, never recorded: no runs row, no source_freshness
    // rows, no meta schema created, so history, the health page and status stay as they were
    r = measure_freshness(*e, sql, targets, now);
  } else {
    upgrade_meta_schema(*e, *ctx.dialect, t.meta_schema, true);
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
  if (!log.quiet() && !r.checks.empty()) {
    size_t w = 12;
    for (const auto& c : r.checks) w = std::max(w, c.target.name().size());
    auto dur = [](const std::optional<std::chrono::seconds>& d) {
      return d ? format_duration(*d) : std::string("-");
    };
    std::string at = "max loaded_at (" + p.config.timezone + ")";
    size_t aw = std::max<size_t>(19, at.size());
    std::cout << fmt::format("{:<{}}  {:<6}  {:<{}}  {:>9}  {:>6}  {:>6}  {}\n", "source table", w,
                             "status", at, aw, "lag", "warn", "error", "message");
    for (const auto& c : r.checks)
      std::cout << fmt::format("{:<{}}  {:<6}  {:<{}}  {:>9}  {:>6}  {:>6}  {}\n", c.target.name(),
                               w, c.status, c.max_loaded_at.value_or("-"), aw,
                               c.lag_seconds ? format_lag(*c.lag_seconds) : "-",
                               dur(c.target.warn_after), dur(c.target.error_after), c.message);
  }
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
  Context ctx = prepare(g, log);
  const CheckedProject& c = ctx.checked;
  const Project& p = ctx.project();
  if (o.all == !o.selectors.empty())
    throw Error(ErrorCategory::usage,
                o.all ? "rebuild takes models or --all, not both" : "rebuild what?", std::nullopt,
                "name models (dim_users, tag:core, …) or pass --all");
  // everything downstream is rebuilt too: its surrogate keys come from the rebuilt tables
  std::vector<std::string> sel;
  for (const auto& s : o.selectors) sel.push_back(s.back() == '+' ? s : s + "+");
  RunOptions ro;
  ro.models = o.all ? c.graph.order : ctx.select(sel);
  ro.wait_for_lock = o.wait;
  ro.arguments = o.all ? "--all" : join(o.selectors, " ");
  log.info("rebuilding " + join(ro.models, ", "));
  auto e = ctx.connect_target();
  Runner runner(*e, *ctx.dialect, p, *ctx.target, c.graph, log);
  RunResult r;
  try {
    r = runner.rebuild(ro);
  } catch (const Error& err) {
    if (err.category() != ErrorCategory::database) throw;
    log.error(err.describe());
    log.summary("rebuild: failed; the live tables are as they were");
    return 1;
  }
  summarize(log, "rebuild", r, started, "success");
  return 0;
}

int cmd_restate(const GlobalOptions& g, const RestateOptions& o, Logger& log) {
  auto started = std::chrono::steady_clock::now();
  Context ctx = prepare(g, log);
  const CheckedProject& c = ctx.checked;
  const Project& p = ctx.project();
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
  auto e = ctx.connect_target();
  Runner runner(*e, *ctx.dialect, p, *ctx.target, c.graph, log);
  RunResult r = runner.run(ro);
  bool ok = r.failed == 0 && r.repeatable_error.empty();
  summarize(log, "restate", r, started, ok ? "success" : "failed", ok ? "" : run_failure(r));
  return ok ? 0 : 1;
}

int cmd_verify(const GlobalOptions& g, const RunCommandOptions& o, Logger& log) {
  Context ctx = prepare(g, log);
  const CheckedProject& c = ctx.checked;
  const Project& p = ctx.project();
  const Target& t = *ctx.target;
  const auto& d = ctx.dialect;
  RunOptions ro;
  ro.models = ctx.select(o.selectors);
  ro.arguments = join(o.selectors, " ");
  auto e = ctx.connect_target();
  Logger quiet_build(std::cerr, g.log_format, Verbosity::quiet, g.tty);
  Runner runner(*e, *d, p, t, c.graph, g.verbose ? log : quiet_build);
  VerifyResult r = runner.verify(ro);
  int differing = 0;
  for (const auto& m : r.scratch.models)
    if (m.status != ModelStatus::success)
      log.error(m.model + ": the scratch build " + to_string(m.status) + ": " + m.error);
  for (const auto& m : r.models) {
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
  log.summary(fmt::format("verify: {} of {} models equal a from-scratch rebuild",
                          r.models.size() - differing, r.models.size()));
  return r.ok() ? 0 : 1;
}

namespace {

using Row = std::vector<std::optional<std::string>>;
// model -> its (source, value) watermarks, in source order
using Watermarks =
    std::map<std::string, std::vector<std::pair<std::string, std::optional<std::string>>>>;

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

nlohmann::ordered_json text(const std::optional<std::string>& x) {
  if (!x) return nullptr;
  return *x;
}

// status --json (docs/commands.md has the schema).
nlohmann::ordered_json status_json(const Target& t, const Project& p,
                                   const std::vector<std::string>& order,
                                   const std::vector<Row>& runs,
                                   const std::map<std::string, const Row*>& by_model,
                                   const Watermarks& watermarks, const std::vector<Row>& health) {
  nlohmann::ordered_json out;
  out["target"] = t.name;
  out["timezone"] = p.config.timezone;
  out["runs"] = nlohmann::ordered_json::array();
  for (const auto& r : runs)
    out["runs"].push_back({{"run_id", number(r[0])},
                           {"command", text(r[1])},
                           {"status", text(r[3])},
                           {"started_at", utc_time(r[4])},
                           {"duration_s", number(r[5])},
                           {"error", text(r[6])}});
  out["models"] = nlohmann::ordered_json::array();
  for (const auto& name : order) {
    const Model& m = *p.model(name);
    nlohmann::ordered_json j{{"model", name}, {"kind", to_string(m.kind)}};
    auto it = by_model.find(name);
    if (it == by_model.end()) {
      j["status"] = "never";
      out["models"].push_back(j);
      continue;
    }
    const Row& r = *it->second;
    j["status"] = text(r[1]);
    j["finished_at"] = utc_time(r[2]);
    j["rows_inserted"] = number(r[3]);
    j["rows_updated"] = number(r[4]);
    j["rows_deleted"] = number(r[5]);
    j["periods_built"] = number(r[6]);
    j["message"] = text(r[7]);
    j["last_success"] = utc_time(r[8]);
    nlohmann::ordered_json marks = nlohmann::ordered_json::object();
    auto w = watermarks.find(name);
    if (w != watermarks.end())
      for (const auto& [source, value] : w->second) marks[source] = utc_time(value);
    j["watermarks"] = marks;
    out["models"].push_back(j);
  }
  // pipeline_health, row for row: every source table and model with its status and lag
  out["health"] = nlohmann::ordered_json::array();
  for (const auto& r : health)
    out["health"].push_back({{"kind", text(r[0])},
                             {"name", text(r[1])},
                             {"status", text(r[2])},
                             {"last_success", utc_time(r[3])},
                             {"lag_seconds", number(r[4])},
                             {"threshold_seconds", number(r[5])},
                             {"warn_after_seconds", number(r[6])},
                             {"error_after_seconds", number(r[7])},
                             {"message", text(r[8])},
                             {"checked_at", utc_time(r[9])}});
  return out;
}

}  // namespace

int cmd_status(const GlobalOptions& g, const StatusOptions& o, Logger& log) {
  Context ctx = prepare(g, log);
  const CheckedProject& c = ctx.checked;
  const Project& p = ctx.project();
  const Target& t = *ctx.target;
  const auto& d = ctx.dialect;
  auto e = ctx.connect_target();
  Ident meta(t.meta_schema);
  int version = upgrade_meta_schema(*e, *d, t.meta_schema, false);
  bool has_meta = version > 0;
  std::vector<std::vector<std::optional<std::string>>> runs, states, health;
  Watermarks watermarks;
  if (has_meta) {
    const MetaSql& sql = d->meta_sql();
    // instants in UTC for JSON, exact even in the hour a fall-back repeats
    if (o.json) e->execute(sql.set_time_zone("UTC"));
    runs = e->execute(sql.recent_runs(meta, o.runs)).rows;
    states = e->execute(sql.model_states(meta)).rows;
    // each model's watermarks as "source=value, …"
    std::map<std::string, std::string> marks;
    for (const auto& w : e->execute(sql.all_watermarks(meta)).rows) {
      std::string& m = marks[w[0].value_or("")];
      m += (m.empty() ? "" : ", ") + w[1].value_or("") + "=" + w[2].value_or("");
      watermarks[w[0].value_or("")].emplace_back(w[1].value_or(""), w[2]);
    }
    for (auto& row : states) {
      auto it = marks.find(row[0].value_or(""));
      row.push_back(it == marks.end() ? std::nullopt : std::optional<std::string>(it->second));
    }
    if (version >= 2) health = e->execute(sql.health_rows(meta)).rows;
  }
  std::map<std::string, const std::vector<std::optional<std::string>>*> by_model;
  for (const auto& row : states) by_model[row[0].value_or("")] = &row;
  auto v = [](const std::optional<std::string>& x) { return x.value_or(""); };

  if (o.json) {
    std::cout << status_json(t, p, c.graph.order, runs, by_model, watermarks, health)
                     .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
              << "\n";
    return 0;
  }
  std::cout << fmt::format("target {} ({}), models in schema {}\n", t.name, to_string(t.dialect),
                           t.schema);
  if (!has_meta) {
    std::cout << "nothing has run on this target yet (no meta schema " << t.meta_schema << ")\n";
    return 0;
  }
  std::cout << "last runs:\n";
  for (const auto& r : runs)
    std::cout << fmt::format("  {:>5}  {:<9} {:<8} {}  {:>6} s{}\n", v(r[0]), v(r[1]), v(r[3]),
                             v(r[4]), v(r[5]), r[6] ? "  " + *r[6] : "");
  std::cout << "sources (last freshness check):\n";
  bool any_source = false;
  for (const auto& r : health) {
    if (v(r[0]) != "source") continue;
    any_source = true;
    std::cout << fmt::format("  {:<24} {:<6} lag {:>9}  newest row {}{}\n", v(r[1]), v(r[2]),
                             r[4] ? format_lag(std::stoll(*r[4])) : "-", r[3] ? *r[3] : "-",
                             r[8] ? "  " + *r[8] : "");
  }
  if (!any_source)
    std::cout << "  not measured yet (starling freshness, or a run, measures them)\n";
  std::cout << "models:\n";
  size_t width = 0;
  for (const auto& n : c.graph.order) width = std::max(width, n.size());
  for (const auto& name : c.graph.order) {
    auto it = by_model.find(name);
    if (it == by_model.end()) {
      std::cout << fmt::format("  {:<{}}  never built\n", name, width);
      continue;
    }
    const auto& r = *it->second;
    std::string line = fmt::format("  {:<{}}  {:<7}  last success {}  +{} ~{} -{}", name, width,
                                   v(r[1]), r[8] ? *r[8] : "never", v(r[3]), v(r[4]), v(r[5]));
    if (r[6] && *r[6] != "0") line += " (" + *r[6] + " periods)";
    if (r[9]) line += "  watermarks " + *r[9];
    if (r[1] && *r[1] != "success" && r[7]) line += "  " + *r[7];
    std::cout << line << "\n";
  }
  log.debug("status read from " + t.meta_schema);
  return 0;
}

int cmd_health(const GlobalOptions& g, const HealthOptions& o, Logger& log) {
  Context ctx = prepare(g, log);
  const Project& p = ctx.project();
  const Target& t = *ctx.target;
  auto e = ctx.connect_target();
  HealthData data;
  if (upgrade_meta_schema(*e, *ctx.dialect, t.meta_schema, false) > 0)
    data = read_health(*e, ctx.dialect->meta_sql(), t.meta_schema, o.runs, o.days);
  else
    data.generated_at =
        std::stod(e->execute(ctx.dialect->meta_sql().server_epoch()).scalar().value_or("0"));
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
