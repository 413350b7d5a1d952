// What the build of one model will do, decided from the model, the state the meta schema holds of
// it (ModelState) and `now`: pure functions, no database, no clock, no I/O. The builders
// (src/run/builders/) run the queries whose rows some of these take and turn each decision into
// statements. Periods are half-open, [start, end), in the project's local time, like Window.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "plan/periods.hpp"
#include "plan/watermarks.hpp"
#include "project/config.hpp"
#include "project/graph.hpp"
#include "project/model.hpp"
#include "sql/model_sql.hpp"

namespace starling {

// More changed grains (or densify members) than this in one run are rebuilt as whole periods (or
// a whole refresh): a long pause makes the grain lists longer than the work they save.
inline constexpr size_t k_max_changed_grains = 100000;
// A densify of at most this many rows (members named × periods) looks each up in the unique
// index; more are found by one anti join with the whole table.
inline constexpr size_t k_max_densify_probes = 200000;
// A date dimension's watermark: the local day its rows were last generated for.
inline constexpr const char* k_date_rows_watermark = "(generated)";
// A densify fact's record of its dimension's watermarks at its last densify pass: "(densify) " and
// the dimension's source.table.
inline constexpr const char* k_densify_watermark = "(densify) ";

// Rows as a query returned them.
using Rows = std::vector<std::vector<std::optional<std::string>>>;
// source.table -> the newest loaded_at of its rows now (null: it has none).
using HighWater = std::map<std::string, std::optional<std::string>>;

// The source and table a "source.table" name stands for (null when unknown), and whether its rows
// carry a loaded_at, by which changed rows are found.
struct NamedTable {
  const Source* source = nullptr;
  const SourceTable* table = nullptr;
  bool tracked() const { return table && (table->loaded_at || source->loaded_at); }
};
NamedTable named_table(const Config& c, const std::string& name);

// The source tables a model reads: those whose rows carry a loaded_at (tracked), and whether
// another one is read too.
struct SourcesRead {
  struct Tracked {
    std::string name;  // source.table
    const Source* source = nullptr;
    const SourceTable* table = nullptr;
  };
  std::vector<Tracked> tracked;
  bool untracked = false;
  std::vector<std::string> tracked_names() const;
};
SourcesRead sources_read(const Config& c, const Lineage& l, const std::string& model);

// What the meta schema (and the catalog) say of a model when it builds.
struct ModelState {
  bool table_exists = false;
  // a test was added since the model was built: this build checks every row, not only its own
  bool test_every_row = false;
  // the model's definition when it was last built (model_definition), if recorded
  std::optional<std::string> recorded_definition;
  Watermarks watermarks;
  std::set<LocalTime> built;  // a period fact's built periods
  HighWater high_water;       // of the tracked sources it reads
  // whether an upstream model wrote a row since this one built; nothing while not asked
  std::optional<bool> upstream_wrote;
};

// Whether the model's SQL or expressions read the clock (or chance): then its rows can change with
// nothing new in its sources.
bool reads_the_clock(const Model& m);

// Where the build's read starts ({{ since }}): the oldest watermark of the sources it reads less
// the overlap; "-infinity" on a first build, or when a source is untracked or has no watermark.
std::string read_since(const SourcesRead& s, const Watermarks& wm);

// Nothing the model reads changed since it last built (settled): every source is tracked and has
// no row loaded after its watermark, no upstream model wrote a row since, and nothing in it reads
// the clock. Then the lookback and `refresh: always` would only write again what is there.
// ask_upstream: the sources are quiet and `upstream_wrote` is not known yet: ask, then decide
// again.
enum class Quiet { changed, settled, ask_upstream };
Quiet quiet(const SourcesRead& s, const ModelState& st, bool clock);

// A date dimension's rows are current: the table holds them for the local `day` (its watermark)
// from the same definition, and no new test asks to check them.
bool date_rows_current(const ModelState& st, LocalTime day, const std::string& definition);

// Which query finds the late rows of a late_data source: none (untracked), its changed grains
// (a grain is named and the source has a watermark), or the late periods.
enum class LateQuery { none, changed_grains, late_periods };
LateQuery late_query(const Config& c, const LateData& ld, const Watermarks& wm);

// Whether a changed-grains query's rows are few enough to rebuild by grain (it asks for one more
// than k_max_changed_grains): otherwise whole periods (or a whole refresh).
inline bool within_grain_limit(const Rows& rows) {
  return rows.size() <= k_max_changed_grains;
}

// What the late rows of the sources say is due beyond never-built and recent periods.
struct LateFindings {
  std::set<LocalTime> periods;  // rebuilt whole
  // periods whose change is known by grain: only those grains are recomputed in them
  std::map<LocalTime, std::set<std::vector<std::string>>> grains;
  std::vector<std::string> grain_columns;  // the grain columns the keys give values of
};
// Adds the rows of a changed-grains query of `ld` (the time first, then ld.grain's columns): a
// row without a time belongs to no period; a NULL in a key makes its period due whole.
void add_changed_grains(LateFindings& f, const LateData& ld, const Rows& rows, Period p);
// Adds rows of grains touched by changes (the period's start, then values of `columns`, which
// must be those of the findings' grains when they have some): a NULL value, or no column at all,
// makes its period due whole.
void add_touched_grains(LateFindings& f, const std::vector<std::string>& columns, const Rows& rows,
                        Period p);
// Adds the rows of a late-periods query (a time each): their periods are due whole.
void add_late_periods(LateFindings& f, const Rows& rows, Period p);

// Why a period is rebuilt whole.
enum class DueReason { never_built, recent, late_data };
std::string to_string(DueReason r);

// The periods of a period fact a build writes.
struct PeriodsDue {
  std::vector<Window> windows;         // whole periods, a batch at most each, in time order
  std::map<LocalTime, DueReason> why;  // each period of `windows`
  // built periods with changed grains known (not in `windows`, not before the start nor after
  // the current period): only those grains, a batch of periods at most each
  struct Grains {
    Window window;
    GrainFilter only;
  };
  std::vector<Grains> grains;
  int total = 0;             // periods in `windows`
  bool new_periods = false;  // some period in `windows` was never built (the table is analysed)
};
// REQUIRES: m is a period fact.
PeriodsDue periods_due(const Model& m, LocalTime now, const std::set<LocalTime>& built,
                       bool settled, const LateFindings& late);

// The periods from `a` up to `b`.
size_t periods_between(LocalTime a, LocalTime b, Period p);
// How a densify of `members` members over `periods` periods finds the rows there already.
DensifyProbe densify_probe(size_t members, size_t periods);

// The `refresh: always` measures' refresh scope: the changed-grain queries to run, in order
// (each the refresh_on of a measure), and whether the whole table is recomputed even when each
// of them is answered (a measure without refresh_on, or one naming other grain columns).
struct RefreshQueries {
  std::vector<const RefreshOn*> queries;
  std::vector<std::string> columns;  // the grain columns of every query
  bool whole_table = false;
};
RefreshQueries refresh_queries(const Model& m);
// The grains to recompute from the queries' rows (one value per column): nothing (recompute the
// whole table) when `q.whole_table` or more than k_max_changed_grains grains. A row with a NULL
// names no grain.
std::optional<GrainFilter> refresh_grains(const RefreshQueries& q, const std::vector<Rows>& rows);

// A densify fact's dimension sources by whose watermarks its once-per-run pass can be narrowed;
// nothing when it cannot be (a dimension reading other models or recomputing its `from`, or one
// reading no source): every member is then looked at.
std::optional<std::vector<std::string>> densify_dimension_sources(const Model& fact,
                                                                  const Project& p,
                                                                  const Lineage& l);
// From the dimension's watermarks now and the fact's: where its read of members written since
// the last pass starts (nothing: look at every member), and the dimension's watermarks for the
// pass to record (empty when a source is untracked or has none: they cannot narrow a later pass).
struct DensifyNarrowing {
  std::optional<std::string> since;
  std::map<std::string, std::string> dimension_watermarks;
};
DensifyNarrowing densify_narrowing(const Config& c, const std::vector<std::string>& dim_sources,
                                   const std::map<std::string, std::string>& dim_watermarks,
                                   const Watermarks& fact);
// The members a narrowed pass looks at (its query asks for one more than the limit): nothing
// when over k_max_changed_grains.
std::optional<std::vector<std::vector<std::string>>> densify_members(const Rows& rows);
// A pass over every member, from the members a read found lacking their first period's row:
// none; one anti join with the whole table (many); or each by key.
enum class DensifyPass { none, anti_join, each_member };
DensifyPass densify_every_member(size_t found, size_t periods);

// What run.on_stale_source makes of the sources past error_after (name -> why).
struct StaleDecision {
  std::set<std::string> stale;
  OnStaleSource mode = OnStaleSource::skip;
  std::string text;   // for the log and the run's record; empty when no source is stale
  bool stop = false;  // on_stale_source: fail: nothing is built
  bool fails_run() const { return !stale.empty() && mode != OnStaleSource::warn; }
};
StaleDecision stale_decision(const std::map<std::string, std::string>& stale, OnStaleSource mode);
// Whether a model is built, given the stale sources: `blocked` (why it is skipped) or `note` (built
// anyway, for its ledger message), or neither.
struct StaleGate {
  std::string blocked;
  std::string note;
};
StaleGate stale_gate(const StaleDecision& d, const Lineage& l, const std::string& model);

// Why a model is skipped because an upstream model in `broken` did not build (empty: it is not).
std::string blocked_by_upstream(const Lineage& l, const std::string& model,
                                const std::set<std::string>& broken);

}  // namespace starling
