// A dimension (SPEC §3.1): the rows its sources loaded since its watermarks are staged, checked
// and upserted by natural key; `refresh: always` columns are recomputed unless nothing it reads
// changed.
#include "run/builders/context.hpp"

namespace starling {

void build_dimension(BuildContext& c) {
  Transaction tx(c.e);
  c.create_if_missing();
  WindowValues w;
  w.since = c.read_high_water();
  c.e.execute(c.sql.drop_stage(c.bt));
  c.e.execute(c.sql.stage(c.bt, w));
  c.check_stage();
  c.check_read_before(w);
  for (const auto& s : c.sql.dimension_upsert(c.bt)) c.execute_tallied(s);
  long long refreshed_rows = 0;
  if (auto refresh = c.sql.dimension_refresh(c.bt); refresh && !c.quiet())
    refreshed_rows = c.e.execute(*refresh).affected;
  c.out.updated += refreshed_rows;
  // the rows written: the stage's keys, unless `refresh: always` rewrote others
  c.run_tests(c.written_rows(refreshed_rows == 0));
  c.save_watermarks();
  c.finish();
  c.commit(tx);
}

}  // namespace starling
