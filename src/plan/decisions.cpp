#include "plan/decisions.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "util/strings.hpp"

namespace starling {

NamedTable named_table(const Config& c, const std::string& name) {
  auto parts = split(name, '.');
  NamedTable t;
  t.source = parts.size() == 2 ? c.source(parts[0]) : nullptr;
  t.table = t.source ? t.source->table(parts[1]) : nullptr;
  return t;
}

std::vector<std::string> SourcesRead::tracked_names() const {
  std::vector<std::string> out;
  for (const auto& t : tracked) out.push_back(t.name);
  return out;
}

SourcesRead sources_read(const Config& c, const Lineage& l, const std::string& model) {
  SourcesRead out;
  auto it = l.sources.find(model);
  if (it == l.sources.end()) return out;
  for (const auto& st : it->second) {
    NamedTable t = named_table(c, st);
    if (t.tracked())
      out.tracked.push_back({st, t.source, t.table});
    else
      out.untracked = true;
  }
  return out;
}

bool reads_the_clock(const Model& m) {
  std::string text = m.raw_sql;
  for (const auto& c : m.columns)
    if (c.expr) text += " " + *c.expr;
  std::string lower;
  for (char ch : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  for (const char* f : {"current_date", "current_time", "now(", "localtime", "clock_timestamp",
                        "statement_timestamp", "transaction_timestamp", "timeofday", "random("})
    if (lower.find(f) != std::string::npos) return true;
  return false;
}

std::string read_since(const SourcesRead& s, const Watermarks& wm) {
  if (s.untracked) return "-infinity";
  return wm.since(s.tracked_names());
}

Quiet quiet(const SourcesRead& s, const ModelState& st, bool clock) {
  if (s.untracked || s.tracked.empty() || clock) return Quiet::changed;
  for (const auto& tr : s.tracked) {
    auto h = st.high_water.find(tr.name);
    const std::string* w = st.watermarks.find(tr.name);
    if (h == st.high_water.end() || !h->second || !w || *h->second != *w) return Quiet::changed;
  }
  if (!st.upstream_wrote) return Quiet::ask_upstream;
  return *st.upstream_wrote ? Quiet::changed : Quiet::settled;
}

bool date_rows_current(const ModelState& st, LocalTime day, const std::string& definition) {
  const std::string* w = st.watermarks.find(k_date_rows_watermark);
  return st.table_exists && !st.test_every_row && w && parse_local(*w) == day &&
         st.recorded_definition && *st.recorded_definition == definition;
}

LateQuery late_query(const Config& c, const LateData& ld, const Watermarks& wm) {
  if (!named_table(c, ld.source).tracked()) return LateQuery::none;
  // without a watermark every row is new: whole periods
  return !ld.grain.empty() && wm.has(ld.source) ? LateQuery::changed_grains
                                                : LateQuery::late_periods;
}

void add_changed_grains(LateFindings& f, const LateData& ld, const Rows& rows, Period p) {
  std::vector<std::string> cols;
  for (const auto& k : ld.grain) cols.push_back(k.grain);
  add_touched_grains(f, cols, rows, p);
}

void add_touched_grains(LateFindings& f, const std::vector<std::string>& columns, const Rows& rows,
                        Period p) {
  if (f.grain_columns.empty()) f.grain_columns = columns;
  for (const auto& row : rows) {
    auto v = row[0] ? parse_local(*row[0]) : std::nullopt;
    if (!v) continue;  // no time: the row belongs to no period
    LocalTime period = period_floor(*v, p);
    std::vector<std::string> k;
    for (size_t i = 1; i < row.size(); ++i)
      if (row[i]) k.push_back(*row[i]);
    if (!columns.empty() && k.size() + 1 == row.size())
      f.grains[period].insert(std::move(k));
    else
      f.periods.insert(period);  // a NULL key (or no grain beside the time): the whole period
  }
}

void add_late_periods(LateFindings& f, const Rows& rows, Period p) {
  for (const auto& row : rows)
    if (row[0])
      if (auto v = parse_local(*row[0])) f.periods.insert(period_floor(*v, p));
}

std::string to_string(DueReason r) {
  switch (r) {
    case DueReason::never_built:
      return "never built";
    case DueReason::recent:
      return "lookback";
    case DueReason::late_data:
      return "late data";
  }
  return "";
}

PeriodsDue periods_due(const Model& m, LocalTime now, const std::set<LocalTime>& built,
                       bool settled, const LateFindings& late) {
  const Incremental& inc = *m.incremental;
  const LocalTime start = *parse_local(*inc.start);
  PeriodsDue out;
  out.windows =
      due_windows(start, now, inc.period, inc.lookback, built, late.periods, inc.batch, !settled);
  for (const auto& w : out.windows) {
    out.total += w.periods;
    for (LocalTime p = w.start; p < w.end; p = period_next(p, inc.period)) {
      out.new_periods = out.new_periods || !built.count(p);
      out.why[p] = !built.count(p)         ? DueReason::never_built
                   : late.periods.count(p) ? DueReason::late_data
                                           : DueReason::recent;
    }
  }
  // Not periods before the start or after the current one (a row stamped in the future by a
  // wrong clock): a build has none of them, and the current one's turn comes when it is due.
  const LocalTime first = period_floor(start, inc.period);
  const LocalTime current = period_floor(now, inc.period);
  std::set<LocalTime> grain_periods;
  for (const auto& [period, keys] : late.grains)
    if (period >= first && period <= current && !out.why.count(period))
      grain_periods.insert(period);
  // a window a batch of periods long at most, gaps between them included: each key names its
  // period, so only the grains of the periods they changed in are recomputed
  for (const auto& win : span_windows(grain_periods, inc.period, inc.batch)) {
    std::set<std::vector<std::string>> keys;
    for (auto it = late.grains.lower_bound(win.start);
         it != late.grains.end() && it->first < win.end; ++it)
      if (grain_periods.count(it->first))
        for (const auto& k : it->second) {
          std::vector<std::string> key{format_local(it->first)};
          key.insert(key.end(), k.begin(), k.end());
          keys.insert(std::move(key));
        }
    out.grains.push_back({win, GrainFilter{late.grain_columns, {keys.begin(), keys.end()}, true}});
  }
  return out;
}

size_t periods_between(LocalTime a, LocalTime b, Period p) {
  size_t n = 0;
  for (LocalTime t = a; t < b; t = period_next(t, p)) ++n;
  return n;
}

DensifyProbe densify_probe(size_t members, size_t periods) {
  return members * periods <= k_max_densify_probes ? DensifyProbe::each_row
                                                   : DensifyProbe::anti_join;
}

RefreshQueries refresh_queries(const Model& m) {
  RefreshQueries out;
  for (const auto& me : m.measures) {
    if (!me.refresh_always) continue;
    if (me.refresh_on.empty()) {  // this one is recomputed everywhere
      out.whole_table = true;
      return out;
    }
    for (const auto& r : me.refresh_on) {
      std::vector<std::string> cols;
      for (const auto& k : r.grain) cols.push_back(k.grain);
      if (out.columns.empty()) out.columns = cols;
      if (cols != out.columns) {
        out.whole_table = true;
        return out;
      }
      out.queries.push_back(&r);
    }
  }
  return out;
}

std::optional<GrainFilter> refresh_grains(const RefreshQueries& q, const std::vector<Rows>& rows) {
  if (q.whole_table) return std::nullopt;
  std::set<std::vector<std::string>> keys;
  for (const auto& rs : rows)
    for (const auto& row : rs) {
      std::vector<std::string> k;
      for (const auto& v : row)
        if (v) k.push_back(*v);
      if (k.size() == q.columns.size()) keys.insert(std::move(k));  // a NULL names no grain
    }
  if (keys.size() > k_max_changed_grains) return std::nullopt;
  return GrainFilter{q.columns, {keys.begin(), keys.end()}};
}

std::optional<std::vector<std::string>> densify_dimension_sources(const Model& fact,
                                                                  const Project& p,
                                                                  const Lineage& l) {
  const Model& dim = *p.model(fact.densify->dimension);
  if (dim.kind != ModelKind::dimension || !l.upstream.at(dim.name).empty()) return std::nullopt;
  for (const auto& c : dim.columns)  // a `from` recomputed on every run changes unseen
    if (c.name == fact.densify->from && c.refresh_always) return std::nullopt;
  auto sources = l.sources.find(dim.name);
  if (sources == l.sources.end() || sources->second.empty()) return std::nullopt;
  return std::vector<std::string>(sources->second.begin(), sources->second.end());
}

DensifyNarrowing densify_narrowing(const Config& c, const std::vector<std::string>& dim_sources,
                                   const std::map<std::string, std::string>& dim_watermarks,
                                   const Watermarks& fact) {
  DensifyNarrowing out;
  std::vector<std::string> mine;
  for (const auto& st : dim_sources) {
    auto w = dim_watermarks.find(st);
    if (!named_table(c, st).tracked() || w == dim_watermarks.end()) return DensifyNarrowing{};
    out.dimension_watermarks[st] = w->second;
    mine.push_back(k_densify_watermark + st);
  }
  if (fact.oldest(mine)) out.since = fact.since(mine);
  return out;
}

std::optional<std::vector<std::vector<std::string>>> densify_members(const Rows& rows) {
  if (rows.size() > k_max_changed_grains) return std::nullopt;
  std::vector<std::vector<std::string>> out;
  for (const auto& r : rows)
    if (r[0]) out.push_back({*r[0]});
  return out;
}

DensifyPass densify_every_member(size_t found, size_t periods) {
  if (found == 0) return DensifyPass::none;
  if (found > k_max_changed_grains || densify_probe(found, periods) == DensifyProbe::anti_join)
    return DensifyPass::anti_join;
  return DensifyPass::each_member;
}

StaleDecision stale_decision(const std::map<std::string, std::string>& stale, OnStaleSource mode) {
  StaleDecision d;
  d.mode = mode;
  if (stale.empty()) return d;
  std::vector<std::string> names;
  for (const auto& [n, why] : stale) {
    names.push_back(n);
    d.stale.insert(n);
  }
  const char* what = mode == OnStaleSource::skip
                         ? (names.size() == 1 ? "the models reading it are skipped"
                                              : "the models reading them are skipped")
                     : mode == OnStaleSource::warn ? "the models are built anyway"
                                                   : "nothing is built";
  d.text = fmt::format("source{} past error_after: {}; run.on_stale_source: {}, {}",
                       names.size() == 1 ? "" : "s", join(names, ", "),
                       mode == OnStaleSource::skip   ? "skip"
                       : mode == OnStaleSource::warn ? "warn"
                                                     : "fail",
                       what);
  d.stop = mode == OnStaleSource::fail;
  return d;
}

StaleGate stale_gate(const StaleDecision& d, const Lineage& l, const std::string& model) {
  StaleGate g;
  if (d.stop) {
    g.blocked = "skipped: " + d.text;
    return g;
  }
  std::vector<std::string> here;
  auto it = l.sources.find(model);
  if (it != l.sources.end())
    for (const auto& s : it->second)
      if (d.stale.count(s)) here.push_back(s);
  if (here.empty()) return g;
  std::string why = join(here, ", ") + " past error_after";
  if (d.mode == OnStaleSource::skip)
    g.blocked = "skipped: source " + why + " (run.on_stale_source: skip)";
  else
    g.note = "built although source " + why + " (run.on_stale_source: warn)";
  return g;
}

std::string blocked_by_upstream(const Lineage& l, const std::string& model,
                                const std::set<std::string>& broken) {
  std::string blocked;
  for (const auto& up : l.upstream.at(model))
    if (broken.count(up)) blocked = "skipped: upstream model " + up + " did not build";
  return blocked;
}

}  // namespace starling
