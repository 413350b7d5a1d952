// A date dimension (SPEC §3.2): its rows follow from its definition and the local day
// (`end: today+2y`). The day they were last written for is its watermark, and on that day, with the
// same definition, the table holds them already.
#include "plan/date_rows.hpp"
#include "run/builders/context.hpp"

namespace starling {

void build_date_dimension(BuildContext& c) {
  const LocalTime day = period_floor(c.now, Period::day);
  bool current = date_rows_current(c.state, day, model_definition(c.m, c.p));
  Transaction tx(c.e);
  c.create_if_missing();
  if (!current) {
    for (const auto& s : c.sql.date_rows(c.bt, date_dimension_rows(*c.m.date_spec, c.now)))
      c.execute_tallied(s);
    c.repoint_facts(false);  // a date that comes after its facts
    c.run_tests();
    execute_all(c.e, c.d.meta_sql().set_watermark(c.meta, c.m.name, k_date_rows_watermark,
                                                  format_local(day), c.run_id));
  }
  c.finish();
  c.commit(tx);
}

}  // namespace starling
