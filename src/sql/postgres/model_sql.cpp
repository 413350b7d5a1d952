// PostgreSQL statements that build models: temp stage tables, INSERT … ON CONFLICT … WHERE … IS
// DISTINCT FROM, RETURNING (xmax = 0) to tell inserts from updates. The statements both dialects
// send alike are ModelSqlBase's.
#include "sql/postgres/model_sql.hpp"

#include <algorithm>

#include "project/shape.hpp"
#include "sql/identifier.hpp"
#include "sql/model_sql_parts.hpp"
#include "util/strings.hpp"

namespace starling {

using namespace model_sql_parts;

std::optional<Statement> PostgresModelSql::analyze(const BuildTarget& t) const {
  return Statement{"ANALYZE " + own_table(t), {}, "statistics of " + t.model->name};
}

std::optional<Statement> PostgresModelSql::continue_keys(const BuildTarget& t) const {
  const std::string sk = q(surrogate_key_of(*t.model));
  Statement s{"SELECT setval(pg_get_serial_sequence($1, $2), (SELECT coalesce(max(" + sk +
                  "), 0) + 1 FROM " + own_table(t) + " WHERE " + sk + " > 0), false)",
              {own_table(t), surrogate_key_of(*t.model)},
              "new surrogate keys of " + t.model->name + " after the carried ones"};
  return s;
}

std::vector<Statement> PostgresModelSql::dimension_upsert(const BuildTarget& t) const {
  const Model& m = *t.model;
  std::vector<std::string> cols, sets, mine, theirs;
  for (const ColumnSpec* c : dimension_columns(m)) {
    cols.push_back(q(c->name));
    bool is_key = std::find(m.key.begin(), m.key.end(), c->name) != m.key.end();
    if (is_key) continue;
    if (c->on_change == OnChange::keep) {
      sets.push_back(q(c->name) + " = CASE WHEN d.\"is_inferred\" THEN EXCLUDED." + q(c->name) +
                     " ELSE d." + q(c->name) + " END");
    } else {
      sets.push_back(q(c->name) + " = EXCLUDED." + q(c->name));
      mine.push_back("d." + q(c->name));
      theirs.push_back("EXCLUDED." + q(c->name));
    }
  }
  sets.push_back("\"is_inferred\" = false");
  std::vector<std::string> keys;
  for (const auto& k : m.key) keys.push_back(q(k));
  std::string where = "d.\"is_inferred\"";
  if (!mine.empty()) where += " OR " + row(mine) + " IS DISTINCT FROM " + row(theirs);
  std::string sql = "WITH up AS (INSERT INTO " + own_table(t) + " AS d (" + join(cols, ", ") +
                    ", \"is_inferred\") SELECT " + join(cols, ", ") + ", false FROM " + staged(t) +
                    " ON CONFLICT (" + join(keys, ", ") + ") DO UPDATE SET " + join(sets, ", ") +
                    " WHERE " + where +
                    " RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), "
                    "count(*) FILTER (WHERE NOT inserted) FROM up";
  Statement s{sql, {}, "upsert " + m.name};
  s.tally = Statement::Tally::inserted_updated;
  return {s};
}

std::string PostgresModelSql::differs(const std::vector<std::string>& a,
                                      const std::vector<std::string>& b) const {
  return row(a) + " IS DISTINCT FROM " + row(b);
}

Statement PostgresModelSql::infer_members(const BuildTarget& t, const Reference& ref,
                                          const Model& dim) const {
  std::string dk = q(dim.key[0]);
  if (has_versions(dim) && ref.as_of) {
    Statement s = infer_versions(t, ref, dim);
    s.sql += " ON CONFLICT DO NOTHING";
    return s;
  }
  return {"INSERT INTO " + table_of(t, dim.name) + " (" + dk +
              ", \"is_inferred\") SELECT DISTINCT s." + q(ref.key) + ", true FROM " + staged(t) +
              " AS s WHERE s." + q(ref.key) + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " +
              table_of(t, dim.name) + " AS d WHERE d." + dk + " = s." + q(ref.key) +
              ") ON CONFLICT DO NOTHING",
          {},
          "infer members of " + dim.name};
}

Statement PostgresModelSql::delete_window(const BuildTarget& t, const WindowValues& w) const {
  std::string time = q(*t.model->incremental->time);
  return {"DELETE FROM " + own_table(t) + " WHERE " + time + " >= $1::timestamp AND " + time +
              " < $2::timestamp",
          {w.start, w.end},
          "delete periods of " + t.model->name};
}

std::vector<Statement> PostgresModelSql::fact_upsert(const BuildTarget& t) const {
  FactSelect fs = fact_select(t);
  auto unique = unique_columns(*t.model);
  std::vector<std::string> cols, sets, mine, theirs;
  for (const auto& c : fs.columns) {
    cols.push_back(q(c));
    if (std::find(unique.begin(), unique.end(), c) != unique.end()) continue;
    sets.push_back(q(c) + " = EXCLUDED." + q(c));
    mine.push_back("f." + q(c));
    theirs.push_back("EXCLUDED." + q(c));
  }
  std::vector<std::string> keys;
  for (const auto& u : unique) keys.push_back(q(u));
  std::string action = sets.empty() ? "DO NOTHING"
                                    : "DO UPDATE SET " + join(sets, ", ") + " WHERE " + row(mine) +
                                          " IS DISTINCT FROM " + row(theirs);
  Statement s{"WITH up AS (INSERT INTO " + own_table(t) + " AS f (" + join(cols, ", ") + ") " +
                  fs.sql + " ON CONFLICT (" + join(keys, ", ") + ") " + action +
                  " RETURNING (xmax = 0) AS inserted) SELECT count(*) FILTER (WHERE inserted), "
                  "count(*) FILTER (WHERE NOT inserted) FROM up",
              {},
              "upsert " + t.model->name};
  s.tally = Statement::Tally::inserted_updated;
  return {s};
}

std::string PostgresModelSql::rows_among(const std::vector<std::string>& exprs,
                                         const std::vector<std::string>& as_text,
                                         const std::vector<std::string>& types,
                                         const std::vector<std::vector<std::string>>& keys) const {
  // a list of rows is compared with each row in turn (an OR of ANDs, as deep as it is long); a
  // VALUES list is joined once
  if (keys.size() <= k_values_from) return ModelSqlBase::rows_among(exprs, as_text, types, keys);
  return among_values(exprs, as_text, types, keys);
}

Statement PostgresModelSql::delete_missing(const BuildTarget& t, const WindowValues* w) const {
  FactSelect fs = fact_select(t);
  std::vector<std::string> named, on;
  for (const auto& c : fs.columns) named.push_back(q(c));
  for (const auto& u : unique_columns(*t.model)) on.push_back("x." + q(u) + " = f." + q(u));
  Statement s;
  std::string scope;
  if (w && t.model->incremental->time) {
    std::string time = "f." + q(*t.model->incremental->time);
    const std::string start = param(s.params, w->start, "timestamp");
    const std::string end = param(s.params, w->end, "timestamp");
    scope = time + " >= " + start + " AND " + time + " < " + end + " AND ";
  }
  if (w && w->only) scope += stored_grain_filter(t, *w->only, "f", true) + " AND ";
  s.sql = "DELETE FROM " + own_table(t) + " AS f WHERE " + scope + "NOT EXISTS (SELECT 1 FROM (" +
          fs.sql + ") AS x (" + join(named, ", ") + ") WHERE " + join(on, " AND ") + ")";
  s.label = (w ? "delete rows gone from the changed grains of "
               : "delete rows gone from the source of ") +
            t.model->name;
  return s;
}

std::string PostgresModelSql::periods_from(const std::string& unit, const WindowValues&) const {
  return "generate_series($1::timestamp, $2::timestamp - interval '" + unit + "', interval '" +
         unit + "') AS p (period)";
}

std::vector<Statement> PostgresModelSql::date_rows(
    const BuildTarget& t, const std::vector<std::vector<std::string>>& rows) const {
  auto cols = stored_columns(*t.model, *t.project);
  std::vector<std::string> names, sets, mine, theirs;
  for (const auto& c : cols) {
    names.push_back(q(c.name));
    if (c.role == ColumnRole::surrogate_key) continue;
    sets.push_back(q(c.name) + " = EXCLUDED." + q(c.name));
    mine.push_back("d." + q(c.name));
    theirs.push_back("EXCLUDED." + q(c.name));
  }
  std::vector<Statement> out;
  const size_t per_statement = 2000;  // 16 columns × 2000 rows stays far under 65,535 parameters
  for (size_t b = 0; b < rows.size(); b += per_statement) {
    Statement s;
    s.label = "date rows of " + t.model->name;
    std::vector<std::string> tuples;
    for (size_t r = b; r < std::min(rows.size(), b + per_statement); ++r) {
      std::vector<std::string> vals;
      for (size_t c = 0; c < cols.size(); ++c)
        vals.push_back(param(s.params, rows[r][c], cols[c].type));
      tuples.push_back("(" + join(vals, ", ") + ")");
    }
    for (auto& p : s.params)
      if (p && p->empty()) p.reset();  // "" is NULL
    s.tally = Statement::Tally::inserted;
    s.sql = "INSERT INTO " + own_table(t) + " AS d (" + join(names, ", ") + ") VALUES " +
            join(tuples, ", ") + " ON CONFLICT (\"date_key\") DO UPDATE SET " + join(sets, ", ") +
            " WHERE " + row(mine) + " IS DISTINCT FROM " + row(theirs);
    out.push_back(std::move(s));
  }
  return out;
}

Statement PostgresModelSql::diff_count(const BuildTarget& live, const BuildTarget& other) const {
  std::string a = comparable_rows(live), b = comparable_rows(other);
  return {"SELECT (SELECT count(*) FROM (" + a + " EXCEPT ALL " + b +
              ") AS x) + (SELECT count(*) FROM (" + b + " EXCEPT ALL " + a + ") AS y)",
          {},
          "compare " + live.model->name};
}

Statement PostgresModelSql::diff_sample(const BuildTarget& live, const BuildTarget& other,
                                        int limit) const {
  std::string a = comparable_rows(live), b = comparable_rows(other);
  std::string tail = " ORDER BY " + sample_order(*live.model) + " LIMIT " + std::to_string(limit);
  return {"(SELECT 'only in live' AS side, x.* FROM (" + a + " EXCEPT ALL " + b + ") AS x" + tail +
              ") UNION ALL (SELECT 'only in rebuild', x.* FROM (" + b + " EXCEPT ALL " + a +
              ") AS x" + tail + ")",
          {},
          "differences of " + live.model->name};
}
}  // namespace starling
