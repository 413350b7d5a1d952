// config.yaml as plain values (SPEC §2). Every element knows where it was written.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "util/source_loc.hpp"

namespace starling {

enum class DialectName { postgres, redshift };
enum class OnStaleSource { skip, warn, fail };

struct Freshness {
  std::optional<std::chrono::seconds> warn_after;
  std::optional<std::chrono::seconds> error_after;
  SourceLoc loc;
  bool operator==(const Freshness& o) const {
    return warn_after == o.warn_after && error_after == o.error_after;
  }
};

struct LoadColumn {
  std::string name;  // column of the source table
  std::string path;  // CSV header name or JSON path (a.b.c)
  std::string type;  // SQL type, "text" by default
  SourceLoc loc;
  bool operator==(const LoadColumn& o) const {
    return name == o.name && path == o.path && type == o.type;
  }
};

struct LoadSpec {
  std::string format;  // csv | jsonl
  std::vector<LoadColumn> columns;
  std::vector<std::string> dedupe_on;
  std::optional<std::string> replace_window;
  SourceLoc loc;
  bool operator==(const LoadSpec& o) const {
    return format == o.format && columns == o.columns && dedupe_on == o.dedupe_on &&
           replace_window == o.replace_window;
  }
};

struct SourceTable {
  std::string name;
  std::optional<std::string> loaded_at;  // inherited from the source when absent
  std::optional<Freshness> freshness;    // inherited from the source when absent
  std::optional<std::string> filter;     // SQL boolean applied when measuring freshness
  std::optional<LoadSpec> load;
  SourceLoc loc;
  bool operator==(const SourceTable& o) const {
    return name == o.name && loaded_at == o.loaded_at && freshness == o.freshness &&
           filter == o.filter && load == o.load;
  }
};

struct Source {
  std::string name;
  std::string schema;
  std::optional<std::string> loaded_at;
  std::optional<Freshness> freshness;
  std::vector<SourceTable> tables;
  SourceLoc loc;

  const SourceTable* table(const std::string& n) const;
  bool operator==(const Source& o) const {
    return name == o.name && schema == o.schema && loaded_at == o.loaded_at &&
           freshness == o.freshness && tables == o.tables;
  }
};

// The run lock's lease on Redshift when a target does not set run_lock_lease.
constexpr std::chrono::seconds k_default_run_lock_lease{600};

struct Target {
  std::string name;
  DialectName dialect = DialectName::postgres;
  std::string dsn;  // expanded; never printed unmasked
  std::string schema = "warehouse";
  std::string meta_schema = "starling";
  std::optional<std::chrono::seconds> statement_timeout;
  // how long the run lock's lease (Redshift) lasts after its holder last renewed it
  std::chrono::seconds run_lock_lease = k_default_run_lock_lease;
  SourceLoc loc;
  bool operator==(const Target& o) const {
    return name == o.name && dialect == o.dialect && dsn == o.dsn && schema == o.schema &&
           meta_schema == o.meta_schema && statement_timeout == o.statement_timeout &&
           run_lock_lease == o.run_lock_lease;
  }
};

struct RunSettings {
  OnStaleSource on_stale_source = OnStaleSource::skip;
  // prune source_freshness older than this
  std::optional<std::chrono::seconds> freshness_retention;
  // how far before a watermark the next read starts again
  std::optional<std::chrono::seconds> watermark_overlap;
  SourceLoc loc;
  bool operator==(const RunSettings& o) const {
    return on_stale_source == o.on_stale_source && freshness_retention == o.freshness_retention &&
           watermark_overlap == o.watermark_overlap;
  }
};

struct Config {
  std::string project;
  std::string timezone = "UTC";
  std::string default_target;
  std::vector<Target> targets;
  std::vector<Source> sources;
  RunSettings run;
  SourceLoc loc;
  std::map<std::string, SourceLoc> key_locs;  // where each top-level key was written

  // Where top-level key `k` was written, or the file when it was not.
  SourceLoc at(const std::string& k) const;
  const Target* target(const std::string& name) const;
  const Source* source(const std::string& name) const;
  bool operator==(const Config& o) const {
    return project == o.project && timezone == o.timezone && default_target == o.default_target &&
           targets == o.targets && sources == o.sources && run == o.run;
  }
};

const char* to_string(DialectName d);

}  // namespace starling
