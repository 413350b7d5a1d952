#include "run/runner.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <map>
#include <thread>

#include "check/preflight.hpp"
#include "plan/date_rows.hpp"
#include "plan/decisions.hpp"
#include "plan/periods.hpp"
#include "project/definition.hpp"
#include "project/shape.hpp"
#include "run/builders/context.hpp"
#include "run/ledger.hpp"
#include "sql/ddl.hpp"
#include "sql/meta.hpp"
#include "state/ledger.hpp"
#include "state/meta.hpp"
#include "state/migrations.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace starling {

namespace {

// What the log says of a model's outcome: finished, failed or skipped, with its rows.
LogEvent model_event(long long run_id, const ModelOutcome& out) {
  LogEvent e;
  e.run_id = run_id;
  e.model = out.model;
  e.status = to_string(out.status);
  if (out.status == ModelStatus::success) {
    e.event = "model_finished";
    e.msg = fmt::format(
        "{}: {} inserted, {} updated, {} deleted{} ({} ms)", out.model, out.inserted, out.updated,
        out.deleted, out.periods ? fmt::format(", {} periods", out.periods) : "", out.duration_ms);
    e.inserted = out.inserted;
    e.updated = out.updated;
    e.deleted = out.deleted;
    e.periods = out.periods;
    e.duration_ms = out.duration_ms;
  } else {
    const bool skipped = out.status == ModelStatus::skipped;
    e.level = skipped ? "warn" : "error";
    e.event = skipped ? "model_skipped" : "model_failed";
    e.msg = out.model + ": " + out.error;
    e.error = out.error;
    if (out.status == ModelStatus::failed) e.duration_ms = out.duration_ms;
  }
  return e;
}

}  // namespace

void Runner::take_run_lock(std::optional<RunLock>& lock, const RunOptions& o) {
  auto warn = [&](const std::string& w) { log_.warn(w); };
  for (;;) {
    try {
      lock.emplace(e_, d_, t_.meta_schema, t_.run_lock_lease, warn);
      return;
    } catch (const Error& err) {
      if (err.category() != ErrorCategory::locked) throw;
      if (!o.wait_for_lock) {
        // an hour skipped is recorded, so that status and pipeline_health show it
        long long id = record_skipped_run(e_, d_, t_.meta_schema, o.command, t_.name, o.arguments,
                                          o.models, err.message());
        if (id == 0) throw;
        throw Error(ErrorCategory::locked,
                    err.message() + "; recorded as run " + std::to_string(id) + ", skipped",
                    std::nullopt, err.hint());
      }
      log_.progress("waiting for the run lock…");
      std::this_thread::sleep_for(std::chrono::seconds(1));
    }
  }
}

RunResult Runner::run(const RunOptions& o) {
  RunResult result;
  e_.execute(d_.meta_sql().set_time_zone(p_.config.timezone));
  std::optional<RunLock> lock;
  take_run_lock(lock, o);
  ensure_meta_schema(e_, d_, t_.meta_schema);
  RunRecord record(e_, d_.meta_sql(), t_.meta_schema, o.command, t_.name, o.arguments);
  record.close_interrupted([&](const std::string& w) { log_.warn(w); });
  result.run_id = record.id();
  try {
    if (o.migrations) {
      auto mig = apply_migrations(e_, d_, p_, t_.meta_schema, MigrationSet::versioned, record.id(),
                                  [&](const std::string& f) { log_.info("applied " + f); });
      result.migrations = mig.applied;
    }
    const StaleDecision stale = check_sources(o, record.id(), result);
    build_models(o, stale, record.id(), result);
    // dashboard views read the models: apply changed repeatable migrations after them
    if (o.migrations) try {
        auto rep =
            apply_migrations(e_, d_, p_, t_.meta_schema, MigrationSet::repeatable, record.id(),
                             [&](const std::string& f) { log_.info("applied " + f); });
        result.repeatable = rep.applied_repeatable;
      } catch (const Error& err) {
        if (err.category() != ErrorCategory::database) throw;
        result.repeatable_error = err.describe();
        log_.error(result.repeatable_error);
      }
    bool ok = result.failed == 0 && result.repeatable_error.empty() && !stale.fails_run();
    std::string why = fmt::format("{} failed, {} skipped", result.failed, result.skipped);
    if (!result.repeatable_error.empty()) why += "; " + result.repeatable_error;
    if (!result.stale_decision.empty()) why += "; " + result.stale_decision;
    record.finish(ok ? "success" : "failed", ok && result.stale_decision.empty()
                                                 ? std::nullopt
                                                 : std::optional<std::string>(why));
  } catch (const Error& err) {
    try {
      record.finish("failed", err.describe());
    } catch (const Error&) {
      // (the connection is gone) the next run records this one as interrupted; the error that
      // ended it is the one to report, not the failed attempt to record it
    }
    throw;
  }
  return result;
}

