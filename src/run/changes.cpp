#include "run/changes.hpp"

#include <algorithm>
#include <cstdint>
#include <set>

#include <fmt/format.h>

#include "plan/watermarks.hpp"
#include "run/runner.hpp"
#include "sql/identifier.hpp"
#include "sql/model_sql_parts.hpp"
#include "state/ledger.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace starling {

using model_sql_parts::loaded_at_of;
using model_sql_parts::q;

namespace {

constexpr const char* k_from = "_starling_from";
constexpr const char* k_to = "_starling_to";

// The versions' table of an input: "shadow_" and its name, short enough for an identifier.
std::string shadow_name(const std::string& input) {
  std::string n = "shadow_";
  for (char c : input) n += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  std::transform(n.begin(), n.end(), n.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (n.size() <= 56) return n;
  uint32_t h = 2166136261u;  // FNV-1a: the same name on every machine
  for (char c : input) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return n.substr(0, 48) + fmt::format("_{:07x}", h & 0xfffffff);
}

bool truthy(const std::optional<std::string>& v) {
  return v && (*v == "t" || *v == "true");
}

long long number(const std::optional<std::string>& v) {
  return v && !v->empty() ? std::stoll(*v) : 0;
}

Statement read(std::string sql, std::vector<std::optional<std::string>> params, std::string label) {
  Statement s{std::move(sql), std::move(params), std::move(label)};
  s.kind = Statement::Kind::read_state;
  return s;
}

std::vector<std::string> prefixed(const std::vector<std::string>& cols, const std::string& a) {
  std::vector<std::string> out;
  for (const auto& c : cols) out.push_back(a + "." + c);
  return out;
}

}  // namespace

std::map<size_t, WatchedInput> watched_inputs(const Project& p, const Model& m,
                                              const std::string& schema,
                                              const std::map<std::string, std::string>* refs) {
  std::map<size_t, WatchedInput> out;
  auto source_input = [&](const SourceRef& r) -> std::optional<WatchedInput> {
    const Source* s = p.config.source(r.source);
    const SourceTable* st = s ? s->table(r.table) : nullptr;
    if (!st) return std::nullopt;
    WatchedInput in;
    in.name = r.source + "." + r.table;
    in.schema = s->schema;
    in.table = r.table;
    in.loaded_at = loaded_at_of(*s, *st);
    return in;
  };
  if (m.from) {
    if (auto in = source_input(*m.from)) out[0] = *in;
    return out;
  }
  for (size_t i = 0; i < m.sql.parts.size(); ++i) {
    const auto& v = m.sql.parts[i].value;
    if (auto sr = std::get_if<SourceRef>(&v)) {
      if (auto in = source_input(*sr)) out[i] = *in;
    } else if (auto mr = std::get_if<ModelRef>(&v)) {
      std::string where = schema;
      if (refs) {  // a rebuild: only the models read where they live
        auto it = refs->find(mr->model);
        if (it == refs->end()) continue;
        where = it->second;
      }
      WatchedInput in;
      in.name = "model:" + mr->model;
      in.schema = where;
      in.table = mr->model;
      in.model = mr->model;
      out[i] = in;
    }
  }
  return out;
}

std::string InputVersions::at(long long n) const {
  return fmt::format("(SELECT {} FROM {} WHERE {} <= {} AND ({} IS NULL OR {} > {}))",
                     join(columns, ", "), shadow, k_from, n, k_to, k_to, n);
}

std::string InputVersions::came(long long from, long long to) const {
  return fmt::format("(SELECT {} FROM {} WHERE {} > {} AND {} <= {} AND ({} IS NULL OR {} > {}))",
                     join(columns, ", "), shadow, k_from, from, k_from, to, k_to, k_to, to);
}

std::string InputVersions::went(long long from, long long to) const {
  return fmt::format("(SELECT {} FROM {} WHERE {} <= {} AND {} > {} AND {} <= {})",
                     join(columns, ", "), shadow, k_from, from, k_to, from, k_to, to);
}

std::vector<long long> parse_positions(const std::string& value) {
  std::vector<long long> out;
  for (const auto& part : split(value, ','))
    if (!part.empty()) out.push_back(std::stoll(part));
  return out;
}

std::string format_positions(const std::vector<long long>& seqs) {
  std::vector<std::string> parts;
  for (long long s : seqs) parts.push_back(std::to_string(s));
  return join(parts, ",");
}

Changes::Changes(Executor& e, const Dialect& d, const Project& p, const Lineage& l,
                 std::string meta, Logger& log, long long run_id)
    : e_(e), d_(d), p_(p), l_(l), meta_(std::move(meta)), log_(log), run_id_(run_id) {}

// What `inputs` recorded of an input's versions (nothing known: never made).
struct Recorded {
  bool known = false;
  bool same_shape = false;  // made from the shape the catalog has now, and still there
  long long seq = 0, epoch = 0, open = 0, refreshed_run = 0;
  std::optional<std::string> high_water;
};

namespace {

// An input as the catalog has it now: its columns (quoted), primary key (quoted, empty: none)
// and the shape its versions copy.
struct Catalog {
  std::vector<std::string> columns, key;
  std::string shape;
};

Catalog read_catalog(Executor& e, const WatchedInput& in) {
  Catalog c;
  for (const auto& r :
       e.execute(read("SELECT column_name, data_type FROM information_schema.columns WHERE "
                      "table_schema = $1 AND table_name = $2 ORDER BY ordinal_position",
                      {in.schema, in.table}, "columns of " + in.name))
           .rows) {
    if (!r[0]) continue;
    c.columns.push_back(q(*r[0]));
    c.shape += *r[0] + " " + r[1].value_or("") + ";";
  }
  if (c.columns.empty()) return c;
  for (const auto& r :
       e.execute(read("SELECT k.column_name FROM information_schema.table_constraints c JOIN "
                      "information_schema.key_column_usage k ON k.constraint_name = "
                      "c.constraint_name AND k.table_schema = c.table_schema AND k.table_name = "
                      "c.table_name WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema "
                      "= $1 AND c.table_name = $2 ORDER BY k.ordinal_position",
                      {in.schema, in.table}, "primary key of " + in.name))
           .rows)
    if (r[0]) c.key.push_back(q(*r[0]));
  c.shape += " key " + join(c.key, ",");
  return c;
}

// One refresh of an input's versions: number `n`, inside the caller's transaction.
struct Refresh {
  Executor& e;
  const ModelSql& sql;
  Logger& log;
  const WatchedInput& in;
  const Catalog& cat;
  std::string shadow, rel;
  long long n;

