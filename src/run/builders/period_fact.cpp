// A period fact (SPEC §3.3): its periods due (never built, the lookback, late data: decided by
// periods_due) are replaced a batch at a time, each batch in its own transaction; built periods
// whose changed grains are known get only those grains recomputed; then, in one last transaction,
// `refresh: always` measures, the densify pass over members new since, the tests and the
// watermarks.
#include <fmt/format.h>

#include "run/builders/context.hpp"
#include "state/ledger.hpp"

namespace starling {

namespace {

// The periods touched by rows loaded since each late-data source's own watermark (all of its rows
// when it has none yet).
LateFindings find_late_rows(BuildContext& c) {
  const Incremental& inc = *c.m.incremental;
  LateFindings late;
  for (const auto& ld : inc.late_data) {
    LateQuery q = late_query(c.p.config, ld, c.state.watermarks);
    if (q == LateQuery::none) continue;
    if (q == LateQuery::changed_grains) {
      if (auto rows = c.changed_grains(ld.source, ld.grain, ld.time, inc.period)) {
        add_changed_grains(late, ld, *rows, inc.period);
        continue;
      }
      // too many changed grains: whole periods
    }
    NamedTable t = named_table(c.p.config, ld.source);
    Statement s = c.sql.late_periods(*t.source, *t.table, ld.time, inc.period,
                                     c.state.watermarks.since(ld.source));
    add_late_periods(late, c.e.execute(s).rows, inc.period);
  }
  return late;
}

// The grains that changes in any input touched since the fact's positions (changes.hpp): by the
// grain columns beside the time (those of late_data's grains where it names some), or whole
// periods when they are too many; every built period when the positions are not known.
void find_touched(BuildContext& c, LateFindings& late) {
  const Incremental& inc = *c.m.incremental;
  std::vector<std::string> cols = late.grain_columns;
  if (cols.empty())
    for (const auto& g : c.m.grain)
      if (g != *inc.time) cols.push_back(g);
  Touched t = c.touched(cols, true);
  if (t.too_many) t = c.touched({}, true);
  if (t.unknown || t.too_many) {
    if (t.unknown && c.o.command == "run")
      c.log.info(c.m.name +
                 ": what its built periods were read from is not known (built by an "
                 "earlier starling, or its inputs' columns changed): every built period is "
                 "rebuilt once");
    late.periods.insert(c.state.built.begin(), c.state.built.end());
    return;
  }
  add_touched_grains(late, cols, t.rows, inc.period);
}

// The window's rows (of the grains w.only names, when set) replaced by what the SQL gives.
void replace_window(BuildContext& c, const WindowValues& w) {
  const Incremental& inc = *c.m.incremental;
  c.e.execute(c.sql.drop_stage(c.bt));
  c.e.execute(c.sql.stage(c.bt, w));
  if (long long n = c.count(c.sql.count_outside_window(c.bt, w)))
    fail_build(fmt::format("{} row{} of the window {} .. {} have a {} outside it", n,
                           n == 1 ? "" : "s", w.start, w.end, *inc.time));
  c.check_stage();
  c.resolve_references();
  if (w.only) {
    // the grains' rows made what the SQL gives: those gone deleted, the others upserted, so that
    // only rows that differ are written
    c.out.deleted += c.e.execute(c.sql.delete_missing(c.bt, &w)).affected;
    for (const auto& s : c.sql.fact_upsert(c.bt)) c.execute_tallied(s);
  } else {
    c.out.deleted += c.e.execute(c.sql.delete_window(c.bt, w)).affected;
    c.out.inserted += c.e.execute(c.sql.fact_insert(c.bt)).affected;
  }
  if (c.m.densify) {
    size_t periods = periods_between(*parse_local(w.start), *parse_local(w.end), inc.period);
    auto probe = densify_names_members(c.m, w) ? densify_probe(w.only->keys.size(), periods)
                                               : DensifyProbe::anti_join;
    c.out.inserted += c.e.execute(c.sql.densify(c.bt, w, false, probe)).affected;
  }
}

WindowValues window_values(const Window& win, const GrainFilter* only = nullptr) {
  WindowValues w;
  w.start = format_local(win.start);
  w.end = format_local(win.end);
  w.only = only;
  return w;
}

// The whole periods due, a batch a transaction, each recorded built with its rows.
void build_windows(BuildContext& c, const PeriodsDue& due) {
  const Incremental& inc = *c.m.incremental;
  for (const auto& win : due.windows) {
    WindowValues w = window_values(win);
    c.log.progress(fmt::format("{}: periods {}/{} ({})", c.m.name, c.out.periods + win.periods,
                               due.total, w.start.substr(0, 10)));
    Transaction tx(c.e);
    replace_window(c, w);
    std::vector<std::pair<std::string, std::string>> periods;
    for (LocalTime p = win.start; p < win.end; p = period_next(p, inc.period))
      periods.emplace_back(format_local(p), format_local(period_next(p, inc.period)));
    execute_all(c.e, c.d.meta_sql().record_built_periods(c.meta, c.m.name, periods, c.run_id));
    c.run_tests({&w});
    c.out.periods += win.periods;
    c.commit(tx);
  }
  // periods that had no rows before (a first build, a backfill, a new day or week): the planner
  // learns of them now, not when autovacuum next samples the table
  if (auto a = c.sql.analyze(c.bt); a && due.new_periods) {
    Transaction tx(c.e);
    c.e.execute(*a);
    c.commit(tx);
  }
  // periods built already whose changed grains are known: those grains are recomputed
  for (const auto& g : due.grains) {
    WindowValues w = window_values(g.window, &g.only);
    c.log.progress(fmt::format("{}: {} changed grains in {} period{} from {}", c.m.name,
                               g.only.keys.size(), g.window.periods,
                               g.window.periods == 1 ? "" : "s", w.start.substr(0, 10)));
    Transaction tx(c.e);
    replace_window(c, w);
    c.run_tests({&w});
    c.commit(tx);
  }
}

// Members new since their periods were built get their rows: the rows inserted.
long long densify_new_members(BuildContext& c) {
  const Incremental& inc = *c.m.incremental;
  WindowValues all;
  all.start = format_local(period_floor(*parse_local(*inc.start), inc.period));
  all.end = format_local(period_next(period_floor(c.now, inc.period), inc.period));
  const size_t periods =
      periods_between(*parse_local(all.start), *parse_local(all.end), inc.period);
  GrainFilter only{{densify_reference(c.m).key}, {}};  // members named by key
  long long n = 0;
  DensifyCandidates cand = c.densify_candidates();
  if (cand.members) {
    // the members the dimension wrote since the last pass: each gets every row it lacks
    only.keys = std::move(*cand.members);
    all.only = &only;
    if (!only.keys.empty())
      n = c.e.execute(c.sql.densify(c.bt, all, false, densify_probe(only.keys.size(), periods)))
              .affected;
  } else {
    // every member: those lacking their first period's row are found by a read first, then
    // densified by their keys (few, and a read can run in parallel where the insert cannot)
    Statement find = c.sql.new_densify_members(c.bt, all, k_max_changed_grains + 1);
    find.kind = Statement::Kind::read_state;  // a plan runs it too, to show the insert
    auto members = c.e.execute(find).rows;
    switch (densify_every_member(members.size(), periods)) {
      case DensifyPass::none:
        break;
      case DensifyPass::anti_join:
        n = c.e.execute(c.sql.densify(c.bt, all, true, DensifyProbe::anti_join)).affected;
        break;
      case DensifyPass::each_member:
        for (const auto& row : members)
          if (row[0]) only.keys.push_back({*row[0]});
        all.only = &only;
        n = c.e.execute(c.sql.densify(c.bt, all, false, DensifyProbe::each_row)).affected;
        break;
    }
  }
  // the dimension's watermarks as they stand: the next pass starts from them
  for (const auto& [src, v] : cand.dimension_watermarks)
    execute_all(c.e, c.d.meta_sql().set_watermark(c.meta, c.m.name, k_densify_watermark + src, v,
                                                  c.run_id));
  return n;
}

// The last transaction: `refresh: always` measures, the densify pass, the tests of what changed
// beyond the windows, the watermarks and the ledger.
void finish_period_fact(BuildContext& c, bool settled, bool first_build) {
  Transaction tx(c.e);
  // on a first build (or a backfill of every period) each row was just computed: recomputing
  // `refresh: always` measures over the unbounded SQL would give the same values
  bool changed = !settled && !first_build && c.refresh_measures();
  bool everywhere = changed && !c.refreshed;  // rows changed beyond the refreshed grains
  if (c.m.densify && !settled) {
    long long n = densify_new_members(c);
    c.out.inserted += n;
    changed = changed || n > 0;
    everywhere = everywhere || n > 0;
  }
  if (everywhere || c.in.test_every_row) {
    c.run_tests();
  } else if (changed) {  // only the refreshed grains changed: they are tested, at any time
    WindowValues scope;
    scope.start = "-infinity";
    scope.end = "infinity";
    scope.only = &*c.refreshed;
    c.run_tests({&scope});
  }
  c.complete(tx);
}

}  // namespace

void build_period_fact(BuildContext& c) {
  c.watch_inputs();
  if (!c.state.table_exists || c.in.additive) {
    // its periods commit a batch at a time: the table (or an additive change) commits first, with
    // the definition it has, so that a later run knows its shape and resumes; it counts as built
    // (built_at) only once a build finishes: never for a new table, as before for an additive
    // change
    Transaction tx(c.e);
    c.create_if_missing();
    c.record_definition(false);
    c.commit(tx);
    c.applied();
    c.state.table_exists = true;
  }
  c.state.built = read_built_periods(c.e, c.d.meta_sql(), c.meta, c.m.name);
  c.read_high_water();
  const bool first_build = c.state.built.empty();
  const bool settled = !first_build && c.quiet();
  // on a first build every period is due anyway; a settled model has seen every row its
  // watermarks cover, the overlap included
  LateFindings late = !first_build && !settled ? find_late_rows(c) : LateFindings{};
  if (!first_build && !settled) find_touched(c, late);
  PeriodsDue due = periods_due(c.m, c.now, c.state.built, settled, late);
  if (!settled) {  // the rows each batch commits are of this build's refresh
    Transaction tx(c.e);
    c.save_positions(false);
    c.commit(tx);
  }
  build_windows(c, due);
  finish_period_fact(c, settled, first_build);
}

}  // namespace starling
