// `starling rebuild` (SPEC §4, §6.6): a shadow build in one transaction, then a swap.
#include <fmt/format.h>

#include <functional>
#include <thread>

#include "run/runner.hpp"
#include "sql/ddl.hpp"
#include "sql/meta.hpp"
#include "state/meta.hpp"
#include "state/migrations.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace starling {

namespace {

// GRANT statements that give a relation again the privileges others hold on it now.
std::vector<Statement> grants(Executor& e, const MetaSql& sql, const QualifiedName& relation) {
  std::vector<Statement> out;
  auto rows = e.execute(sql.privileges_of(relation.schema.name(), relation.name.name())).rows;
  for (const auto& g : sql.grants(rows)) out.push_back(sql.grant(relation, g));
  return out;
}

// A view the swap drops with a table it replaces, and recreates.
struct SavedView {
  QualifiedName name;
  std::string over;  // the replaced table it reads, directly or through other views
  std::string definition, owner;
  bool owned = true;  // by the session's user
  std::vector<Statement> grants;
};

// The views that read `tables`, directly or through one another, each once and after the views
// it reads. The levels are walked from here, one plain query per relation, so that it does not
// matter whether the server takes a recursive query over its catalog (Redshift's leader node).
std::vector<SavedView> save_views(Executor& e, const MetaSql& sql,
                                  const std::vector<QualifiedName>& tables) {
  using Key = std::pair<std::string, std::string>;
  std::map<Key, SavedView> found;
  std::map<Key, std::set<Key>> reads;  // a view -> the found views it reads
  std::vector<std::pair<Key, std::string>> level;
  for (const auto& t : tables)
    level.push_back({{t.schema.name(), t.name.name()}, t.schema.name() + "." + t.name.name()});
  while (!level.empty()) {
    std::vector<std::pair<Key, std::string>> next;
    for (const auto& [relation, over] : level) {
      for (const auto& r : e.execute(sql.views_reading(relation.first, relation.second)).rows) {
        Key k{r[0].value_or(""), r[1].value_or("")};
        if (found.count(relation)) reads[k].insert(relation);
        if (found.count(k)) continue;
        QualifiedName q{Ident(k.first), Ident(k.second)};
        const bool owned = r[4] && (*r[4] == "t" || *r[4] == "true");
        found.emplace(
            k, SavedView{q, over, r[2].value_or(""), r[3].value_or(""), owned, grants(e, sql, q)});
        next.push_back({k, over});
      }
    }
    level = std::move(next);
  }
  std::vector<SavedView> ordered;
  std::set<Key> placed;
  std::function<void(const Key&)> place = [&](const Key& k) {
    if (!placed.insert(k).second) return;
    for (const auto& r : reads[k]) place(r);
    ordered.push_back(found.at(k));
  };
  for (const auto& v : found) place(v.first);
  return ordered;
}

// Creates again, in order, the views `saved` that no R__ migration made again, with their owners,
// and gives all of them their grants back.
void restore_views(Executor& e, const MetaSql& sql, const std::vector<SavedView>& saved) {
  for (const auto& v : saved) {
    const std::string name = v.name.schema.name() + "." + v.name.name.name();
    auto made = e.execute(sql.relation_exists(v.name.schema.name(), v.name.name.name())).scalar();
    if (!made || (*made != "t" && *made != "true")) {
      try {
        e.execute(sql.create_view(v.name, v.definition));
      } catch (const Error& err) {
        if (err.category() != ErrorCategory::database) throw;
        throw Error(ErrorCategory::database,
                    "view " + name + " reads " + v.over +
                        ", whose shape the rebuild changed, and no longer fits it (" +
                        err.message() + "), so the rebuild was rolled back",
                    std::nullopt,
                    "make the view late-binding (CREATE VIEW … WITH NO SCHEMA BINDING), or "
                    "create it in a migrations/R__*.sql file (re-applied after every rebuild) "
                    "that follows the model");
      }
      if (!v.owned) e.execute(sql.set_owner(v.name, v.owner));
    }
    for (const auto& g : v.grants) e.execute(g);
  }
}

}  // namespace