StaleDecision Runner::check_sources(const RunOptions& o, long long run_id, RunResult& result) {
  // sources past error_after, with why: run.on_stale_source decides what that means
  std::map<std::string, std::string> stale;
  if (o.check_freshness) {
    result.freshness = measure_freshness(e_, d_.meta_sql(), freshness_targets(p_.config));
    record_freshness(e_, d_.meta_sql(), t_.meta_schema, result.freshness, run_id,
                     p_.config.run.freshness_retention);
    for (const auto& c : result.freshness.checks)
      if (c.status == "error") {
        stale[c.target.name()] = c.message;
        log_.error("source " + c.target.name() + ": " + c.message);
      } else if (c.status == "warn") {
        log_.warn("source " + c.target.name() + ": " + c.message);
      }
  }
  StaleDecision decision = stale_decision(stale, p_.config.run.on_stale_source);
  if (!decision.text.empty()) {
    result.stale_decision = decision.text;
    log_.warn(result.stale_decision);
    result.stopped_by_stale_source = decision.stop;
  }
  return decision;
}

void Runner::build_models(const RunOptions& o, const StaleDecision& stale, long long run_id,
                          RunResult& result) {
  execute_write(e_, d_.create_schema(Ident(t_.schema)));
  RunState rs;
  rs.tables = existing_tables(e_, d_, t_.schema);
  rs.indexes = existing_indexes(e_, d_, t_.schema);
  // what each model was last built from: a change is applied (additive) or refused (breaking)
  rs.recorded = read_recorded_models(e_, d_.meta_sql(), Ident(t_.meta_schema));
  // restate: the periods to rebuild are forgotten first, under the lock
  if (!o.restate.empty()) {
    Transaction tx(e_);
    for (const auto& [model, window] : o.restate)
      e_.execute(d_.meta_sql().forget_built_periods(Ident(t_.meta_schema), model, window.first,
                                                    window.second));
    tx.commit();
  }
  // the tables facts read: each refreshed once, before the first fact that reads it
  std::optional<Changes> changes;
  if (o.command != "verify")
    changes.emplace(e_, d_, p_, g_.lineage, watch_meta_.value_or(t_.meta_schema), log_, run_id);
  changes_ = changes ? &*changes : nullptr;
  struct Unset {
    Changes*& c;
    ~Unset() { c = nullptr; }
  } unset{changes_};
  size_t done = 0;
  for (const auto& name : o.models) {
    log_.progress(fmt::format("[{}/{}] {}", ++done, o.models.size(), name));
    ModelOutcome out = run_model(*p_.model(name), run_id, o, stale, rs);
    if (out.status != ModelStatus::success) rs.broken.insert(name);  // dependants are skipped
    result.failed += out.status == ModelStatus::failed;
    result.skipped += out.status == ModelStatus::skipped;
    log_.event(model_event(run_id, out));
    result.models.push_back(out);
  }
  log_.end_progress();
}

namespace {

void add_note(std::string& note, const std::string& what) {
  if (!what.empty()) note = note.empty() ? what : note + "; " + what;
}

}  // namespace

