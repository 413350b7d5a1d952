// A versions dimension (history: versions, SPEC §3.1): the members changes in its inputs touched
// (every member on a first build) are staged, every row of theirs the SQL gives (a change log
// gives several), and merged with the versions the table has (ModelSql::versions_merge): a
// change opens a version, a backdated one splits the version it falls in. The members read whose
// rows are gone have their current version closed, and the facts whose as_of no longer falls in
// the version they point at are pointed at the one it falls in, all in one transaction.
#include "run/builders/context.hpp"

namespace starling {

void build_versions_dimension(BuildContext& c) {
  c.watch_inputs();
  Transaction tx(c.e);
  const bool existed = c.state.table_exists;
  WindowValues w;
  GrainFilter only{c.m.key, {}};
  if (c.stage_members(w, only)) return c.settled(tx);
  const bool carried = c.carry_history();
  const long long updated = c.out.updated;
  for (const auto& s : c.sql.versions_merge(c.bt)) c.execute_tallied(s);
  // a member read whose rows are gone: once, its current version closes
  if (existed || carried) c.execute_tallied(c.sql.versions_close(c.bt, w.only));
  // a version that ends earlier has been updated; a new version may hold facts at -1
  c.repoint_facts(c.out.updated > updated);
  c.run_tests(c.written_rows(true));
  c.complete(tx);
}

}  // namespace starling
