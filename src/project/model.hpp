// Models as plain values (SPEC §3). Every element knows where it was written.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "project/config.hpp"
#include "project/template.hpp"
#include "util/source_loc.hpp"

namespace starling {

enum class ModelKind { dimension, date_dimension, fact };
enum class History { overwrite, versions };
// Where a versions dimension writes an overwrite (type 1) column's new value.
enum class OverwriteIn { every_version, current_version };
enum class OnChange { overwrite, keep, version };
enum class OnMissing { infer, unknown, fail };
enum class Strategy { period, key, full };
enum class Period { hour, day, week, month };
enum class Deletes { none, scan };

struct ColumnSpec {
  std::string name;
  std::string type;
  std::optional<std::string>
      expr;  // SQL over the model's output; the column of that name if absent
  OnChange on_change = OnChange::overwrite;
  bool refresh_always = false;
  std::optional<std::string> default_value;  // SQL literal text as written
  std::string description;
  SourceLoc loc;
  bool operator==(const ColumnSpec& o) const {
    return name == o.name && type == o.type && expr == o.expr && on_change == o.on_change &&
           refresh_always == o.refresh_always && default_value == o.default_value &&
           description == o.description;
  }
};

struct Reference {
  std::string column;     // surrogate key column stored in the fact
  std::string dimension;  // model name
  std::string key;        // output column holding the natural key
  OnMissing on_missing = OnMissing::unknown;
  std::optional<std::string> as_of;  // output column for versioned lookups
  SourceLoc loc;
  bool operator==(const Reference& o) const {
    return column == o.column && dimension == o.dimension && key == o.key &&
           on_missing == o.on_missing && as_of == o.as_of;
  }
};

// A grain column and the column of a source table whose value it takes: a row of that table
// touches only the fact rows whose grain column equals the row's column.
struct GrainKey {
  std::string grain;   // grain column (an output name of the model)
  std::string column;  // column of the source table
  bool operator==(const GrainKey& o) const { return grain == o.grain && column == o.column; }
};

// A source whose rows, loaded since the last run, name the grains a `refresh: always` measure must
// be recomputed for.
struct RefreshOn {
  std::string source;  // "source.table"
  std::vector<GrainKey> grain;
  SourceLoc loc;
  bool operator==(const RefreshOn& o) const { return source == o.source && grain == o.grain; }
};

struct Measure {
  std::string name;
  std::string type;
  std::optional<std::string> default_value;
  bool refresh_always = false;
  std::vector<RefreshOn> refresh_on;  // empty: recomputed over the whole table
  std::string description;
  SourceLoc loc;
  bool operator==(const Measure& o) const {
    return name == o.name && type == o.type && default_value == o.default_value &&
           refresh_always == o.refresh_always && refresh_on == o.refresh_on &&
           description == o.description;
  }
};

struct LateData {
  std::string source;  // "source.table"
  std::string time;    // column of that table placing a row in time
  // with a grain: only the grains its rows touch are recomputed in a late period, not the period
  std::vector<GrainKey> grain;
  SourceLoc loc;
  bool operator==(const LateData& o) const {
    return source == o.source && time == o.time && grain == o.grain;
  }
};

// `lookback: none`: every change reaches the model as late data with a grain (or a refresh_on), so
// built periods are only ever recomputed by grain.
constexpr int k_lookback_none = -1;

struct Incremental {
  Strategy strategy = Strategy::period;
  std::optional<std::string> time;
  Period period = Period::day;
  int lookback = 0;                  // k_lookback_none: no period is rebuilt whole once built
  std::optional<std::string> start;  // ISO date of the first period
  int batch = 31;
  std::vector<LateData> late_data;
  Deletes deletes = Deletes::none;
  SourceLoc loc;
  bool operator==(const Incremental& o) const {
    return strategy == o.strategy && time == o.time && period == o.period &&
           lookback == o.lookback && start == o.start && batch == o.batch &&
           late_data == o.late_data && deletes == o.deletes;
  }
};

struct Densify {
  std::string dimension;
  std::string from;  // dimension column where a member's rows start
  SourceLoc loc;
  bool operator==(const Densify& o) const { return dimension == o.dimension && from == o.from; }
};

enum class TestKind { not_null, unique, accepted_values, relationships, expression };

struct ModelTest {
  TestKind kind = TestKind::not_null;
  std::optional<std::string> column;
  std::vector<std::string> values;   // accepted_values
  std::optional<std::string> to;     // relationships: model name
  std::optional<std::string> field;  // relationships: column of that model
  std::optional<std::string> expression;
  SourceLoc loc;
  bool operator==(const ModelTest& o) const {
    return kind == o.kind && column == o.column && values == o.values && to == o.to &&
           field == o.field && expression == o.expression;
  }
};

struct Holiday {
  std::string date;  // ISO date
  std::string name;
  SourceLoc loc;
  bool operator==(const Holiday& o) const { return date == o.date && name == o.name; }
};

struct RedshiftOptions {
  std::optional<std::string> diststyle;
  std::optional<std::string> distkey;
  std::vector<std::string> sortkey;
  SourceLoc loc;
  bool operator==(const RedshiftOptions& o) const {
    return diststyle == o.diststyle && distkey == o.distkey && sortkey == o.sortkey;
  }
};

struct DateDimensionSpec {
  std::string start;  // ISO date
  std::string end;    // ISO date or today+Nd/Nm/Ny
  int fiscal_year_start = 1;
  std::vector<Holiday> holidays;
  bool operator==(const DateDimensionSpec& o) const {
    return start == o.start && end == o.end && fiscal_year_start == o.fiscal_year_start &&
           holidays == o.holidays;
  }
};

struct Model {
  std::string name;
  ModelKind kind = ModelKind::dimension;
  std::string description;
  std::vector<std::string> tags;
  std::optional<SourceRef> from;  // `from: source.table`
  SqlTemplate sql;                // `sql:` (empty when `from:` is used)
  std::string raw_sql;            // the SQL text as written
  // dimensions
  std::vector<std::string> key;
  std::optional<std::string> surrogate_key;
  History history = History::overwrite;
  // history: versions: when a change took effect, an expression over the source row (nullopt: the
  // `from:` table's loaded_at), and where overwrite columns are written
  std::optional<std::string> valid_from;
  OverwriteIn overwrite_in = OverwriteIn::every_version;
  std::map<std::string, std::string> unknown_member;
  // every kind that stores columns
  std::vector<ColumnSpec> columns;
  // facts
  std::vector<std::string> grain;
  std::vector<Reference> references;
  std::vector<Measure> measures;
  std::optional<Incremental> incremental;
  std::optional<Densify> densify;
  // date dimension
  std::optional<DateDimensionSpec> date_spec;
  std::vector<ModelTest> tests;
  std::optional<RedshiftOptions> redshift;
  SourceLoc loc;                              // the file, line 1
  std::map<std::string, SourceLoc> key_locs;  // where each top-level key was written