  std::string from_to() const {
    return fmt::format("CAST({} AS bigint) AS {}, CAST(NULL AS bigint) AS {}", n, k_from, k_to);
  }
  // rows are the same: by key where there is one (and equal), else by every column
  std::string same(const std::string& a, const std::string& b, bool whole) const {
    std::vector<std::string> conds;
    for (const auto& k : cat.key) conds.push_back(a + "." + k + " = " + b + "." + k);
    if (cat.key.empty() && in.loaded_at)
      conds.push_back(a + "." + q(*in.loaded_at) + " = " + b + "." + q(*in.loaded_at));
    if (whole || cat.key.empty())
      conds.push_back("NOT (" +
                      sql.rows_differ(prefixed(cat.columns, a), prefixed(cat.columns, b)) + ")");
    return join(conds, " AND ");
  }
  long long count(const std::string& what, const std::string& label) const {
    return number(e.execute(read("SELECT count(*) FROM " + what, {}, label)).scalar());
  }
  long long affected(const std::string& statement, const std::string& label) const {
    return e.execute({statement, {}, label}).affected;
  }
  // The newest loaded_at of `from`, as a local time (nothing without a loaded_at).
  std::optional<std::string> high_water(const std::string& from) const {
    if (!in.loaded_at) return std::nullopt;
    return e
        .execute(read("SELECT to_char(max(" + q(*in.loaded_at) +
                          "), 'YYYY-MM-DD HH24:MI:SS.US') FROM " + from,
                      {}, "high water of " + in.name))
        .scalar();
  }

  // The versions made (again): a copy of every row. Returns the current versions.
  long long make(const Dialect& d) const {
    e.execute({"DROP TABLE IF EXISTS " + shadow, {}, "drop versions of " + in.name});
    e.execute({"CREATE TABLE " + shadow + " AS SELECT *, " + from_to() + " FROM " + rel,
               {},
               "versions of " + in.name});
    if (d.has_indexes()) {
      std::vector<std::string> on = cat.key;
      if (on.empty() && in.loaded_at) on.push_back(q(*in.loaded_at));
      if (!on.empty())
        e.execute({"CREATE INDEX ON " + shadow + " (" + join(on, ", ") + ")",
                   {},
                   "index of the versions of " + in.name});
      index_refreshes();
      // the planner's statistics now, not when autovacuum comes by: the first builds read it
      e.execute({"ANALYZE " + shadow, {}, "statistics of the versions of " + in.name});
    }
    return count(shadow, "rows of " + in.name);
  }

  // The versions by the refreshes that made and closed them: what came and went since a position
  // and the purge read a few rows of many, not the whole table (made with it, or added to a table
  // made before them).
  void index_refreshes() const {
    const std::string name = shadow_name(in.name);
    e.execute({"CREATE INDEX " + q(name + "_from") + " ON " + shadow + " (" + k_from + ")",
               {},
               "index of the versions of " + in.name + " by refresh"});
    e.execute({"CREATE INDEX " + q(name + "_to") + " ON " + shadow + " (" + k_to + ") WHERE " +
                   k_to + " IS NOT NULL",
               {},
               "index of the versions of " + in.name + " by the refresh that closed them"});
  }

