// The one writer of model_runs rows (SPEC §6): a model's outcome as the ledger keeps it.
#pragma once

#include "db/executor.hpp"
#include "run/runner.hpp"
#include "sql/meta.hpp"

namespace starling {

// Records `out` as run `run_id`'s row of the model: a success or failure with its rows, duration
// and message (null when empty), a failure's error; a skipped model's reason as its message.
void record_model_outcome(Executor& e, const MetaSql& sql, const Ident& meta, long long run_id,
                          const ModelOutcome& out);

}  // namespace starling
