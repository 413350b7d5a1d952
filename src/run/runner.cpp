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
#include "sql/ddl.hpp"
#include "sql/meta.hpp"
#include "state/meta.hpp"
#include "state/migrations.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace starling {

namespace {

// How many of a failing test's rows its message shows.
constexpr int k_test_sample_rows = 5;

long long ms_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                               t0)
      .count();
}

long long count_of(const ResultSet& r, size_t col = 0) {
  if (r.rows.empty() || r.rows[0].size() <= col || !r.rows[0][col]) return 0;
  return std::stoll(*r.rows[0][col]);
}

// Adds what a statement's result counts to the model's ledger row.
void tally(const ResultSet& r, const Statement& s, ModelOutcome& out) {
  switch (s.tally) {
    case Statement::Tally::none:
      break;
    case Statement::Tally::inserted:
      out.inserted += r.affected;
      break;
    case Statement::Tally::updated:
      out.updated += r.affected;
      break;
    case Statement::Tally::deleted:
      out.deleted += r.affected;
      break;
    case Statement::Tally::inserted_updated:
      out.inserted += count_of(r, 0);
      out.updated += count_of(r, 1);
      break;
  }
}

// What the log says of a model's outcome: finished, failed or skipped, with its rows.
LogEvent model_event(long long run_id, const ModelOutcome& out) {
  LogEvent e;
  e.run_id = run_id;
  e.model = out.model;
  e.status = out.status;
  if (out.status == "success") {
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
    e.level = out.status == "skipped" ? "warn" : "error";
    e.event = out.status == "skipped" ? "model_skipped" : "model_failed";
    e.msg = out.model + ": " + out.error;
    e.error = out.error;
    if (out.status == "failed") e.duration_ms = out.duration_ms;
  }
  return e;
}

// Fails the model with a message, rolling its transaction back.
[[noreturn]] void fail(const std::string& msg) {
  throw Error(ErrorCategory::database, msg);
}

}  // namespace

