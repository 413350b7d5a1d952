// The health page (SPEC §4 `health --html`): the pipeline_health board, the last runs and charts of
// source lag and run duration, as one self-contained HTML file (inline CSS and SVG, no scripts, no
// network).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "db/executor.hpp"
#include "sql/meta.hpp"

namespace starling {

// One row of the pipeline_health view.
struct HealthRow {
  std::string kind;  // source | model
  std::string name;
  std::string status;                       // ok | warn | error | failed | never
  std::optional<std::string> last_success;  // local time text
  std::optional<long long> lag_seconds, threshold_seconds, warn_after_seconds, error_after_seconds;
  std::optional<std::string> message;
  std::optional<std::string> checked_at;
};

struct HealthRun {
  long long run_id = 0;
  std::string command, status, started_at;
  std::optional<double> duration_s;
  long long inserted = 0, updated = 0, deleted = 0;
  int models_ok = 0, models_failed = 0, models_skipped = 0;
  std::optional<std::string> error;
};

struct Point {
  double t;  // seconds since the epoch
  double v;
};

struct HealthData {
  std::string project, target, timezone;
  double generated_at = 0;  // seconds since the epoch
  std::vector<HealthRow> rows;
  std::vector<HealthRun> runs;                               // newest first
  std::map<std::string, std::vector<Point>> lag;             // per source table, oldest first
  std::vector<std::pair<Point, std::string>> run_durations;  // of `run`, oldest first, with status
  int history_days = 7;
};

// The pipeline_health view, sources first, by name.
std::vector<HealthRow> read_health_rows(Executor& e, const MetaSql& sql, const Ident& meta);

// Reads the board, the last `runs` runs and `days` days of history from the meta schema.
HealthData read_health(Executor& e, const MetaSql& sql, const std::string& meta, int runs,
                       int days);

// The page. Times are shown in `d.timezone`.
std::string render_health_html(const HealthData& d);

// The worst status of the board: error > failed > warn > never > ok.
std::string overall_status(const std::vector<HealthRow>& rows);

}  // namespace starling