RunResult Runner::rebuild(const RunOptions& o) {
  RunResult result;
  e_.execute(d_.meta_sql().set_time_zone(p_.config.timezone));
  std::optional<RunLock> lock;
  take_run_lock(lock, o);
  ensure_meta_schema(e_, d_, t_.meta_schema);
  RunRecord record(e_, d_.meta_sql(), t_.meta_schema, "rebuild", t_.name, o.arguments);
  record.close_interrupted([&](const std::string& w) { log_.warn(w); });
  result.run_id = record.id();
  Swap swap{t_, t_.schema + "__retired", {}};
  swap.shadow.schema = t_.schema + "__rebuild";
  swap.shadow.meta_schema = t_.meta_schema + "__rebuild";
  try {
    // what the dimensions carry over is known before anything is written
    auto recorded = read_recorded_models(e_, d_.meta_sql(), Ident(t_.meta_schema));
    check_history_carried(o, existing_tables(e_, d_, t_.schema), recorded);
    auto mig = apply_migrations(e_, d_, p_, t_.meta_schema, MigrationSet::versioned, record.id(),
                                [&](const std::string& f) { log_.info("applied " + f); });
    result.migrations = mig.applied;
    // a rebuild is one transaction, so a killed one leaves nothing; this only catches the odd
    // case (a crash of the server between statements of an older starling)
    for (const auto& s : {swap.shadow.schema, swap.retired, swap.shadow.meta_schema})
      execute_write(e_, d_.model_sql().drop_schema(s));
    execute_write(e_, d_.create_schema(Ident(t_.schema)));
    swap.live = existing_tables(e_, d_, t_.schema);

    Transaction tx(e_);
    build_shadow(o, swap.shadow, result, std::move(recorded));
    // the swap: from its locks to the commit, readers of these tables wait. Readers that come
    // while it waits for a lock queue behind it, so it waits briefly (the dialect's lock timeout)
    // and, when a long reader holds a table, rolls back and tries again a while later
    log_.progress("swapping the rebuilt tables in…");
    auto t0 = std::chrono::steady_clock::now();
    if (auto timeout = d_.swap_lock_timeout()) e_.execute(*timeout);
    int attempt = 1;
    for (;; ++attempt) {
      try {
        t0 = std::chrono::steady_clock::now();
        swap_in(o, swap, record.id(), result);
        break;
      } catch (const Error& err) {
        // a reader holds a table: nothing was swapped (the attempt rolled back); try again
        if (!err.is_lock_timeout()) throw;
        wait_for_readers(o, err, attempt);
      }
    }
    tx.commit();
    result.swap_ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0)
            .count();
    log_.end_progress();
    log_.info(fmt::format("swapped {} table{} in {} ms{}", o.models.size(),
                          o.models.size() == 1 ? "" : "s", result.swap_ms,
                          attempt > 1 ? fmt::format(" (try {})", attempt) : ""));
    record.finish("success", std::nullopt);
  } catch (const Error& err) {
    log_.end_progress();
    if (err.category() == ErrorCategory::unreachable) throw;
    record.finish("failed", err.describe());
    throw;
  }
  return result;
}

void Runner::check_history_carried(const RunOptions& o, const std::set<std::string>& live,
                                   const std::map<std::string, RecordedModel>& recorded) {
  if (o.discard_history) return;
  std::vector<std::string> lost;
  for (const auto& name : o.models) {
    const Model& m = *p_.model(name);
    if (m.kind != ModelKind::dimension || !live.count(name)) continue;
    auto rec = recorded.find(name);
    HistoryCarry h =
        history_carry(m, p_, rec == recorded.end() ? std::nullopt : rec->second.definition);
    if (h.loses_history()) lost.push_back(name + " (" + join(h.lost, "; ") + ")");
  }
  if (lost.empty()) return;
  throw Error(ErrorCategory::usage,
              "the rebuild would lose history that no source holds any more: " + join(lost, ", ") +
                  "; nothing was written",
              std::nullopt,
              "keep the natural key and the keep columns (and a versions dimension's history, "
              "valid_from and version columns) as they were, or rebuild with "
              "--discard-history to read everything from the sources as they are now (the lost "
              "values cannot be recovered)");
}

