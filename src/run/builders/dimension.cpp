// A dimension (SPEC §3.1): on its first build every row, then the members that changes in its
// inputs touched (src/run/changes.hpp), are staged, checked and upserted by natural key; `refresh:
// always` columns are recomputed unless nothing it reads changed.
#include "run/builders/context.hpp"

namespace starling {

void build_dimension(BuildContext& c) {
  c.watch_inputs();
  Transaction tx(c.e);
  c.create_if_missing();
  WindowValues w;
  w.since = c.read_high_water();
  // built before: the members changes in any input touched (a member whose source row is gone
  // stays, with the facts that point at it)
  GrainFilter only{c.m.key, {}};
  const bool quiet = c.state.table_exists && c.quiet();
  if (c.state.table_exists && !quiet) {
    Touched t = c.touched(c.m.key, false);
    w = WindowValues{};  // not known, or too many: every member read again
    if (!t.unknown && !t.too_many) {
      for (const auto& r : t.rows) {
        std::vector<std::string> k;
        for (const auto& v : r)
          if (v) k.push_back(*v);
        if (k.size() == r.size()) only.keys.push_back(std::move(k));
      }
      w.only = &only;
    }
  }
  c.e.execute(c.sql.drop_stage(c.bt));
  c.e.execute(c.sql.stage(c.bt, w));
  c.check_stage();
  c.check_read_before(w);
  c.carry_history();
  for (const auto& s : c.sql.dimension_upsert(c.bt)) c.execute_tallied(s);
  long long refreshed_rows = 0;
  if (auto refresh = c.sql.dimension_refresh(c.bt); refresh && !quiet)
    refreshed_rows = c.e.execute(*refresh).affected;
  c.out.updated += refreshed_rows;
  // the rows written: the stage's keys, unless `refresh: always` rewrote others
  c.run_tests(c.written_rows(refreshed_rows == 0));
  c.save_watermarks();
  c.save_positions(true);
  c.finish();
  c.commit(tx);
}

}  // namespace starling
