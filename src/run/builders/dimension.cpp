// A dimension (SPEC §3.1): on its first build every row, then the members that changes in its
// inputs touched (src/run/changes.hpp), are staged, checked and upserted by natural key; `refresh:
// always` columns are recomputed unless nothing it reads changed.
#include "run/builders/context.hpp"

namespace starling {

void build_dimension(BuildContext& c) {
  c.watch_inputs();
  Transaction tx(c.e);
  WindowValues w;
  GrainFilter only{c.m.key, {}};
  if (c.stage_members(w, only)) return c.settled(tx);
  c.check_read_before(w);
  c.carry_history();
  for (const auto& s : c.sql.dimension_upsert(c.bt)) c.execute_tallied(s);
  long long refreshed_rows = 0;
  if (auto refresh = c.sql.dimension_refresh(c.bt)) refreshed_rows = c.e.execute(*refresh).affected;
  c.out.updated += refreshed_rows;
  c.repoint_facts(false);  // a member that arrives after its facts
  // the rows written: the stage's keys, unless `refresh: always` rewrote others
  c.run_tests(c.written_rows(refreshed_rows == 0));
  c.complete(tx);
}

}  // namespace starling