void Runner::build_shadow(const RunOptions& o, const Target& shadow, RunResult& result,
                          std::map<std::string, RecordedModel> recorded) {
  // the models not rebuilt are read where they are
  std::map<std::string, std::string> reads;
  std::set<std::string> rebuilt(o.models.begin(), o.models.end());
  for (const auto& n : g_.order)
    if (!rebuilt.count(n)) reads[n] = t_.schema;
  Runner shadow_runner(e_, d_, p_, shadow, g_, log_);
  shadow_runner.read_models_from(reads);
  shadow_runner.watch_changes_in(t_.meta_schema);
  shadow_runner.carry_history_from({t_.schema, std::move(recorded), true, o.discard_history});
  RunOptions so = o;
  so.migrations = false;
  so.check_freshness = false;
  so.restate.clear();
  so.command = "rebuild";
  RunResult built = shadow_runner.run(so);
  result.models = built.models;
  result.failed = built.failed;
  result.skipped = built.skipped;
  if (!built.failed && !built.skipped) return;
  // the transaction rolls back: the shadow tables go, and nothing live was touched
  std::vector<std::string> bad;
  for (const auto& m : built.models)
    if (m.status == ModelStatus::skipped)
      bad.push_back(m.model + " " + m.error);  // "skipped: upstream model … did not build"
    else if (m.status != ModelStatus::success)
      bad.push_back(m.model + " failed: " + m.error);
  throw Error(ErrorCategory::database,
              "the rebuild did not complete, so nothing was swapped in: " + join(bad, "; "));
}

void Runner::wait_for_readers(const RunOptions& o, const Error& err, int attempt) {
  if (attempt >= o.swap_tries)
    throw Error(ErrorCategory::database,
                fmt::format("the swap could not lock the live tables: readers held them "
                            "through {} tries, {} ms apart ({}), so nothing was swapped in",
                            attempt, o.swap_pause.count(), err.message()),
                std::nullopt,
                "end the long transactions reading them (pg_stat_activity) and rebuild again");
  if (attempt == 1)
    log_.warn(
        fmt::format("the swap waits for readers of the live tables ({}); trying again every {} "
                    "ms, {} tries at most",
                    err.message(), o.swap_pause.count(), o.swap_tries));
  std::this_thread::sleep_for(o.swap_pause);
}

std::map<std::pair<std::string, std::string>, std::vector<Statement>> Runner::views_over(
    const RunOptions& o, const std::set<std::string>& live) {
  std::map<std::pair<std::string, std::string>, std::vector<Statement>> views;
  for (const auto& name : o.models) {
    if (!live.count(name)) continue;
    for (const auto& r : e_.execute(d_.meta_sql().dependent_views(t_.schema, name)).rows) {
      std::pair<std::string, std::string> view{r[0].value_or(""), r[1].value_or("")};
      if (!views.count(view))
        views[view] =
            grants(e_, d_.meta_sql(), QualifiedName{Ident(view.first), Ident(view.second)});
    }
  }
  return views;
}

std::optional<std::set<std::string>> Runner::kept_tables(const RunOptions& o, const Swap& swap) {
  std::set<std::string> kept;
  for (const auto& name : o.models) {
    if (!swap.live.count(name)) continue;
    auto live = d_.table_shape({Ident(t_.schema), Ident(name)});
    if (!live) return std::nullopt;
    auto rebuilt = d_.table_shape({Ident(swap.shadow.schema), Ident(name)});
    auto shape = e_.execute(*live).rows;
    if (!shape.empty() && shape == e_.execute(*rebuilt).rows) kept.insert(name);
  }
  return kept;
}

