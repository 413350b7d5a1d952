#include "state/ledger.hpp"

#include "util/error.hpp"

namespace starling {

namespace {

using Row = std::vector<std::optional<std::string>>;

std::optional<long long> integer(const std::optional<std::string>& s) {
  if (!s) return std::nullopt;
  return std::stoll(*s);
}

// Each row of `s`'s answer made into a T by `make`, the columns counted first: a query whose
// columns changed fails here, naming it, instead of being read by the wrong positions.
template <typename T, typename Make>
std::vector<T> read_rows(Executor& e, const Statement& s, size_t columns, Make make) {
  std::vector<T> out;
  for (const auto& r : e.execute(s).rows) {
    if (r.size() != columns)
      throw Error(ErrorCategory::database, "'" + s.label + "' answered " +
                                               std::to_string(r.size()) + " columns, not " +
                                               std::to_string(columns));
    out.push_back(make(r));
  }
  return out;
}

}  // namespace

std::vector<RecentRun> read_recent_runs(Executor& e, const MetaSql& sql, const Ident& meta,
                                        int limit) {
  return read_rows<RecentRun>(e, sql.recent_runs(meta, limit), 7, [](const Row& r) {
    return RecentRun{integer(r[0]), r[1], r[2], r[3], r[4], r[5], r[6]};
  });
}

std::vector<LastModelRun> read_model_states(Executor& e, const MetaSql& sql, const Ident& meta) {
  return read_rows<LastModelRun>(e, sql.model_states(meta), 9, [](const Row& r) {
    LastModelRun m;
    m.model = r[0].value_or("");
    m.status = r[1];
    m.finished_at = r[2];
    m.rows_inserted = integer(r[3]);
    m.rows_updated = integer(r[4]);
    m.rows_deleted = integer(r[5]);
    m.periods_built = integer(r[6]);
    m.message = r[7];
    m.last_success = r[8];
    return m;
  });
}

std::vector<WatermarkRow> read_watermarks(Executor& e, const MetaSql& sql, const Ident& meta) {
  return read_rows<WatermarkRow>(e, sql.all_watermarks(meta), 3, [](const Row& r) {
    return WatermarkRow{r[0].value_or(""), r[1].value_or(""), r[2]};
  });
}

std::map<std::string, RecordedModel> read_recorded_models(Executor& e, const MetaSql& sql,
                                                          const Ident& meta) {
  using Named = std::pair<std::string, RecordedModel>;
  auto rows = read_rows<Named>(e, sql.recorded_models(meta), 4, [](const Row& r) {
    bool built = r[3] && (*r[3] == "t" || *r[3] == "true");
    return Named{r[0].value_or(""), {r[1].value_or(""), r[2], built}};
  });
  std::map<std::string, RecordedModel> out;
  for (auto& [model, recorded] : rows) out[model] = std::move(recorded);
  return out;
}

std::map<std::string, std::string> read_watermarks(Executor& e, const MetaSql& sql,
                                                   const Ident& meta, const std::string& model) {
  std::map<std::string, std::string> out;
  for (const auto& row : e.execute(sql.watermarks(meta, model)).rows)
    if (row[0] && row[1]) out[*row[0]] = *row[1];
  return out;
}

std::set<LocalTime> read_built_periods(Executor& e, const MetaSql& sql, const Ident& meta,
                                       const std::string& model) {
  std::set<LocalTime> out;
  for (const auto& row : e.execute(sql.built_periods(meta, model)).rows)
    if (row[0])
      if (auto v = parse_local(*row[0])) out.insert(*v);
  return out;
}

bool read_upstream_wrote(Executor& e, const MetaSql& sql, const Ident& meta,
                         const std::string& model, const std::set<std::string>& upstream) {
  auto r = e.execute(sql.upstream_changed(
                         meta, model, std::vector<std::string>(upstream.begin(), upstream.end())))
               .scalar();
  return !(r && (*r == "f" || *r == "false"));
}

}  // namespace starling