void Runner::take_run_lock(std::optional<RunLock>& lock, const RunOptions& o) {
  auto warn = [&](const std::string& w) { log_.warn(w); };
  for (;;) {
    try {
      lock.emplace(e_, d_, t_.meta_schema, warn);
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
  Ident meta(t_.meta_schema);
  e_.execute(d_.meta_sql().set_time_zone(p_.config.timezone));
  std::optional<RunLock> lock;
  take_run_lock(lock, o);
  ensure_meta_schema(e_, d_, t_.meta_schema);
  RunRecord record(e_, d_.meta_sql(), t_.meta_schema, o.command, t_.name, o.arguments);
  record.close_interrupted([&](const std::string& w) { log_.warn(w); });
  result.run_id = record.id();
  try {
    if (o.migrations) {
      auto mig = apply_migrations(e_, d_, p_, t_.meta_schema, false, record.id(),
                                  [&](const std::string& f) { log_.info("applied " + f); });
      result.migrations = mig.applied;
    }
    // sources past error_after, with why: run.on_stale_source decides what that means
    std::map<std::string, std::string> stale;
    if (o.check_freshness) {
      result.freshness = measure_freshness(e_, d_.meta_sql(), freshness_targets(p_.config));
      record_freshness(e_, d_.meta_sql(), t_.meta_schema, result.freshness, record.id(),
                       p_.config.run.freshness_retention);
      for (const auto& c : result.freshness.checks)
        if (c.status == "error") {
          stale[c.target.name()] = c.message;
          log_.error("source " + c.target.name() + ": " + c.message);
        } else if (c.status == "warn") {
          log_.warn("source " + c.target.name() + ": " + c.message);
        }
    }
    const StaleDecision stale_d = stale_decision(stale, p_.config.run.on_stale_source);
    if (!stale_d.text.empty()) {
      result.stale_decision = stale_d.text;
      log_.warn(result.stale_decision);
      result.stopped_by_stale_source = stale_d.stop;
    }

    execute_write(e_, d_.create_schema(Ident(t_.schema)));
    auto tables = existing_tables(e_, d_, t_.schema);
    const auto indexes = existing_indexes(e_, d_, t_.schema);
    // what each model was last built from: a change is applied (additive) or refused (breaking)
    std::map<std::string, RecordedModel> recorded;
    for (const auto& row : e_.execute(d_.meta_sql().recorded_models(meta)).rows)
      recorded[row[0].value_or("")] = {row[1].value_or(""), row[2],
                                       row[3] && (*row[3] == "t" || *row[3] == "true")};
    // restate: the periods to rebuild are forgotten first, under the lock
    if (!o.restate.empty()) {
      Transaction tx(e_);
      for (const auto& [model, window] : o.restate)
        e_.execute(d_.meta_sql().forget_built_periods(meta, model, window.first, window.second));
      tx.commit();
    }

    std::set<std::string> broken;  // failed or skipped: their dependants are skipped
    size_t done = 0;
    for (const auto& name : o.models) {
      const Model& m = *p_.model(name);
      log_.progress(fmt::format("[{}/{}] {}", ++done, o.models.size(), name));
      std::string blocked = blocked_by_upstream(g_.lineage, name, broken);
      std::string note;  // for model_runs.message: what the run did beyond building it
      auto add_note = [&](const std::string& what) {
        if (!what.empty()) note = note.empty() ? what : note + "; " + what;
      };
      StaleGate gate = stale_gate(stale_d, g_.lineage, name);
      if (!gate.blocked.empty()) blocked = gate.blocked;
      note = gate.note;
      // a model changed since it was built
      ModelChange change;
      auto rec = recorded.find(name);
      if (blocked.empty() && tables.count(name) && rec != recorded.end())
        change = classify_model(m, p_, rec->second.fingerprint, rec->second.definition);
      if (change.level == ChangeLevel::breaking && !rec->second.built) {
        // a table whose first build never finished holds nothing a build cannot make again
        recreate_unfinished(m);
        tables.erase(name);
        log_.info(name + ": recreated (its first build never finished; " + change.describe() + ")");
        add_note("recreated: its first build never finished and the model changed since");
        change = ModelChange{};
      }
      // why the model is not built: a breaking change, or (never built) the catalog check
      std::string refused;
      if (change.level == ChangeLevel::breaking) {
        refused = "the model changed (" + change.describe() + "); run `starling rebuild " + name +
                  "` to rebuild it and everything downstream";
      } else if (blocked.empty() && !tables.count(name) && o.command == "run" && !o.dry_run) {
        std::vector<std::string> problems;
        for (const auto& pr : check_models(e_, d_, p_, t_, {{name, false, {}}}))
          problems.push_back(pr.str());
        if (!problems.empty())
          refused = "checked against the catalog before its first build: " + join(problems, "; ");
      }
      ModelOutcome out;
      if (!refused.empty()) {
        out.model = name;
        out.status = "failed";
        out.error = refused;
        e_.execute(d_.meta_sql().record_model_run(
            meta, {record.id(), name, "failed", 0, 0, 0, 0, 0, std::nullopt, out.error}));
        ++result.failed;
        broken.insert(name);
        log_.event(model_event(record.id(), out));
      } else if (!blocked.empty()) {
        out.model = name;
        out.status = "skipped";
        out.error = blocked;
        e_.execute(d_.meta_sql().record_model_run(
            meta, {record.id(), name, "skipped", 0, 0, 0, 0, 0, out.error, std::nullopt}));
        ++result.skipped;
        broken.insert(name);
        log_.event(model_event(record.id(), out));
      } else {
        if (!note.empty()) log_.warn(name + ": " + note);
        if (tables.count(name)) add_note(add_missing_index(m, indexes));
        BuildInput in;
        if (rec != recorded.end()) in.recorded_definition = rec->second.definition;
        if (change.level == ChangeLevel::additive) in.additive = &change;
        in.test_every_row = change.new_tests;
        for (int attempt = 0;; ++attempt) {
          try {
            in.table_exists = tables.count(name) > 0;
            in.note = note;
            in.last_attempt = attempt >= o.conflict_retries;
            out = build(m, record.id(), o, in);
            break;
          } catch (const Error& err) {
            if (!is_serialization_conflict(err) || attempt >= o.conflict_retries) throw;
            auto wait = o.conflict_backoff * (1 << attempt);
            log_.warn(
                fmt::format("{}: serializable isolation conflict, building again in {} ms "
                            "({} of {})",
                            name, wait.count(), attempt + 1, o.conflict_retries));
            std::this_thread::sleep_for(wait);
            std::string retried = fmt::format(
                "built again after {} serializable isolation "
                "conflict{}",
                attempt + 1, attempt == 0 ? "" : "s");
            note = note.empty() || note.rfind("built again after", 0) == 0
                       ? retried
                       : note.substr(0, note.find("; built again after")) + "; " + retried;
            tables = existing_tables(e_, d_, t_.schema);  // the failed attempt may have made it
          }
        }
        if (out.status == "failed") {
          ++result.failed;
          broken.insert(name);
        } else if (in.additive) {
          log_.info(name + ": applied " + change.describe());
        }
        log_.event(model_event(record.id(), out));
      }
      result.models.push_back(out);
    }
    log_.end_progress();

    // dashboard views read the models: apply changed repeatable migrations after them
    if (o.migrations) try {
        auto rep = apply_migrations(e_, d_, p_, t_.meta_schema, true, record.id(),
                                    [&](const std::string& f) { log_.info("applied " + f); });
        result.repeatable = rep.applied_repeatable;
      } catch (const Error& err) {
        if (err.category() != ErrorCategory::database) throw;
        result.repeatable_error = err.describe();
        log_.error(result.repeatable_error);
      }
    bool stale_fails = stale_d.fails_run();
    bool ok = result.failed == 0 && result.repeatable_error.empty() && !stale_fails;
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
  RunLock live_lock(e_, d_, t_.meta_schema, [&](const std::string& w) { log_.warn(w); });
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
  try {
    result.scratch = scratch_runner.run(so);
    for (const auto& name : o.models) {
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

void Runner::apply_additive(const Model& m, const ModelChange& change) {
  Ident meta(t_.meta_schema);
  QualifiedName table{Ident(t_.schema), Ident(m.name)};
  auto cols = stored_columns(m, p_);
  for (const auto& name : change.new_columns)
    for (const auto& c : cols)
      if (c.name == name) e_.execute(d_.add_column(table, c));
  // backfill: the rows the new columns need are read again, as on the first run
  if (!change.new_columns.empty()) {
    e_.execute(d_.meta_sql().forget_watermarks(meta, m.name));
    e_.execute(d_.meta_sql().forget_built_periods(meta, m.name, std::nullopt, std::nullopt));
  }
}

void Runner::record_definition(const Model& m, bool built) {
  execute_all(e_,
              d_.meta_sql().record_model(Ident(t_.meta_schema), m.name, to_string(m.kind),
                                         t_.schema + "." + m.name, model_fingerprint(m, p_),
                                         model_shape_text(m, p_), model_definition(m, p_), built));
}

void Runner::recreate_unfinished(const Model& m) {
  Ident meta(t_.meta_schema);
  Transaction tx(e_);
  e_.execute(drop_model_table(m, t_.schema));
  e_.execute(d_.meta_sql().forget_watermarks(meta, m.name));
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

bool is_serialization_conflict(const Error& e) {
  if (e.category() != ErrorCategory::database) return false;
  if (e.sqlstate() == "40001") return true;
  // Redshift: "1023 … Serializable isolation violation on table …" (SQLSTATE XX000)
  const std::string& m = e.message();
  return m.find("1023") != std::string::npos &&
         m.find("Serializable isolation violation") != std::string::npos;
}

Runner::DensifyCandidates Runner::densify_candidates(
    const Model& fact, const BuildTarget& fact_target,
    const std::map<std::string, std::string>& fact_watermarks, std::chrono::seconds overlap) {
  DensifyCandidates out;
  const Model& dim = *p_.model(fact.densify->dimension);
  if (dim.kind != ModelKind::dimension || !g_.lineage.upstream.at(dim.name).empty()) return out;
  for (const auto& c : dim.columns)  // a `from` recomputed on every run changes unseen
    if (c.name == fact.densify->from && c.refresh_always) return out;
  auto sources = g_.lineage.sources.find(dim.name);
  if (sources == g_.lineage.sources.end() || sources->second.empty()) return out;
  std::map<std::string, std::string> dim_wm;
  for (const auto& row : e_.execute(d_.meta_sql().watermarks(Ident(t_.meta_schema), dim.name)).rows)
    if (row[0] && row[1]) dim_wm[*row[0]] = *row[1];
  std::optional<LocalTime> since;
  bool recorded = true;
  for (const auto& st : sources->second) {
    auto w = dim_wm.find(st);
    if (!named_table(p_.config, st).tracked() || w == dim_wm.end()) return DensifyCandidates{};
    out.dimension_watermarks[st] = w->second;
    auto mine = fact_watermarks.find(k_densify_watermark + st);
    auto v = mine == fact_watermarks.end() ? std::nullopt : parse_local(mine->second);
    if (!v) {
      recorded = false;
      continue;
    }
    since = since ? std::min(*since, *v) : *v;
  }
  if (!recorded || !since) return out;
  BuildTarget dt{&p_, &dim, fact_target.schema, fact_target.ref_schemas};
  WindowValues w;
  w.since = format_local(*since - overlap);  // start and end unbounded
  auto rows = e_.execute(d_.model_sql().member_keys(dt, w, k_max_changed_grains + 1)).rows;
  if (rows.size() > k_max_changed_grains) return out;
  out.members.emplace();
  for (const auto& r : rows)
    if (r[0]) out.members->push_back({*r[0]});
  return out;
}

ModelOutcome Runner::build(const Model& m, long long run_id, const RunOptions& o,
                           const BuildInput& in) {
  bool table_exists = in.table_exists;
  ModelOutcome out;
  out.model = m.name;
  out.message = in.note;
  auto t0 = std::chrono::steady_clock::now();
  Ident meta(t_.meta_schema);
  const ModelSql& sql = d_.model_sql();
  BuildTarget bt{&p_, &m, t_.schema, ref_schemas_.empty() ? nullptr : &ref_schemas_};
  LocalTime now_local = to_local(o.now, p_.config.timezone);
  std::chrono::seconds overlap =
      p_.config.run.watermark_overlap.value_or(k_default_watermark_overlap);

  // since: the oldest watermark of the sources read, less the overlap; -infinity on a first run
  std::map<std::string, std::string> wm;  // source.table -> watermark
  for (const auto& row : e_.execute(d_.meta_sql().watermarks(meta, m.name)).rows)
    if (row[0] && row[1]) wm[*row[0]] = *row[1];
  // what the model's build adds to its ledger message
  std::string note = in.note;
  // The table made ready inside the build's first transaction, so that its DDL commits with the
  // rows and the definition or not at all: created when missing, else given the columns of an
  // additive change (whose rows are then read again, as on a first run).
  auto create_if_missing = [&] {
    if (!table_exists) {
      for (const auto& s : create_model_table(m, p_, t_.schema, d_)) e_.execute(s);
    } else if (in.additive) {
      apply_additive(m, *in.additive);
      if (!in.additive->new_columns.empty()) wm.clear();
    }
  };
  bool noted = false;  // the additive change is in `note`, once it is sure to commit
  auto applied = [&] {
    if (!in.additive || noted) return;
    noted = true;
    note = note.empty() ? "applied " + in.additive->describe()
                        : note + "; applied " + in.additive->describe();
  };
  // the stage's rows when `staged` and the table existed (those a build just wrote), else every
  // row; every row too when a test is new since the model was built
  auto written_rows = [&](bool staged) {
    TestScope scope;
    scope.staged = staged && table_exists && !in.test_every_row;
    return scope;
  };
  // the model's tests, over the rows `scope` names (those just written; every row by default)
  auto run_tests = [&](TestScope scope = {}) {
    for (const auto& test : m.tests) {
      Statement s = sql.test(bt, test, scope);
      long long bad = count_of(e_.execute(s));
      if (bad <= 0) continue;
      // the ledger and the log show some of the failing rows, by name
      ResultSet sample = e_.execute(sql.test_sample(bt, test, scope, k_test_sample_rows));
      std::vector<std::string> rows;
      for (const auto& row : sample.rows) rows.push_back(named_values(sample.columns, row, 0));
      fail(fmt::format("{} failed: {} row{} ({}{})", s.label, bad, bad == 1 ? "" : "s",
                       bad > static_cast<long long>(rows.size()) ? "e.g. " : "",
                       join(rows, " | ")));
    }
  };
  auto check_stage = [&] {
    if (long long n = count_of(e_.execute(sql.count_null_keys(bt))))
      fail(fmt::format("{} row{} with a NULL in the {} ({})", n, n == 1 ? "" : "s",
                       m.kind == ModelKind::fact ? "grain" : "natural key",
                       join(m.kind == ModelKind::fact ? m.grain : m.key, ", ")));
    if (long long n = count_of(e_.execute(sql.count_duplicate_keys(bt))))
      fail(fmt::format("{} {} value{} appear{} more than once in the model's rows ({})", n,
                       m.kind == ModelKind::fact ? "grain" : "natural key", n == 1 ? "" : "s",
                       n == 1 ? "s" : "", join(m.kind == ModelKind::fact ? m.grain : m.key, ", ")));
  };
  // a staged key that rows read by earlier runs hold too: the model's whole result is checked
  // for the stage's keys (a stage read from -infinity holds all of it: check_stage saw it)
  auto check_read_before = [&](const WindowValues& w) {
    if (w.since == "-infinity") return;
    auto rows = e_.execute(sql.duplicate_keys_read_before(bt, 6)).rows;
    if (rows.empty()) return;
    const auto cols = m.kind == ModelKind::fact ? m.grain : m.key;
    std::vector<std::string> named;
    for (size_t i = 0; i < rows.size() && i < 5; ++i) {
      std::vector<std::string> parts;
      for (size_t c = 0; c < cols.size(); ++c)
        parts.push_back(cols[c] + "=" + rows[i][c].value_or("NULL"));
      named.push_back(parts.size() == 1 ? parts[0] : "(" + join(parts, ", ") + ")");
    }
    if (rows.size() > 5) named.push_back("…");
    fail(
        fmt::format("{} {} {} more than once in the model's rows (rows read by earlier runs "
                    "hold {} too)",
                    m.kind == ModelKind::fact ? "grain" : "natural key", join(named, ", "),
                    rows.size() == 1 ? "appears" : "appear", rows.size() == 1 ? "it" : "them"));
  };
  // the grains the refresh_on sources name (nullopt: the whole table is recomputed)
  std::function<std::optional<GrainFilter>()> refresh_grains;
  auto resolve_references = [&] {
    for (const auto& r : m.references) {
      const Model& dim = *p_.model(r.dimension);
      if (r.on_missing == OnMissing::infer) {
        e_.execute(sql.infer_members(bt, r, dim));
      } else if (r.on_missing == OnMissing::fail) {
        if (long long n = count_of(e_.execute(sql.count_missing_members(bt, r, dim))))
          fail(fmt::format("{} value{} of {} not found in {} (on_missing: fail)", n,
                           n == 1 ? "" : "s", r.key, dim.name));
      }
    }
  };
  // `refresh: always` measures are recomputed over every row the SQL gives (an unbounded window)
  // and written where they differ; when each names its `refresh_on` sources, only for the grains
  // their rows loaded since the last run name. Returns whether anything was recomputed.
  // `refreshed` holds the grains it recomputed (nullopt: all of them).
  std::optional<GrainFilter> refreshed;
  auto refresh_measures = [&] {
    auto refresh = sql.fact_refresh(bt);
    if (!refresh) return false;
    WindowValues all;
    refreshed = refresh_grains();
    if (refreshed) {
      if (refreshed->keys.empty()) return false;
      all.only = &*refreshed;
    }
    e_.execute(sql.drop_stage(bt));
    e_.execute(sql.stage(bt, all));
    resolve_references();
    out.updated += e_.execute(*refresh).affected;
    return true;
  };
  // The source tables this model reads whose rows carry a loaded_at.
  struct Tracked {
    std::string name;  // source.table
    const Source* source;
    const SourceTable* table;
  };
  std::vector<Tracked> tracked;
  bool untracked = false;
  auto src_it = g_.lineage.sources.find(m.name);
  if (src_it != g_.lineage.sources.end()) {
    for (const auto& st : src_it->second) {
      NamedTable t = named_table(p_.config, st);
      if (t.tracked())
        tracked.push_back({st, t.source, t.table});
      else
        untracked = true;
    }
  }
  // since of one source: its watermark less the overlap; -infinity when it has none yet
  // Nothing the model reads changed since it last built: no source has a row loaded after its
  // watermark, no upstream model wrote a row since, and nothing in it reads the clock. Then the
  // lookback and `refresh: always` would only write again what is there, and are skipped.
  auto quiet = [&](const std::map<std::string, std::optional<std::string>>& hw) {
    if (untracked || tracked.empty() || reads_the_clock(m)) return false;
    for (const auto& tr : tracked) {
      auto h = hw.find(tr.name);
      auto w = wm.find(tr.name);
      if (h == hw.end() || !h->second || w == wm.end() || *h->second != w->second) return false;
    }
    const auto& ups = g_.lineage.upstream.at(m.name);
    auto r = e_.execute(d_.meta_sql().upstream_changed(
                            meta, m.name, std::vector<std::string>(ups.begin(), ups.end())))
                 .scalar();
    return r && (*r == "f" || *r == "false");
  };
  auto since_of = [&](const std::string& source) {
    auto it = wm.find(source);
    auto v = it == wm.end() ? std::nullopt : parse_local(it->second);
    return v ? format_local(*v - overlap) : std::string("-infinity");
  };
  // Distinct values of the source columns `keys` map to grain columns, in rows of `source` loaded
  // since its watermark, with the period of `time` first when given. Nullopt when the source has
  // no watermark yet (everything is new) or more than k_max_changed_grains rows come back.
  auto changed_grains =
      [&](const std::string& source, const std::vector<GrainKey>& keys,
          const std::optional<std::string>& time,
          Period period) -> std::optional<std::vector<std::vector<std::optional<std::string>>>> {
    NamedTable t = named_table(p_.config, source);
    if (!t.tracked() || !wm.count(source)) return std::nullopt;
    std::vector<std::string> cols;
    for (const auto& k : keys) cols.push_back(k.column);
    auto rows = e_.execute(sql.changed_grains(*t.source, *t.table, time, period, since_of(source),
                                              cols, k_max_changed_grains + 1))
                    .rows;
    if (rows.size() > k_max_changed_grains) return std::nullopt;
    return rows;
  };
  refresh_grains = [&]() -> std::optional<GrainFilter> {
    GrainFilter f;
    std::set<std::vector<std::string>> keys;
    for (const auto& me : m.measures) {
      if (!me.refresh_always) continue;
      if (me.refresh_on.empty()) return std::nullopt;  // this one is recomputed everywhere
      for (const auto& r : me.refresh_on) {
        std::vector<std::string> cols;
        for (const auto& k : r.grain) cols.push_back(k.grain);
        if (f.columns.empty()) f.columns = cols;
        if (cols != f.columns) return std::nullopt;
        auto rows = changed_grains(r.source, r.grain, std::nullopt, Period::day);
        if (!rows) return std::nullopt;
        for (const auto& row : *rows) {
          std::vector<std::string> k;
          for (const auto& v : row)
            if (v) k.push_back(*v);
          if (k.size() == cols.size()) keys.insert(std::move(k));  // a NULL names no grain
        }
      }
    }
    if (keys.size() > k_max_changed_grains) return std::nullopt;
    f.keys.assign(keys.begin(), keys.end());
    return f;
  };
  auto since_and_high_water = [&](std::map<std::string, std::optional<std::string>>& hw) {
    std::optional<LocalTime> since;
    bool unknown = untracked || tracked.empty();
    for (const auto& tr : tracked) {
      hw[tr.name] = e_.execute(sql.source_high_water(*tr.source, *tr.table)).scalar();
      auto it = wm.find(tr.name);
      auto v = it == wm.end() ? std::nullopt : parse_local(it->second);
      if (!v) {
        unknown = true;
        continue;
      }
      since = since ? std::min(*since, *v) : *v;
    }
    if (unknown || !since) return std::string("-infinity");
    return format_local(*since - overlap);
  };
  auto save_watermarks = [&](const std::map<std::string, std::optional<std::string>>& hw) {
    for (const auto& [src, v] : hw)
      if (v) execute_all(e_, d_.meta_sql().set_watermark(meta, m.name, src, v, run_id));
  };
  // what has committed so far: a failure reports only this, and what it rolled back apart
  ModelOutcome kept;
  auto commit = [&](Transaction& tx) {
    tx.commit();
    kept = out;
  };
  auto finish = [&](const char* status) {
    out.status = status;
    out.duration_ms = o.dry_run ? 0 : ms_since(t0);
    applied();
    record_definition(m, true);
    e_.execute(d_.meta_sql().record_model_run(
        meta, {run_id, m.name, status, out.duration_ms, out.inserted, out.updated, out.deleted,
               out.periods, note.empty() ? std::nullopt : std::optional<std::string>(note),
               std::nullopt}));
  };

  try {
    if (m.kind == ModelKind::date_dimension) {
      // Its rows follow from its definition and the local day (`end: today+2y`): the day they
      // were last written for is its watermark, and on that day, with the same definition, the
      // table holds them already.
      const LocalTime day = period_floor(now_local, Period::day);
      auto w = wm.find(k_date_rows_watermark);
      bool current = table_exists && !in.test_every_row && w != wm.end() &&
                     parse_local(w->second) == day && in.recorded_definition &&
                     *in.recorded_definition == model_definition(m, p_);
      Transaction tx(e_);
      create_if_missing();
      if (!current) {
        for (const auto& s : sql.date_rows(bt, date_dimension_rows(*m.date_spec, now_local)))
          tally(e_.execute(s), s, out);
        run_tests();
        execute_all(e_, d_.meta_sql().set_watermark(meta, m.name, k_date_rows_watermark,
                                                    format_local(day), run_id));
      }
      finish("success");
      commit(tx);
    } else if (m.kind == ModelKind::dimension) {
      Transaction tx(e_);
      create_if_missing();
      std::map<std::string, std::optional<std::string>> hw;
      WindowValues w;
      w.since = since_and_high_water(hw);
      e_.execute(sql.drop_stage(bt));
      e_.execute(sql.stage(bt, w));
      check_stage();
      check_read_before(w);
      for (const auto& s : sql.dimension_upsert(bt)) tally(e_.execute(s), s, out);
      long long refreshed_rows = 0;
      if (auto refresh = sql.dimension_refresh(bt); refresh && !quiet(hw))
        refreshed_rows = e_.execute(*refresh).affected;
      out.updated += refreshed_rows;
      // the rows written: the stage's keys, unless `refresh: always` rewrote others
      run_tests(written_rows(refreshed_rows == 0));
      save_watermarks(hw);
      finish("success");
      commit(tx);
    } else if (m.incremental->strategy != Strategy::period) {
      Transaction tx(e_);
      create_if_missing();
      std::map<std::string, std::optional<std::string>> hw;
      WindowValues w;
      bool full = m.incremental->strategy == Strategy::full;
      std::string since = since_and_high_water(hw);
      if (!full) w.since = since;
      bool settled = table_exists && quiet(hw);
      if (full && settled) {
        // nothing it reads changed: the table is what a full build would give
        if (in.test_every_row) run_tests();
        save_watermarks(hw);
        finish("success");
        commit(tx);
        return out;
      }
      e_.execute(sql.drop_stage(bt));
      e_.execute(sql.stage(bt, w));
      check_stage();
      check_read_before(w);
      resolve_references();
      // the rows written are the stage's grains, unless a refresh or a scan staged others
      bool staged = !full;
      if (full) {
        out.deleted = e_.execute(sql.delete_all(bt)).affected;
        out.inserted = e_.execute(sql.fact_insert(bt)).affected;
      } else {
        for (const auto& s : sql.fact_upsert(bt)) tally(e_.execute(s), s, out);
        if (!settled && refresh_measures()) staged = false;
        if (m.incremental->deletes == Deletes::scan) {
          staged = false;
          // a full read of the SQL's unbounded result: rows whose grain is gone are deleted
          e_.execute(sql.drop_stage(bt));
          e_.execute(sql.stage(bt, WindowValues{}));
          check_stage();
          resolve_references();
          out.deleted += e_.execute(sql.delete_missing(bt, nullptr)).affected;
        }
      }
      run_tests(written_rows(staged));
      save_watermarks(hw);
      finish("success");
      commit(tx);
    } else {
      const Incremental& inc = *m.incremental;
      if (!table_exists || in.additive) {
        // its periods commit a batch at a time: the table (or an additive change) commits first,
        // with the definition it has, so that a later run knows its shape and resumes; it counts
        // as built (built_at) only once a build finishes: never for a new table, as before for an
        // additive change
        Transaction tx(e_);
        create_if_missing();
        record_definition(m, false);
        commit(tx);
        applied();
        table_exists = true;
      }
      std::set<LocalTime> built, late;
      // late periods whose change is known by grain: only those grains are recomputed in them
      std::map<LocalTime, std::set<std::vector<std::string>>> late_grains;
      std::vector<std::string> grain_columns;
      for (const auto& row : e_.execute(d_.meta_sql().built_periods(meta, m.name)).rows)
        if (row[0])
          if (auto v = parse_local(*row[0])) built.insert(*v);
      std::map<std::string, std::optional<std::string>> hw;
      since_and_high_water(hw);
      bool settled = !built.empty() && quiet(hw);
      // periods touched by rows loaded since each late-data source's own watermark (all of its
      // rows when it has none yet); on a first build every period is due anyway. A settled model
      // has seen every row its watermarks cover, the overlap included.
      if (!built.empty() && !settled) {
        for (const auto& ld : inc.late_data) {
          NamedTable t = named_table(p_.config, ld.source);
          if (!t.tracked()) continue;
          if (!ld.grain.empty()) {
            auto rows = changed_grains(ld.source, ld.grain, ld.time, inc.period);
            if (rows) {
              if (grain_columns.empty())
                for (const auto& k : ld.grain) grain_columns.push_back(k.grain);
              for (const auto& row : *rows) {
                auto v = row[0] ? parse_local(*row[0]) : std::nullopt;
                if (!v) continue;  // no time: the row belongs to no period
                LocalTime period = period_floor(*v, inc.period);
                std::vector<std::string> k;
                for (size_t i = 1; i < row.size(); ++i)
                  if (row[i]) k.push_back(*row[i]);
                if (k.size() + 1 == row.size())
                  late_grains[period].insert(std::move(k));
                else
                  late.insert(period);  // a NULL key: the whole period
              }
              continue;
            }
            // too many changed grains (or no watermark yet): whole periods
          }
          Statement q =
              sql.late_periods(*t.source, *t.table, ld.time, inc.period, since_of(ld.source));
          for (const auto& row : e_.execute(q).rows)
            if (row[0])
              if (auto v = parse_local(*row[0])) late.insert(period_floor(*v, inc.period));
        }
      }
      auto windows = due_windows(*parse_local(*inc.start), now_local, inc.period, inc.lookback,
                                 built, late, inc.batch, !settled);
      // periods in [start, end) of a window
      auto periods_in = [&](const WindowValues& w) {
        size_t n = 0;
        auto a = parse_local(w.start), b = parse_local(w.end);
        for (LocalTime p = *a; p < *b; p = period_next(p, inc.period)) ++n;
        return n;
      };
      // how a densify of the members `w.only` names over w's periods finds the rows there already
      auto probe_for = [&](const WindowValues& w, size_t members) {
        return members * periods_in(w) <= k_max_densify_probes ? DensifyProbe::each_row
                                                               : DensifyProbe::anti_join;
      };
      // the window's rows (of the grains w.only names, when set) replaced by what the SQL gives
      auto replace_window = [&](const WindowValues& w) {
        e_.execute(sql.drop_stage(bt));
        e_.execute(sql.stage(bt, w));
        if (long long n = count_of(e_.execute(sql.count_outside_window(bt, w))))
          fail(fmt::format("{} row{} of the window {} .. {} have a {} outside it", n,
                           n == 1 ? "" : "s", w.start, w.end, *inc.time));
        check_stage();
        resolve_references();
        if (w.only) {
          // the grains' rows made what the SQL gives: those gone deleted, the others upserted, so
          // that only rows that differ are written
          out.deleted += e_.execute(sql.delete_missing(bt, &w)).affected;
          for (const auto& s : sql.fact_upsert(bt)) tally(e_.execute(s), s, out);
        } else {
          out.deleted += e_.execute(sql.delete_window(bt, w)).affected;
          out.inserted += e_.execute(sql.fact_insert(bt)).affected;
        }
        if (m.densify) {
          auto probe = densify_names_members(m, w) ? probe_for(w, w.only->keys.size())
                                                   : DensifyProbe::anti_join;
          out.inserted += e_.execute(sql.densify(bt, w, false, probe)).affected;
        }
      };
      int total = 0;
      for (const auto& w : windows) total += w.periods;
      for (const auto& win : windows) {
        WindowValues w;
        w.start = format_local(win.start);
        w.end = format_local(win.end);
        log_.progress(fmt::format("{}: periods {}/{} ({})", m.name, out.periods + win.periods,
                                  total, w.start.substr(0, 10)));
        Transaction tx(e_);
        replace_window(w);
        std::vector<std::pair<std::string, std::string>> periods;
        for (LocalTime p = win.start; p < win.end; p = period_next(p, inc.period))
          periods.emplace_back(format_local(p), format_local(period_next(p, inc.period)));
        execute_all(e_, d_.meta_sql().record_built_periods(meta, m.name, periods, run_id));
        run_tests({&w});
        out.periods += win.periods;
        commit(tx);
      }
      // periods that had no rows before (a first build, a backfill, a new day or week): the
      // planner learns of them now, not when autovacuum next samples the table
      bool new_periods = false;
      for (const auto& win : windows)
        for (LocalTime p = win.start; p < win.end && !new_periods; p = period_next(p, inc.period))
          new_periods = !built.count(p);
      if (auto a = sql.analyze(bt); a && new_periods) {
        Transaction tx(e_);
        e_.execute(*a);
        commit(tx);
      }
      // periods built already whose changed grains are known: those grains are recomputed.
      // Not periods before the start or after the current one (a row stamped in the future by a
      // wrong clock): a build has none of them, and the current one's turn comes when it is due.
      const LocalTime first = period_floor(*parse_local(*inc.start), inc.period);
      const LocalTime current = period_floor(now_local, inc.period);
      std::set<LocalTime> grain_periods;
      for (const auto& [period, keys] : late_grains) {
        if (period < first || period > current) continue;
        bool whole = false;
        for (const auto& win : windows) whole = whole || (period >= win.start && period < win.end);
        if (!whole) grain_periods.insert(period);
      }
      for (const auto& win : group_windows(grain_periods, inc.period, inc.batch)) {
        std::set<std::vector<std::string>> keys;
        for (auto it = late_grains.lower_bound(win.start);
             it != late_grains.end() && it->first < win.end; ++it)
          keys.insert(it->second.begin(), it->second.end());
        GrainFilter only{grain_columns, {keys.begin(), keys.end()}};
        WindowValues w;
        w.start = format_local(win.start);
        w.end = format_local(win.end);
        w.only = &only;
        log_.progress(fmt::format("{}: {} changed grains in {} period{} from {}", m.name,
                                  only.keys.size(), win.periods, win.periods == 1 ? "" : "s",
                                  w.start.substr(0, 10)));
        Transaction tx(e_);
        replace_window(w);
        run_tests({&w});
        commit(tx);
      }
      Transaction tx(e_);
      // on a first build (or a backfill of every period) each row was just computed: recomputing
      // `refresh: always` measures over the unbounded SQL would give the same values
      bool changed = !settled && !built.empty() && refresh_measures();
      bool everywhere = changed && !refreshed;  // rows changed beyond the refreshed grains
      if (m.densify && !settled) {
        // members new since their periods were built get their rows now
        WindowValues all;
        all.start = format_local(period_floor(*parse_local(*inc.start), inc.period));
        all.end = format_local(period_next(period_floor(now_local, inc.period), inc.period));
        GrainFilter only{{densify_reference(m).key}, {}};  // members named by key
        long long n = 0;
        DensifyCandidates cand = densify_candidates(m, bt, wm, overlap);
        if (cand.members) {
          // the members the dimension wrote since the last pass: each gets every row it lacks
          only.keys = std::move(*cand.members);
          all.only = &only;
          if (!only.keys.empty())
            n = e_.execute(sql.densify(bt, all, false, probe_for(all, only.keys.size()))).affected;
        } else {
          // every member: those lacking their first period's row are found by a read first, then
          // densified by their keys (few, and a read can run in parallel where the insert cannot)
          Statement find = sql.new_densify_members(bt, all, k_max_changed_grains + 1);
          find.kind = Statement::Kind::read_state;  // a plan runs it too, to show the insert
          auto members = e_.execute(find).rows;
          if (!members.empty() && (members.size() > k_max_changed_grains ||
                                   probe_for(all, members.size()) == DensifyProbe::anti_join)) {
            n = e_.execute(sql.densify(bt, all, true, DensifyProbe::anti_join)).affected;
          } else if (!members.empty()) {
            for (const auto& row : members)
              if (row[0]) only.keys.push_back({*row[0]});
            all.only = &only;
            n = e_.execute(sql.densify(bt, all, false, DensifyProbe::each_row)).affected;
          }
        }
        // the dimension's watermarks as they stand: the next pass starts from them
        for (const auto& [src, v] : cand.dimension_watermarks)
          execute_all(
              e_, d_.meta_sql().set_watermark(meta, m.name, k_densify_watermark + src, v, run_id));
        out.inserted += n;
        changed = changed || n > 0;
        everywhere = everywhere || n > 0;
      }
      if (everywhere || in.test_every_row) {
        run_tests();
      } else if (changed) {  // only the refreshed grains changed: they are tested, at any time
        WindowValues scope;
        scope.start = "-infinity";
        scope.end = "infinity";
        scope.only = &*refreshed;
        run_tests({&scope});
      }
      save_watermarks(hw);
      finish("success");
      commit(tx);
    }
  } catch (const Error& err) {
    // a lost connection ends the run: it names the model that was building
    if (err.category() == ErrorCategory::unreachable) throw Error(err).with_model(m.name);
    if (!in.last_attempt && is_serialization_conflict(err)) throw;  // run() builds it again
    out.status = "failed";
    out.error = err.message();
    if (!err.sqlstate().empty()) out.error += " [SQLSTATE " + err.sqlstate() + "]";
    if (in.additive && !noted)  // rolled back with the build: the model stays as it was
      out.error += " (applying " + in.additive->describe() + "; nothing of it was kept)";
    // only what committed was written; the rest was rolled back, and the message says so
    if (long long i = out.inserted - kept.inserted, u = out.updated - kept.updated,
        d = out.deleted - kept.deleted;
        i || u || d)
      out.error += fmt::format(" (rolled back: {} inserted, {} updated, {} deleted)", i, u, d);
    out.inserted = kept.inserted;
    out.updated = kept.updated;
    out.deleted = kept.deleted;
    out.periods = kept.periods;
    out.duration_ms = o.dry_run ? 0 : ms_since(t0);
    e_.execute(d_.meta_sql().record_model_run(
        meta,
        {run_id, m.name, "failed", out.duration_ms, out.inserted, out.updated, out.deleted,
         out.periods, note.empty() ? std::nullopt : std::optional<std::string>(note), out.error}));
  }
  return out;
}

}  // namespace starling