ModelOutcome Runner::run_model(const Model& m, long long run_id, const RunOptions& o,
                               const StaleDecision& stale, RunState& rs) {
  const std::string& name = m.name;
  std::string blocked = blocked_by_upstream(g_.lineage, name, rs.broken);
  StaleGate gate = stale_gate(stale, g_.lineage, name);
  if (!gate.blocked.empty()) blocked = gate.blocked;
  std::string note = gate.note;  // for model_runs.message: what the run did beyond building it
  // a model changed since it was built
  ModelChange change;
  auto rec = rs.recorded.find(name);
  if (blocked.empty() && rs.tables.count(name) && rec != rs.recorded.end())
    change = classify_model(m, p_, rec->second.fingerprint, rec->second.definition);
  if (blocked.empty() && rs.tables.count(name))
    add_lacking_columns(change, lacking_columns(e_, d_, m, p_, t_.schema));
  if (change.level == ChangeLevel::breaking && !rec->second.built) {
    // a table whose first build never finished holds nothing a build cannot make again
    recreate_unfinished(m);
    rs.tables.erase(name);
    log_.info(name + ": recreated (its first build never finished; " + change.describe() + ")");
    add_note(note, "recreated: its first build never finished and the model changed since");
    change = ModelChange{};
  }
  ModelOutcome out;
  out.model = name;
  out.error = refusal(m, change, blocked.empty() && !rs.tables.count(name), o,
                      rec == rs.recorded.end() ? nullptr : &rec->second);
  if (!out.error.empty() || !blocked.empty()) {
    out.status = out.error.empty() ? ModelStatus::skipped : ModelStatus::failed;
    if (out.error.empty()) out.error = blocked;
    record_model_outcome(e_, d_.meta_sql(), Ident(t_.meta_schema), run_id, out);
    return out;
  }
  if (!note.empty()) log_.warn(name + ": " + note);
  if (rs.tables.count(name)) add_note(note, add_missing_index(m, rs.indexes));
  BuildInput in;
  if (rec != rs.recorded.end()) in.recorded_definition = rec->second.definition;
  if (change.level == ChangeLevel::additive) in.additive = &change;
  in.test_every_row = change.new_tests;
  out = build_with_retries(m, run_id, o, in, note, rs.tables);
  if (out.status == ModelStatus::success && in.additive)
    log_.info(name + ": applied " + change.describe());
  return out;
}

std::string Runner::refusal(const Model& m, const ModelChange& change, bool first_build,
                            const RunOptions& o, const RecordedModel* recorded) {
  if (change.level == ChangeLevel::breaking) {
    std::string how =
        "run `starling rebuild " + m.name + "` to rebuild it and everything downstream";
    if (m.kind == ModelKind::dimension) {
      HistoryCarry h =
          history_carry(m, p_, recorded ? recorded->definition : std::optional<std::string>());
      if (h.loses_history())
        how = "rebuilding it would lose history (" + join(h.lost, "; ") +
              "): run `starling rebuild " + m.name +
              " --discard-history` to rebuild it and everything downstream anyway, or undo the "
              "change";
    }
    return "the model changed (" + change.describe() + "); " + how;
  }
  if (!first_build || o.command != "run" || o.dry_run) return "";
  std::vector<std::string> problems;
  try {
    for (const auto& pr : check_models(e_, d_, p_, t_, {{m.name, false, {}}}))
      problems.push_back(pr.str());
  } catch (const Error& err) {
    // a lost connection ends the run: it names the model being checked, as one being built
    if (err.category() == ErrorCategory::unreachable) throw Error(err).with_model(m.name);
    throw;
  }
  if (problems.empty()) return "";
  return "checked against the catalog before its first build: " + join(problems, "; ");
}

ModelOutcome Runner::build_with_retries(const Model& m, long long run_id, const RunOptions& o,
                                        BuildInput in, std::string note,
                                        std::set<std::string>& tables) {
  for (int attempt = 0;; ++attempt) {
    try {
      in.table_exists = tables.count(m.name) > 0;
      in.note = note;
      in.last_attempt = attempt >= o.conflict_retries;
      return build(m, run_id, o, in);
    } catch (const Error& err) {
      if (!err.is_serialization_conflict() || attempt >= o.conflict_retries) throw;
      auto wait = o.conflict_backoff * (1 << attempt);
      log_.warn(
          fmt::format("{}: serializable isolation conflict, building again in {} ms ({} of {})",
                      m.name, wait.count(), attempt + 1, o.conflict_retries));
      std::this_thread::sleep_for(wait);
      std::string retried = fmt::format("built again after {} serializable isolation conflict{}",
                                        attempt + 1, attempt == 0 ? "" : "s");
      note = note.empty() || note.rfind("built again after", 0) == 0
                 ? retried
                 : note.substr(0, note.find("; built again after")) + "; " + retried;
      tables = existing_tables(e_, d_, t_.schema);  // the failed attempt may have made it
    }
  }
}

