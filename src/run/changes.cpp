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

const InputVersions& Changes::refresh(const WatchedInput& in) {
  if (auto it = done_.find(in.name); it != done_.end()) return it->second;
  const ModelSql& sql = d_.model_sql();
  const std::string m = Ident(meta_).sql();
  const std::string rel = q(in.schema) + "." + q(in.table);
  InputVersions v;
  v.shadow = m + "." + q(shadow_name(in.name));

  // the input's columns and key, as the catalog has them now
  std::vector<std::string> cols;
  std::string shape;
  for (const auto& r :
       e_.execute(read("SELECT column_name, data_type FROM information_schema.columns WHERE "
                       "table_schema = $1 AND table_name = $2 ORDER BY ordinal_position",
                       {in.schema, in.table}, "columns of " + in.name))
           .rows) {
    if (!r[0]) continue;
    cols.push_back(q(*r[0]));
    shape += *r[0] + " " + r[1].value_or("") + ";";
  }
  // not there (or not readable, or a plan without a database): the SQL reads the table as it
  // is, and fails there if it is missing
  if (cols.empty()) return done_[in.name] = v;
  v.columns = cols;
  std::vector<std::string> key;
  for (const auto& r :
       e_.execute(read("SELECT k.column_name FROM information_schema.table_constraints c JOIN "
                       "information_schema.key_column_usage k ON k.constraint_name = "
                       "c.constraint_name AND k.table_schema = c.table_schema AND k.table_name = "
                       "c.table_name WHERE c.constraint_type = 'PRIMARY KEY' AND c.table_schema "
                       "= $1 AND c.table_name = $2 ORDER BY k.ordinal_position",
                       {in.schema, in.table}, "primary key of " + in.name))
           .rows)
    if (r[0]) key.push_back(q(*r[0]));
  shape += " key " + join(key, ",");

  auto row =
      e_.execute(read("SELECT seq, epoch, open_rows, high_water, shape, refreshed_run FROM " + m +
                          ".inputs WHERE input = $1",
                      {in.name}, "versions of " + in.name))
          .rows;
  const bool table_there =
      !row.empty() &&
      truthy(e_.execute(d_.meta_sql().relation_exists(meta_, shadow_name(in.name))).scalar());
  const bool known = !row.empty() && row[0][0];
  long long seq = known ? number(row[0][0]) : 0;
  long long epoch = known ? number(row[0][1]) : 0;
  long long open = known ? number(row[0][2]) : 0;
  std::optional<std::string> high_water = known ? row[0][3] : std::nullopt;
  const bool same_shape = known && row[0][4] == shape && table_there;
  const long long refreshed_run = known ? number(row[0][5]) : 0;

  // a model's table changes only when its builds write: not written since the last refresh,
  // its versions are current
  if (same_shape && in.model) {
    auto wrote = e_.execute(read("SELECT count(*) FROM " + m +
                                     ".model_runs WHERE model = $1 AND run_id >= $2::bigint AND "
                                     "rows_inserted + rows_updated + rows_deleted > 0",
                                 {*in.model, std::to_string(refreshed_run)},
                                 "writes of " + *in.model + " since its versions"))
                     .scalar();
    if (number(wrote) == 0) {
      v.seq = seq;
      v.epoch = epoch;
      return done_[in.name] = v;
    }
  }

  Transaction tx(e_);
  const long long n = seq + 1;
  const std::string from_to =
      fmt::format("CAST({} AS bigint) AS {}, CAST(NULL AS bigint) AS {}", n, k_from, k_to);
  // rows are the same: by key where there is one (and equal), else by every column
  auto same = [&](const std::string& a, const std::string& b, bool whole) {
    std::vector<std::string> conds;
    for (const auto& k : key) conds.push_back(a + "." + k + " = " + b + "." + k);
    if (key.empty() && in.loaded_at)
      conds.push_back(a + "." + q(*in.loaded_at) + " = " + b + "." + q(*in.loaded_at));
    if (whole || key.empty())
      conds.push_back("NOT (" + sql.rows_differ(prefixed(cols, a), prefixed(cols, b)) + ")");
    return join(conds, " AND ");
  };
  auto count = [&](const std::string& what, const std::string& label) {
    return number(e_.execute(read("SELECT count(*) FROM " + what, {}, label)).scalar());
  };
  long long changed = 0;
  std::string hw_sql;
  if (!same_shape) {
    // made (again): a copy of every row; positions before this refresh know nothing of it
    if (known) log_.info(in.name + ": its columns or key changed; its row versions are made again");
    e_.execute({"DROP TABLE IF EXISTS " + v.shadow, {}, "drop versions of " + in.name});
    e_.execute({"CREATE TABLE " + v.shadow + " AS SELECT *, " + from_to + " FROM " + rel,
                {},
                "versions of " + in.name});
    if (d_.has_indexes()) {
      std::vector<std::string> on = key;
      if (on.empty() && in.loaded_at) on.push_back(q(*in.loaded_at));
      if (!on.empty())
        e_.execute({"CREATE INDEX ON " + v.shadow + " (" + join(on, ", ") + ")",
                    {},
                    "index of the versions of " + in.name});
      // the planner's statistics now, not when autovacuum comes by: the first builds read it
      e_.execute({"ANALYZE " + v.shadow, {}, "statistics of the versions of " + in.name});
    }
    open = count(v.shadow, "rows of " + in.name);
    epoch = n;
    changed = open;
    if (in.loaded_at)
      hw_sql = "SELECT to_char(max(" + q(*in.loaded_at) + "), 'YYYY-MM-DD HH24:MI:SS.US') FROM " +
               v.shadow;
  } else {
    // the rows that may have changed: those loaded since the last refresh read (less the
    // overlap), or every row where nothing says which changed
    const std::string cand = q("_starling_rows"), chg = q("_starling_changed");
    e_.execute({"DROP TABLE IF EXISTS " + cand, {}, "drop candidates"});
    e_.execute({"DROP TABLE IF EXISTS " + chg, {}, "drop changed rows"});
    Statement c{"CREATE TEMP TABLE " + cand + " AS SELECT * FROM " + rel,
                {},
                "rows of " + in.name + " that may have changed"};
    if (in.loaded_at && high_water) {
      Watermarks wm({{in.name, *high_water}},
                    p_.config.run.watermark_overlap.value_or(k_default_watermark_overlap));
      c.sql += " WHERE " + q(*in.loaded_at) + " >= $1::timestamp";
      c.params.push_back(wm.since(in.name));
    }
    e_.execute(c);
    e_.execute({"CREATE TEMP TABLE " + chg + " AS SELECT c.* FROM " + cand +
                    " AS c WHERE NOT EXISTS (SELECT 1 FROM " + v.shadow + " AS s WHERE s." + k_to +
                    " IS NULL AND " + same("s", "c", true) + ")",
                {},
                "changed rows of " + in.name});
    long long closed = 0;
    if (!key.empty())
      closed += e_.execute({"UPDATE " + v.shadow + " SET " + k_to + " = " + std::to_string(n) +
                                " WHERE " + k_to + " IS NULL AND EXISTS (SELECT 1 FROM " + chg +
                                " AS c WHERE " + same("c", v.shadow, false) + ")",
                            {},
                            "close versions of changed rows of " + in.name})
                    .affected;
    long long added = e_.execute({"INSERT INTO " + v.shadow + " SELECT c.*, " + from_to + " FROM " +
                                      chg + " AS c",
                                  {},
                                  "new versions of " + in.name})
                          .affected;
    open += added - closed;
    // deleted rows: the rows there are fewer than the current versions
    long long rows = count(rel, "rows of " + in.name);
    if (rows != open) {
      long long gone =
          e_.execute({"UPDATE " + v.shadow + " SET " + k_to + " = " + std::to_string(n) +
                          " WHERE " + k_to + " IS NULL AND NOT EXISTS (SELECT 1 FROM " + rel +
                          " AS x WHERE " + same("x", v.shadow, false) + ")",
                      {},
                      "close versions of deleted rows of " + in.name})
              .affected;
      closed += gone;
      open -= gone;
    }
    if (rows != open) {
      // rows neither read as changed nor versioned (a loaded_at older than the overlap)
      long long missed =
          e_.execute({"INSERT INTO " + v.shadow + " SELECT x.*, " + from_to + " FROM " + rel +
                          " AS x WHERE NOT EXISTS (SELECT 1 FROM " + v.shadow + " AS s WHERE s." +
                          k_to + " IS NULL AND " + same("s", "x", key.empty()) + ")",
                      {},
                      "versions of rows of " + in.name + " read late"})
              .affected;
      added += missed;
      open += missed;
      if (rows != open) {
        log_.warn(
            fmt::format("{}: {} rows but {} current versions (rows repeated exactly in a "
                        "table without a primary key count once)",
                        in.name, rows, open));
        open = count(v.shadow + " WHERE " + k_to + " IS NULL", "current versions of " + in.name);
      }
    }
    changed = added + closed;
    if (in.loaded_at)
      hw_sql =
          "SELECT to_char(max(" + q(*in.loaded_at) + "), 'YYYY-MM-DD HH24:MI:SS.US') FROM " + cand;
  }
  if (!hw_sql.empty())
    if (auto hw = e_.execute(read(hw_sql, {}, "high water of " + in.name)).scalar();
        hw && (!high_water || *hw > *high_water))
      high_water = hw;
  // a refresh that found nothing keeps its number: positions at it stay current
  v.seq = changed > 0 || !same_shape ? n : seq;
  v.epoch = epoch;
  e_.execute({"DELETE FROM " + m + ".inputs WHERE input = $1", {in.name}, "versions of an input"});
  e_.execute({"INSERT INTO " + m +
                  ".inputs (input, shadow, seq, epoch, open_rows, high_water, shape, "
                  "refreshed_run) VALUES ($1, $2, $3::bigint, $4::bigint, $5::bigint, $6, $7, "
                  "$8::bigint)",
              {in.name, shadow_name(in.name), std::to_string(v.seq), std::to_string(v.epoch),
               std::to_string(open), high_water, shape, std::to_string(run_id_)},
              "versions of an input"});
  if (changed > 0 && same_shape) purge(in, v);
  tx.commit();
  if (changed > 0 && same_shape)
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