  // Where top-level key `k` was written, or the file when it was not.
  SourceLoc at(const std::string& k) const;
  const ColumnSpec* column(const std::string& n) const;
  const Reference* reference_by_key(const std::string& natural_key) const;
  bool operator==(const Model& o) const {
    return name == o.name && kind == o.kind && description == o.description && tags == o.tags &&
           from == o.from && sql == o.sql && raw_sql == o.raw_sql && key == o.key &&
           surrogate_key == o.surrogate_key && history == o.history && valid_from == o.valid_from &&
           overwrite_in == o.overwrite_in && unknown_member == o.unknown_member &&
           columns == o.columns && grain == o.grain && references == o.references &&
           measures == o.measures && incremental == o.incremental && densify == o.densify &&
           date_spec == o.date_spec && tests == o.tests && redshift == o.redshift;
  }
};

struct Migration {
  enum class Kind { versioned, repeatable };
  Kind kind = Kind::versioned;
  int version = 0;   // versioned only
  std::string name;  // "create_app" from 0001_create_app.sql, "views" from R__views.sql
  std::string file;  // path relative to the project
  std::string sql;
  std::string checksum;  // sha256 of the file contents
  bool operator==(const Migration& o) const {
    return kind == o.kind && version == o.version && name == o.name && checksum == o.checksum;
  }
};

struct Project {
  std::string root;  // directory
  Config config;
  std::vector<Model> models;          // sorted by name
  std::vector<Migration> migrations;  // versioned in version order, then repeatable by name

  // The model of that name, or nullptr.
  // REQUIRES: `models` is sorted by name (load_project leaves it so; see sort_models).
  const Model* model(const std::string& name) const;
  void sort_models();
};

const char* to_string(ModelKind k);
const char* to_string(Strategy s);
const char* to_string(Period p);
const char* to_string(OnChange c);
const char* to_string(OnMissing o);

}  // namespace starling
