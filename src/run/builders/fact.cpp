// A fact built by key (`strategy: key`: the rows loaded since its watermarks upserted by grain) or
// whole (`strategy: full`: every row replaced, unless nothing it reads changed), SPEC §3.3.
#include "run/builders/context.hpp"

namespace starling {

void build_fact(BuildContext& c) {
  Transaction tx(c.e);
  c.create_if_missing();
  WindowValues w;
  const bool full = c.m.incremental->strategy == Strategy::full;
  std::string since = c.read_high_water();
  if (!full) w.since = since;
  bool settled = c.state.table_exists && c.quiet();
  if (full && settled) {
    // nothing it reads changed: the table is what a full build would give
    if (c.in.test_every_row) c.run_tests();
    c.save_watermarks();
    c.finish();
    c.commit(tx);
    return;
  }
  c.e.execute(c.sql.drop_stage(c.bt));
  c.e.execute(c.sql.stage(c.bt, w));
  c.check_stage();
  c.check_read_before(w);
  c.resolve_references();
  // the rows written are the stage's grains, unless a refresh or a scan staged others
  bool staged = !full;
  if (full) {
    c.out.deleted = c.e.execute(c.sql.delete_all(c.bt)).affected;
    c.out.inserted = c.e.execute(c.sql.fact_insert(c.bt)).affected;
  } else {
    for (const auto& s : c.sql.fact_upsert(c.bt)) c.execute_tallied(s);
    if (!settled && c.refresh_measures()) staged = false;
    if (c.m.incremental->deletes == Deletes::scan) {
      staged = false;
      // a full read of the SQL's unbounded result: rows whose grain is gone are deleted
      c.e.execute(c.sql.drop_stage(c.bt));
      c.e.execute(c.sql.stage(c.bt, WindowValues{}));
      c.check_stage();
      c.resolve_references();
      c.out.deleted += c.e.execute(c.sql.delete_missing(c.bt, nullptr)).affected;
    }
  }
  c.run_tests(c.written_rows(staged));
  c.save_watermarks();
  c.finish();
  c.commit(tx);
}

}  // namespace starling
