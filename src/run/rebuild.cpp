// `starling rebuild` (SPEC §4, §6.6): a shadow build in one transaction, then a swap.
#include <fmt/format.h>

#include <thread>

#include "run/runner.hpp"
#include "sql/meta.hpp"
#include "state/meta.hpp"
#include "state/migrations.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace starling {

namespace {

// GRANT statements that give `to` the privileges others hold on a relation now.
std::vector<Statement> grants(Executor& e, const std::string& relation, const std::string& to) {
  std::vector<Statement> out;
  for (const auto& r : e.execute(meta_sql::privileges_of(relation)).rows) {
    std::string sql = "GRANT " + r[0].value_or("") + " ON " + to + " TO " + r[1].value_or("");
    if (r[2] && (*r[2] == "t" || *r[2] == "true")) sql += " WITH GRANT OPTION";
    out.push_back({sql, {}, "grant on " + to});
  }
  return out;
}

}  // namespace

RunResult Runner::rebuild(const RunOptions& o) {
  RunResult result;
  Ident meta(t_.meta_schema);
  const ModelSql& sql = d_.model_sql();
  e_.execute(meta_sql::set_time_zone(p_.config.timezone));
  std::optional<RunLock> lock;
  take_run_lock(lock, o.wait_for_lock);
  ensure_meta_schema(e_, d_, t_.meta_schema);
  RunRecord record(e_, t_.meta_schema, "rebuild", t_.name, o.arguments);
  result.run_id = record.id();
  Target shadow = t_;
  shadow.schema = t_.schema + "__rebuild";
  shadow.meta_schema = t_.meta_schema + "__rebuild";
  const std::string retired = t_.schema + "__retired";
  auto drop_leftovers = [&] {
    // a rebuild is one transaction, so a killed one leaves nothing; these only catch the odd case
    // (a crash of the server between statements of an older starling)
    for (const auto& s : {shadow.schema, retired, shadow.meta_schema})
      e_.execute(sql.drop_schema(s));
  };
  try {
    auto mig = apply_migrations(e_, d_, p_, t_.meta_schema, false, record.id(),
                                [&](const std::string& f) { log_.info("applied " + f); });
    result.migrations = mig.applied;
    drop_leftovers();
    e_.execute(d_.create_schema(Ident(t_.schema)));
    auto live = existing_tables(e_, d_, t_.schema);

    Transaction tx(e_);
    // the models not rebuilt are read where they are
    std::map<std::string, std::string> reads;
    std::set<std::string> rebuilt(o.models.begin(), o.models.end());
    for (const auto& n : g_.order)
      if (!rebuilt.count(n)) reads[n] = t_.schema;
    Runner shadow_runner(e_, d_, p_, shadow, g_, log_);
    shadow_runner.read_models_from(reads);
    RunOptions so = o;
    so.migrations = false;
    so.check_freshness = false;
    so.restate.clear();
    so.command = "rebuild";
    RunResult built = shadow_runner.run(so);
    result.models = built.models;
    result.failed = built.failed;
    result.skipped = built.skipped;
    if (built.failed || built.skipped) {
      // the transaction rolls back: the shadow tables go, and nothing live was touched
      std::vector<std::string> bad;
      for (const auto& m : built.models)
        if (m.status != "success") bad.push_back(m.model + " " + m.status + ": " + m.error);
      throw Error(ErrorCategory::database,
                  "the rebuild did not complete, so nothing was swapped in: " + join(bad, "; "));
    }

    // the swap: from the first ALTER to the commit, readers of these tables wait
    log_.progress("swapping the rebuilt tables in…");
    auto t0 = std::chrono::steady_clock::now();
    e_.execute({"SET LOCAL lock_timeout = '5s'", {}, "lock timeout for the swap"});
    for (int attempt = 1;; ++attempt) {
      try {
        Transaction swap(e_);
        e_.execute(d_.create_schema(Ident(retired)));
        // views over the replaced tables, with their privileges: dropped with the old tables,
        // recreated by the R__ migrations
        std::map<std::string, std::vector<Statement>> views;
        for (const auto& name : o.models) {
          if (!live.count(name)) continue;
          QualifiedName table{Ident(t_.schema), Ident(name)};
          for (const auto& r : e_.execute(meta_sql::dependent_views(table.sql())).rows)
            if (r[0] && !views.count(*r[0])) views[*r[0]] = grants(e_, *r[0], *r[0]);
        }
        for (const auto& name : o.models) {
          QualifiedName live_name{Ident(t_.schema), Ident(name)};
          QualifiedName shadow_name{Ident(shadow.schema), Ident(name)};
          std::vector<Statement> keep;
          if (live.count(name)) {
            keep = grants(e_, live_name.sql(), live_name.sql());
            e_.execute({"ALTER TABLE " + live_name.sql() + " SET SCHEMA " + Ident(retired).sql(),
                        {},
                        "retire " + name});
          }
          e_.execute({"ALTER TABLE " + shadow_name.sql() + " SET SCHEMA " + Ident(t_.schema).sql(),
                      {},
                      "swap in " + name});
          for (const auto& g : keep) e_.execute(g);
        }
        e_.execute({"DROP SCHEMA " + Ident(retired).sql() + " CASCADE", {}, "drop retired tables"});
        auto rep = apply_migrations(
            e_, d_, p_, t_.meta_schema, true, record.id(),
            [&](const std::string& f) { log_.info("applied " + f); }, true);
        result.repeatable = rep.applied_repeatable;
        for (const auto& [view, privileges] : views) {
          auto ok = e_.execute(meta_sql::relation_exists(view)).scalar();
          if (!ok || (*ok != "t" && *ok != "true"))
            throw Error(ErrorCategory::database,
                        "view " + view +
                            " reads a rebuilt table and no R__ migration recreates it, so the "
                            "rebuild was rolled back",
                        std::nullopt,
                        "move its CREATE VIEW into a migrations/R__*.sql file (re-applied after "
                        "every rebuild)");
          for (const auto& g : privileges) e_.execute(g);
        }
        for (const auto& s : meta_sql::adopt_model_state(meta, Ident(shadow.meta_schema), o.models,
                                                         t_.schema, record.id()))
          e_.execute(s);
        e_.execute(sql.drop_schema(shadow.schema));
        e_.execute(sql.drop_schema(shadow.meta_schema));
        swap.commit();
        break;
      } catch (const Error& err) {
        // a reader holding a table longer than the lock timeout: try again
        if (err.sqlstate() != "55P03" || attempt >= 12) throw;
        log_.warn("the swap waited more than 5 s for readers of the live tables; trying again");
        std::this_thread::sleep_for(std::chrono::seconds(1));
      }
    }
    tx.commit();
    result.swap_ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0)
            .count();
    log_.end_progress();
    log_.info(fmt::format("swapped {} table{} in {} ms", o.models.size(),
                          o.models.size() == 1 ? "" : "s", result.swap_ms));
    record.finish("success", std::nullopt);
  } catch (const Error& err) {
    log_.end_progress();
    if (err.category() == ErrorCategory::unreachable) throw;
    record.finish("failed", err.describe());
    throw;
  }
  return result;
}

}  // namespace starling
