#include "run/ledger.hpp"

namespace starling {

const char* to_string(ModelStatus s) {
  switch (s) {
    case ModelStatus::success:
      return "success";
    case ModelStatus::failed:
      return "failed";
    case ModelStatus::skipped:
      return "skipped";
  }
  return "";
}

void record_model_outcome(Executor& e, const MetaSql& sql, const Ident& meta, long long run_id,
                          const ModelOutcome& out) {
  auto text = [](const std::string& s) {
    return s.empty() ? std::nullopt : std::optional<std::string>(s);
  };
  const bool skipped = out.status == ModelStatus::skipped;
  e.execute(sql.record_model_run(
      meta, {run_id, out.model, to_string(out.status), out.duration_ms, out.inserted, out.updated,
             out.deleted, out.periods, skipped ? text(out.error) : text(out.message),
             out.status == ModelStatus::failed ? text(out.error) : std::nullopt}));
}

}  // namespace starling