  // The rows that may have changed, in the temporary table `cand`: those loaded since `since`
  // (the last high water less the overlap), or every row where nothing says which changed.
  void candidates(const std::string& cand, const std::optional<std::string>& since) const {
    e.execute({"DROP TABLE IF EXISTS " + cand, {}, "drop candidates"});
    e.execute({"DROP TABLE IF EXISTS " + q("_starling_changed"), {}, "drop changed rows"});
    Statement c{"CREATE TEMP TABLE " + cand + " AS SELECT * FROM " + rel,
                {},
                "rows of " + in.name + " that may have changed"};
    if (in.loaded_at && since) {
      c.sql += " WHERE " + q(*in.loaded_at) + " >= $1::timestamp";
      c.params.push_back(*since);
    }
    e.execute(c);
  }

  // The candidates unlike their current versions get new ones (closing the old, by key); then
  // versions of deleted rows are closed and rows versioned by no refresh get theirs, when the
  // rows there are not the current versions. Returns the versions that came or went; `open`
  // becomes the current versions.
  long long update(const std::string& cand, long long& open) const {
    const std::string chg = q("_starling_changed"), at = std::to_string(n);
    e.execute({"CREATE TEMP TABLE " + chg + " AS SELECT c.* FROM " + cand +
                   " AS c WHERE NOT EXISTS (SELECT 1 FROM " + shadow + " AS s WHERE s." + k_to +
                   " IS NULL AND " + same("s", "c", true) + ")",
               {},
               "changed rows of " + in.name});
    long long closed = 0;
    if (!cat.key.empty())
      closed += affected("UPDATE " + shadow + " SET " + k_to + " = " + at + " WHERE " + k_to +
                             " IS NULL AND EXISTS (SELECT 1 FROM " + chg + " AS c WHERE " +
                             same("c", shadow, false) + ")",
                         "close versions of changed rows of " + in.name);
    long long added =
        affected("INSERT INTO " + shadow + " SELECT c.*, " + from_to() + " FROM " + chg + " AS c",
                 "new versions of " + in.name);
    open += added - closed;
    // deleted rows: the rows there are fewer than the current versions
    const long long rows = count(rel, "rows of " + in.name);
    if (rows != open) {
      long long gone = affected("UPDATE " + shadow + " SET " + k_to + " = " + at + " WHERE " +
                                    k_to + " IS NULL AND NOT EXISTS (SELECT 1 FROM " + rel +
                                    " AS x WHERE " + same("x", shadow, false) + ")",
                                "close versions of deleted rows of " + in.name);
      closed += gone;
      open -= gone;
    }
    if (rows != open) {
      // rows neither read as changed nor versioned (a loaded_at older than the overlap)
      long long missed =
          affected("INSERT INTO " + shadow + " SELECT x.*, " + from_to() + " FROM " + rel +
                       " AS x WHERE NOT EXISTS (SELECT 1 FROM " + shadow + " AS s WHERE s." + k_to +
                       " IS NULL AND " + same("s", "x", cat.key.empty()) + ")",
                   "versions of rows of " + in.name + " read late");
      added += missed;
      open += missed;
      if (rows != open) {
        log.warn(
            fmt::format("{}: {} rows but {} current versions (rows repeated exactly in a "
                        "table without a primary key count once)",
                        in.name, rows, open));
        open = count(shadow + " WHERE " + k_to + " IS NULL", "current versions of " + in.name);
      }
    }
    return added + closed;
  }
};

}  // namespace

Recorded Changes::recorded(const WatchedInput& in, const std::string& shape) {
  Recorded r;
  auto row =
      e_.execute(read("SELECT seq, epoch, open_rows, high_water, shape, refreshed_run FROM " +
                          Ident(meta_).sql() + ".inputs WHERE input = $1",
                      {in.name}, "versions of " + in.name))
          .rows;
  const bool table_there =
      !row.empty() &&
      truthy(e_.execute(d_.meta_sql().relation_exists(meta_, shadow_name(in.name))).scalar());
  r.known = !row.empty() && row[0][0];
  if (!r.known) return r;
  r.seq = number(row[0][0]);
  r.epoch = number(row[0][1]);
  r.open = number(row[0][2]);
  r.high_water = row[0][3];
  r.same_shape = row[0][4] == shape && table_there;
  r.refreshed_run = number(row[0][5]);
  return r;
}

bool Changes::unwritten(const WatchedInput& in, const Recorded& r) {
  // a model's table changes only when its builds write
  if (!r.same_shape || !in.model) return false;
  auto wrote = e_.execute(read("SELECT count(*) FROM " + Ident(meta_).sql() +
                                   ".model_runs WHERE model = $1 AND run_id >= $2::bigint AND "
                                   "rows_inserted + rows_updated + rows_deleted > 0",
                               {*in.model, std::to_string(r.refreshed_run)},
                               "writes of " + *in.model + " since its versions"))
                   .scalar();
  return number(wrote) == 0;
}

const InputVersions& Changes::refresh(const WatchedInput& in) {
  if (auto it = done_.find(in.name); it != done_.end()) return it->second;
  const std::string m = Ident(meta_).sql();
  InputVersions v;
  v.shadow = m + "." + q(shadow_name(in.name));
  const Catalog cat = read_catalog(e_, in);
  // not there (or not readable, or a plan without a database): the SQL reads the table as it
  // is, and fails there if it is missing
  if (cat.columns.empty()) return done_[in.name] = v;
  v.columns = cat.columns;
  Recorded r = recorded(in, cat.shape);
  if (unwritten(in, r)) {  // not written since the last refresh: its versions are current
    v.seq = r.seq;
    v.epoch = r.epoch;
    return done_[in.name] = v;
  }

  Transaction tx(e_);
  const Refresh step{
      e_, d_.model_sql(), log_, in, cat, v.shadow, q(in.schema) + "." + q(in.table), r.seq + 1};
  long long changed = 0;
  std::optional<std::string> hw;
  if (!r.same_shape) {
    // made (again): positions before this refresh know nothing of it
    if (r.known)
      log_.info(in.name + ": its columns or key changed; its row versions are made again");
    r.open = step.make(d_);
    r.epoch = step.n;
    changed = r.open;
    hw = step.high_water(v.shadow);
  } else {
    if (d_.has_indexes() &&
        !truthy(e_.execute(d_.meta_sql().relation_exists(meta_, shadow_name(in.name) + "_from"))
                    .scalar())) {
      log_.info(in.name + ": its row versions are indexed by refresh (once)");
      step.index_refreshes();
    }
    const std::string cand = q("_starling_rows");
    std::optional<std::string> since;
    if (r.high_water)
      since = Watermarks({{in.name, *r.high_water}},
                         p_.config.run.watermark_overlap.value_or(k_default_watermark_overlap))
                  .since(in.name);
    step.candidates(cand, since);
    changed = step.update(cand, r.open);
    hw = step.high_water(cand);
  }
  if (hw && (!r.high_water || *hw > *r.high_water)) r.high_water = hw;
  // a refresh that found nothing keeps its number: positions at it stay current
  v.seq = changed > 0 || !r.same_shape ? step.n : r.seq;
  v.epoch = r.epoch;
  e_.execute({"DELETE FROM " + m + ".inputs WHERE input = $1", {in.name}, "versions of an input"});
  e_.execute({"INSERT INTO " + m +
                  ".inputs (input, shadow, seq, epoch, open_rows, high_water, shape, "
                  "refreshed_run) VALUES ($1, $2, $3::bigint, $4::bigint, $5::bigint, $6, $7, "
                  "$8::bigint)",
              {in.name, shadow_name(in.name), std::to_string(v.seq), std::to_string(v.epoch),
               std::to_string(r.open), r.high_water, cat.shape, std::to_string(run_id_)},
              "versions of an input"});
  if (changed > 0 && r.same_shape) purge(in, v);
  tx.commit();
  if (changed > 0 && r.same_shape)
    log_.debug(
        fmt::format("{}: {} row versions came or went (refresh {})", in.name, changed, v.seq));
  return done_[in.name] = v;
}

void Changes::purge(const WatchedInput& in, const InputVersions& v) {
  // versions that went before every reader's oldest position are read by no build again
  std::set<std::string> readers;
  for (const auto& model : p_.models)
    if (model.kind != ModelKind::date_dimension)
      for (const auto& [part, w] : watched_inputs(p_, model, "", nullptr))
        if (w.name == in.name) readers.insert(model.name);
  std::optional<long long> oldest;
  Statement r{"SELECT model, seqs FROM " + Ident(meta_).sql() + ".positions WHERE input = $1",
              {in.name},
              "positions in " + in.name,
              Statement::Kind::read_state};
  for (const auto& row : e_.execute(r).rows) {
    if (!row[0] || !row[1] || !readers.count(*row[0])) continue;
    for (long long s : parse_positions(*row[1])) oldest = oldest ? std::min(*oldest, s) : s;
  }
  if (!oldest) return;
  e_.execute({"DELETE FROM " + v.shadow + " WHERE " + k_to + " IS NOT NULL AND " + k_to +
                  " <= " + std::to_string(*oldest),
              {},
              "purge versions of " + in.name});
}

}  // namespace starling