std::string named_values(const std::vector<std::string>& columns,
                         const std::vector<std::optional<std::string>>& row, size_t from) {
  std::string s;
  for (size_t i = from; i < columns.size() && i < row.size(); ++i)
    s += (s.empty() ? "" : ", ") + columns[i] + "=" + (row[i] ? "'" + *row[i] + "'" : "NULL");
  return s;
}

std::vector<std::string> describe_differences(const ResultSet& r,
                                              const std::vector<std::string>& key) {
  // columns: the side, the table's columns, and on Redshift "_n", the row's count
  auto value = [](const std::optional<std::string>& v) { return v ? "'" + *v + "'" : "NULL"; };
  std::vector<size_t> key_at, other_at;
  size_t count_at = 0;
  for (size_t i = 1; i < r.columns.size(); ++i) {
    if (r.columns[i] == "_n")
      count_at = i;
    else if (std::find(key.begin(), key.end(), r.columns[i]) != key.end())
      key_at.push_back(i);
    else
      other_at.push_back(i);
  }
  auto key_of = [&](const std::vector<std::optional<std::string>>& row) {
    std::vector<std::string> parts;
    for (size_t i : key_at) parts.push_back(r.columns[i] + "=" + value(row[i]));
    return join(parts, ", ");
  };
  auto whole = [&](const std::vector<std::optional<std::string>>& row) {
    std::string s = key_of(row);
    for (size_t i : other_at) s += (s.empty() ? "" : ", ") + r.columns[i] + "=" + value(row[i]);
    if (count_at && row[count_at] && *row[count_at] != "1") s += " (" + *row[count_at] + " times)";
    return s;
  };
  std::map<std::string, std::vector<size_t>> live, rebuilt;  // rows by key
  for (size_t i = 0; i < r.rows.size(); ++i)
    (r.rows[i][0].value_or("") == "only in live" ? live : rebuilt)[key_of(r.rows[i])].push_back(i);
  std::vector<std::string> out;
  for (const auto& row : r.rows) {
    bool in_live = row[0].value_or("") == "only in live";
    std::string k = key_of(row);
    auto& mine = (in_live ? live : rebuilt)[k];
    auto& theirs = (in_live ? rebuilt : live)[k];
    if (!key_at.empty() && mine.size() == 1 && theirs.size() == 1) {
      if (!in_live) continue;  // told with its live row
      const auto& other = r.rows[theirs[0]];
      std::vector<std::string> changed;
      for (size_t i : other_at)
        if (row[i] != other[i])
          changed.push_back(r.columns[i] + " (live " + value(row[i]) + ", rebuild " +
                            value(other[i]) + ")");
      out.push_back(k + ": differs in " + (changed.empty() ? "its count" : join(changed, ", ")));
    } else {
      out.push_back(std::string(in_live ? "only in live: " : "only in the rebuild: ") + whole(row));
    }
  }
  return out;
}

bool VerifyResult::ok() const {
  if (scratch.failed || scratch.skipped) return false;
  for (const auto& m : models)
    if (m.differing) return false;
  return true;
}

