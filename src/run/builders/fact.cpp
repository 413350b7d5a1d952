// A fact built by key (`strategy: key`: the rows loaded since its watermarks upserted by grain) or
// whole (`strategy: full`: every row replaced, unless nothing it reads changed), SPEC §3.3.
#include <fmt/format.h>

#include "run/builders/context.hpp"

namespace starling {

void build_fact(BuildContext& c) {
  c.watch_inputs();
  Transaction tx(c.e);
  c.create_if_missing();
  WindowValues w;
  const bool full = c.m.incremental->strategy == Strategy::full;
  std::string since = c.read_high_water();
  if (!full) w.since = since;
  bool settled = c.state.table_exists && c.quiet();
  if (settled) return c.settled(tx);
  // a key fact built before: the grains its inputs' changes touched are computed again
  std::optional<Touched> touched;
  GrainFilter only{c.m.grain, {}};
  if (!full && c.state.table_exists && !settled) {
    touched = c.touched(c.m.grain, false);
    if (!touched->unknown && !touched->too_many) {
      bool null_key = false;  // staged whole, where the stage's checks report it
      for (auto& r : touched->rows) {
        std::vector<std::string> k;
        for (const auto& v : r)
          if (v) k.push_back(*v);
        null_key = null_key || k.size() != r.size();
        only.keys.push_back(std::move(k));
      }
      w = WindowValues{};
      if (!null_key) w.only = &only;
    }
  }
  if (touched && !w.only)
    c.log.debug(fmt::format("{}: every grain read again ({})", c.m.name,
                            touched->unknown    ? "positions not known"
                            : touched->too_many ? "too many changed grains"
                                                : "a changed grain has a NULL"));
  const bool by_grain = touched && w.only;
  const bool everything = touched && !w.only;  // not known, or too many: the whole result
  if (everything) w = WindowValues{};
  c.e.execute(c.sql.drop_stage(c.bt));
  c.e.execute(c.sql.stage(c.bt, w));
  c.check_stage();
  if (!touched) c.check_read_before(w);
  c.resolve_references();
  // the rows written are the stage's grains, unless a refresh or a scan staged others
  bool staged = !full && !everything;
  if (full) {
    c.out.deleted = c.e.execute(c.sql.delete_all(c.bt)).affected;
    c.out.inserted = c.e.execute(c.sql.fact_insert(c.bt)).affected;
  } else {
    // rows of the grains recomputed that the SQL no longer gives go (by grain, or everywhere)
    if (by_grain) c.out.deleted += c.e.execute(c.sql.delete_missing(c.bt, &w)).affected;
    if (everything) c.out.deleted += c.e.execute(c.sql.delete_missing(c.bt, nullptr)).affected;
    for (const auto& s : c.sql.fact_upsert(c.bt)) c.execute_tallied(s);
    if (!settled && c.refresh_measures()) staged = false;
  }
  c.run_tests(c.written_rows(staged));
  c.complete(tx);
}

}  // namespace starling
