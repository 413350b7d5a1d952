#include "state/model_state.hpp"

namespace starling {

namespace {

bool is_true(const std::optional<std::string>& v) {
  return v && (*v == "t" || *v == "true");
}

}  // namespace

std::map<std::string, RecordedModel> read_recorded_models(Executor& e, const MetaSql& sql,
                                                          const Ident& meta) {
  std::map<std::string, RecordedModel> out;
  for (const auto& row : e.execute(sql.recorded_models(meta)).rows)
    out[row[0].value_or("")] = {row[1].value_or(""), row[2], is_true(row[3])};
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