void Runner::swap_in(const RunOptions& o, const Swap& swap, long long run_id, RunResult& result) {
  Transaction tx(e_);
  std::vector<QualifiedName> replaced;
  for (const auto& name : o.models)
    if (swap.live.count(name)) replaced.push_back({Ident(t_.schema), Ident(name)});
  if (auto lock_live = d_.swap_lock(replaced)) e_.execute(*lock_live);
  e_.execute(d_.create_schema(Ident(swap.retired)));
  // the live tables the rebuilt ones have the shape of keep their place, their views and grants
  // (where the dialect can); the views over the others, with their privileges, are dropped with
  // them and recreated: by the R__ migrations, or (where the dialect keeps tables) from what is
  // read here
  const std::optional<std::set<std::string>> kept = kept_tables(o, swap);
  std::map<std::pair<std::string, std::string>, std::vector<Statement>> views;
  std::vector<SavedView> saved;
  if (kept) {
    std::vector<QualifiedName> dropped;
    for (const auto& name : replaced)
      if (!kept->count(name.name.name())) dropped.push_back(name);
    saved = save_views(e_, d_.meta_sql(), dropped);
  } else {
    views = views_over(o, swap.live);
  }
  std::vector<QualifiedName> dropped_views;
  for (const auto& [view, privileges] : views)
    dropped_views.push_back({Ident(view.first), Ident(view.second)});
  if (auto lock_views = d_.swap_lock(dropped_views)) e_.execute(*lock_views);
  for (const auto& name : o.models) {
    const bool live = swap.live.count(name) > 0;
    QualifiedName live_name{Ident(t_.schema), Ident(name)};
    const TableSpec spec = table_spec(*p_.model(name), p_, t_.schema);
    if (kept && kept->count(name)) {
      for (const auto& s : d_.replace_rows({Ident(swap.shadow.schema), Ident(name)}, spec))
        e_.execute(s);
      continue;
    }
    std::vector<Statement> keep;
    if (live) keep = grants(e_, d_.meta_sql(), live_name);
    for (const auto& s :
         d_.swap_in({Ident(swap.shadow.schema), Ident(name)}, spec, Ident(swap.retired), live))
      e_.execute(s);
    for (const auto& g : keep) e_.execute(g);
  }
  e_.execute(d_.meta_sql().drop_retired(Ident(swap.retired)));
  auto rep = apply_migrations(
      e_, d_, p_, t_.meta_schema, MigrationSet::repeatable, run_id,
      [&](const std::string& f) { log_.info("applied " + f); }, true);
  result.repeatable = rep.applied_repeatable;
  restore_views(e_, d_.meta_sql(), saved);
  for (const auto& [view, privileges] : views) {
    auto ok = e_.execute(d_.meta_sql().relation_exists(view.first, view.second)).scalar();
    if (!ok || (*ok != "t" && *ok != "true"))
      throw Error(ErrorCategory::database,
                  "view " + view.first + "." + view.second +
                      " reads a rebuilt table and no R__ migration recreates it, so the rebuild "
                      "was rolled back",
                  std::nullopt,
                  "move its CREATE VIEW into a migrations/R__*.sql file (re-applied after every "
                  "rebuild)");
    for (const auto& g : privileges) e_.execute(g);
  }
  for (const auto& s : d_.meta_sql().adopt_model_state(
           Ident(t_.meta_schema), Ident(swap.shadow.meta_schema), o.models, t_.schema, run_id))
    e_.execute(s);
  e_.execute(d_.model_sql().drop_schema(swap.shadow.schema));
  e_.execute(d_.model_sql().drop_schema(swap.shadow.meta_schema));
  tx.commit();
}

}  // namespace starling