VerifyResult Runner::verify(const RunOptions& o) {
  VerifyResult result;
  e_.execute(d_.meta_sql().set_time_zone(p_.config.timezone));
  // no run writes the live tables meanwhile
  RunLock live_lock(e_, d_, t_.meta_schema, t_.run_lock_lease,
                    [&](const std::string& w) { log_.warn(w); });
  Target scratch = t_;
  scratch.schema = t_.schema + "__verify";
  scratch.meta_schema = t_.meta_schema + "__verify";
  const ModelSql& sql = d_.model_sql();
  auto drop = [&] {
    execute_write(e_, sql.drop_schema(scratch.schema));
    execute_write(e_, sql.drop_schema(scratch.meta_schema));
  };
  drop();
  // every model the selection reads is built too, so the scratch build stands on its own
  std::set<std::string> needed(o.models.begin(), o.models.end());
  for (auto it = g_.order.rbegin(); it != g_.order.rend(); ++it)
    if (needed.count(*it))
      for (const auto& up : g_.lineage.upstream.at(*it)) needed.insert(up);
  RunOptions so = o;
  so.models.clear();
  for (const auto& n : g_.order)
    if (needed.count(n)) so.models.push_back(n);
  so.migrations = false;
  so.command = "verify";
  Runner scratch_runner(e_, d_, p_, scratch, g_, log_);
  // what a from-scratch build cannot know comes from the live tables, as in a rebuild
  scratch_runner.carry_history_from(
      {t_.schema, read_recorded_models(e_, d_.meta_sql(), Ident(t_.meta_schema)), false, false});
  try {
    result.scratch = scratch_runner.run(so);
    std::set<std::string> built;
    for (const auto& m : result.scratch.models)
      if (m.status == ModelStatus::success) built.insert(m.model);
    for (const auto& name : o.models) {
      // (a model whose scratch build failed has nothing to compare with; the result says so)
      if (!built.count(name)) continue;
      ModelDiff diff;
      diff.model = name;
      BuildTarget live{&p_, p_.model(name), t_.schema};
      BuildTarget other{&p_, p_.model(name), scratch.schema};
      diff.differing = count_of(e_.execute(sql.diff_count(live, other)));
      if (diff.differing)
        diff.sample = describe_differences(e_.execute(sql.diff_sample(live, other, 5)),
                                           unique_columns(*p_.model(name)));
      result.models.push_back(std::move(diff));
    }
  } catch (...) {
    try {
      drop();
    } catch (...) {
    }
    throw;
  }
  drop();
  return result;
}

void Runner::recreate_unfinished(const Model& m) {
  Ident meta(t_.meta_schema);
  Transaction tx(e_);
  e_.execute(drop_model_table(m, t_.schema));
  e_.execute(d_.meta_sql().forget_watermarks(meta, m.name));
  e_.execute(d_.meta_sql().forget_positions(meta, m.name));
  e_.execute(d_.meta_sql().forget_built_periods(meta, m.name, std::nullopt, std::nullopt));
  tx.commit();
}

std::string Runner::add_missing_index(const Model& m, const std::set<std::string>& indexes) {
  auto create = missing_index(d_, m, p_, t_.schema, indexes);
  if (!create) return "";
  const std::string on = join(table_spec(m, p_, t_.schema).index, ", ");
  log_.info(m.name + ": creating the index on " + on +
            " (a table made by an earlier starling lacks it)");
  Transaction tx(e_);
  e_.execute(*create);
  tx.commit();
  return "created the index on " + on + " its table lacked";
}

ModelOutcome Runner::build(const Model& m, long long run_id, const RunOptions& o,
                           const BuildInput& in) {
  BuildContext c({e_, d_, p_, t_, g_, log_, ref_schemas_.empty() ? nullptr : &ref_schemas_,
                  changes_, carry_ ? &*carry_ : nullptr},
                 m, run_id, o, in);
  try {
    if (m.kind == ModelKind::date_dimension)
      build_date_dimension(c);
    else if (has_versions(m))
      build_versions_dimension(c);
    else if (m.kind == ModelKind::dimension)
      build_dimension(c);
    else if (m.incremental->strategy != Strategy::period)
      build_fact(c);
    else
      build_period_fact(c);
  } catch (const Error& err) {
    // a lost connection ends the run: it names the model that was building; so does a lost lease
    if (err.category() == ErrorCategory::unreachable || err.category() == ErrorCategory::locked)
      throw Error(err).with_model(m.name);
    if (!in.last_attempt && err.is_serialization_conflict()) throw;  // run() builds it again
    return c.failed(err);
  }
  return c.out;
}

}  // namespace starling
