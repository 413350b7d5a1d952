#include "sql/redshift/model_sql.hpp"

#include <algorithm>
#include <cctype>

#include "project/shape.hpp"
#include "sql/identifier.hpp"
#include "sql/model_sql_parts.hpp"
#include "sql/redshift/meta_sql.hpp"
#include "sql/redshift/types.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace starling {

using namespace model_sql_parts;

namespace {

std::vector<std::string> qualified(const std::vector<std::string>& cols, const std::string& by) {
  std::vector<std::string> out;
  for (const auto& c : cols) out.push_back(by + "." + q(c));
  return out;
}

Statement tallied(std::string sql, std::string label, Statement::Tally tally) {
  Statement s{std::move(sql), {}, std::move(label)};
  s.tally = tally;
  return s;
}

// The columns comparable_rows() gives, by name.
std::vector<std::string> comparable_names(const BuildTarget& t) {
  std::vector<std::string> out;
  for (const auto& c : stored_columns(*t.model, *t.project)) {
    if (t.model->kind == ModelKind::dimension && c.role == ColumnRole::surrogate_key) continue;
    out.push_back(c.name);
  }
  return out;
}

// The rows of a build with how often each appears: two builds are equal when these are.
std::string counted_rows(const ModelSql& sql, const BuildTarget& t) {
  auto names = qualified(comparable_names(t), "z");
  return "SELECT " + join(names, ", ") + ", count(*) AS \"_n\" FROM (" + sql.comparable_rows(t) +
         ") AS z GROUP BY " + join(names, ", ");
}

long long pow10(int k) {
  long long v = 1;
  while (k-- > 0) v *= 10;
  return v;
}

// Days since 1970-01-01 of a "YYYY-MM-DD…" local timestamp, or nullopt ("-infinity").
std::optional<long long> days_of(const std::string& s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return std::nullopt;
  long long y = std::stoll(s.substr(0, 4));
  unsigned m = static_cast<unsigned>(std::stoi(s.substr(5, 2)));
  unsigned d = static_cast<unsigned>(std::stoi(s.substr(8, 2)));
  // Howard Hinnant's days_from_civil
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

std::string except(const std::string& a, const std::string& b) {
  return "SELECT * FROM (" + a + ") AS a EXCEPT SELECT * FROM (" + b + ") AS b";
}

}  // namespace

// The target of an UPDATE or DELETE takes no alias on Redshift: its columns are qualified by the
// table's name.
std::string RedshiftModelSql::target_ref(const BuildTarget& t, const std::string&) const {
  return q(t.model->name);
}

std::string RedshiftModelSql::differs(const std::vector<std::string>& a,
                                      const std::vector<std::string>& b) const {
  std::vector<std::string> same;
  for (size_t i = 0; i < a.size(); ++i)
    same.push_back("(" + a[i] + " = " + b[i] + " OR (" + a[i] + " IS NULL AND " + b[i] +
                   " IS NULL))");
  return "CASE WHEN " + join(same, " AND ") + " THEN false ELSE true END";
}

std::vector<Statement> RedshiftModelSql::dimension_upsert(const BuildTarget& t) const {
  const Model& m = *t.model;
  const std::string r = target_ref(t, "");
  std::vector<std::string> cols, sel, sets, mine, theirs;
  for (const ColumnSpec* c : dimension_columns(m)) {
    cols.push_back(q(c->name));
    sel.push_back("s." + q(c->name));
    if (std::find(m.key.begin(), m.key.end(), c->name) != m.key.end()) continue;
    if (c->on_change == OnChange::keep) {
      sets.push_back(q(c->name) + " = CASE WHEN " + r + ".\"is_inferred\" THEN s." + q(c->name) +
                     " ELSE " + r + "." + q(c->name) + " END");
    } else {
      sets.push_back(q(c->name) + " = s." + q(c->name));
      mine.push_back(r + "." + q(c->name));
      theirs.push_back("s." + q(c->name));
    }
  }
  sets.push_back("\"is_inferred\" = false");
  std::string changed = r + ".\"is_inferred\"";
  if (!mine.empty()) changed += " OR " + differs(mine, theirs);
  return {tallied("UPDATE " + own_table(t) + " SET " + join(sets, ", ") + " FROM " + staged(t) +
                      " AS s WHERE " + equal_on(m.key, r, "s") + " AND (" + changed + ")",
                  "update changed members of " + m.name, Statement::Tally::updated),
          tallied("INSERT INTO " + own_table(t) + " (" + new_keys_column(m) + join(cols, ", ") +
                      ", \"is_inferred\") SELECT " + new_keys(t, m, qualified("s", m.key)) +
                      join(sel, ", ") + ", false FROM " + staged(t) +
                      " AS s WHERE NOT EXISTS (SELECT 1 FROM " + own_table(t) + " AS d WHERE " +
                      equal_on(m.key, "d", "s") + ")",
                  "insert new members of " + m.name, Statement::Tally::inserted)};
}

std::vector<std::string> RedshiftModelSql::qualified(const std::string& alias,
                                                     const std::vector<std::string>& cols) const {
  std::vector<std::string> out;
  for (const auto& c : cols) out.push_back(alias + "." + q(c));
  return out;
}

// New members get their surrogate keys from starling, after the largest one there (the run lock
// keeps other writers out), in the order of their natural keys: keys that survive a rebuild's copy
// of the rows, where an IDENTITY column would start again at its seed.
std::string RedshiftModelSql::new_keys_column(const Model& dim) const {
  return dim.kind == ModelKind::dimension ? q(surrogate_key_of(dim)) + ", " : "";
}

std::string RedshiftModelSql::new_keys(const BuildTarget& t, const Model& dim,
                                       const std::vector<std::string>& order) const {
  // (the key by its name, given or the default one: a plain column takes no value by itself)
  if (dim.kind != ModelKind::dimension) return "";
  const std::string table = dim.name == t.model->name ? own_table(t) : table_of(t, dim.name);
  const std::string sk = q(surrogate_key_of(dim));
  return "(SELECT CASE WHEN max(" + sk + ") > 0 THEN max(" + sk + ") ELSE 0 END FROM " + table +
         ") + row_number() OVER (ORDER BY " + join(order, ", ") + "), ";
}

Statement RedshiftModelSql::infer_members(const BuildTarget& t, const Reference& ref,
                                          const Model& dim) const {
  if (has_versions(dim) && ref.as_of) return infer_versions(t, ref, dim);
  const std::string dk = q(dim.key[0]);
  const std::string table = table_of(t, dim.name);
  return {"INSERT INTO " + table + " (" + new_keys_column(dim) + dk + ", \"is_inferred\") SELECT " +
              new_keys(t, dim, {"n.k"}) + "n.k, true FROM (SELECT DISTINCT s." + q(ref.key) +
              " AS k FROM " + staged(t) + " AS s WHERE s." + q(ref.key) +
              " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + table + " AS d WHERE d." + dk +
              " = s." + q(ref.key) + ")) AS n",
          {},
          "infer members of " + dim.name};
}

Statement RedshiftModelSql::delete_window(const BuildTarget& t, const WindowValues& w) const {
  std::string time = q(*t.model->incremental->time);
  return {"DELETE FROM " + own_table(t) + " WHERE " + time + " >= CAST($1 AS timestamp) AND " +
              time + " < CAST($2 AS timestamp)",
          {w.start, w.end},
          "delete periods of " + t.model->name};
}

std::vector<Statement> RedshiftModelSql::fact_upsert(const BuildTarget& t) const {
  const std::string r = target_ref(t, "");
  FactSelect fs = fact_select(t);
  auto unique = unique_columns(*t.model);
  std::vector<std::string> cols, sel, sets, mine, theirs;
  for (const auto& c : fs.columns) {
    cols.push_back(q(c));
    sel.push_back("x." + q(c));
    if (std::find(unique.begin(), unique.end(), c) != unique.end()) continue;
    sets.push_back(q(c) + " = x." + q(c));
    mine.push_back(r + "." + q(c));
    theirs.push_back("x." + q(c));
  }
  std::vector<Statement> out;
  if (!sets.empty())
    out.push_back(tallied("UPDATE " + own_table(t) + " SET " + join(sets, ", ") + " FROM (" +
                              fs.sql + ") AS x WHERE " + equal_on(unique, r, "x") + " AND " +
                              differs(mine, theirs),
                          "update changed rows of " + t.model->name, Statement::Tally::updated));
  out.push_back(tallied("INSERT INTO " + own_table(t) + " (" + join(cols, ", ") + ") SELECT " +
                            join(sel, ", ") + " FROM (" + fs.sql +
                            ") AS x WHERE NOT EXISTS (SELECT 1 FROM " + own_table(t) +
                            " AS f WHERE " + equal_on(unique, "f", "x") + ")",
                        "insert new rows of " + t.model->name, Statement::Tally::inserted));
  return out;
}

Statement RedshiftModelSql::delete_missing(const BuildTarget& t, const WindowValues* w) const {
  const std::string r = target_ref(t, "");
  FactSelect fs = fact_select(t);
  Statement s;
  std::string scope;
  if (w && t.model->incremental->time) {
    std::string time = r + "." + q(*t.model->incremental->time);
    const std::string start = param(s.params, w->start, "timestamp");
    const std::string end = param(s.params, w->end, "timestamp");
    scope = time + " >= " + start + " AND " + time + " < " + end + " AND ";
  }
  if (w && w->only) scope += stored_grain_filter(t, *w->only, r) + " AND ";
  s.sql = "DELETE FROM " + own_table(t) + " WHERE " + scope + "NOT EXISTS (SELECT 1 FROM (" +
          fs.sql + ") AS x WHERE " + equal_on(unique_columns(*t.model), "x", r) + ")";
  s.label = (w ? "delete rows gone from the changed grains of "
               : "delete rows gone from the source of ") +
            t.model->name;
  return s;
}

std::string RedshiftModelSql::periods_from(const std::string& unit, const WindowValues& w) const {
  // numbers 0 … 10^k - 1 from k digits, k enough for the window's periods (5 when unknown: 270
  // years of days, 11 of hours)
  int k = 5;
  auto a = days_of(w.start), b = days_of(w.end);
  if (a && b && *b >= *a) {
    long long most = (*b - *a) * (unit == "1 hour" ? 24 : 1) + 1;
    for (k = 1; k < 9 && most > pow10(k); ++k) {
    }
  }
  std::string digit = "(SELECT 0 AS d";
  for (int i = 1; i < 10; ++i) digit += " UNION ALL SELECT " + std::to_string(i);
  digit += ")";
  std::vector<std::string> terms, from;
  for (int i = 0; i < k; ++i) {
    std::string alias = "d" + std::to_string(i);
    terms.push_back(i == 0 ? alias + ".d" : std::to_string(pow10(i)) + " * " + alias + ".d");
    from.push_back(digit + " AS " + alias);
  }
  std::string n =
      "(SELECT " + join(terms, " + ") + " AS n FROM " + join(from, " CROSS JOIN ") + ")";
  std::string start = "CAST($1 AS timestamp) + n.n * interval '" + unit + "'";
  return "(SELECT " + start + " AS period FROM " + n + " AS n WHERE " + start +
         " < CAST($2 AS timestamp)) AS p";
}

std::vector<Statement> RedshiftModelSql::date_rows(
    const BuildTarget& t, const std::vector<std::vector<std::string>>& rows) const {
  const std::string r = target_ref(t, "");
  auto cols = stored_columns(*t.model, *t.project);
  std::vector<std::string> names, sel, sets, mine, theirs;
  std::string key;
  for (const auto& c : cols) {
    names.push_back(q(c.name));
    sel.push_back("s." + q(c.name));
    if (c.role == ColumnRole::surrogate_key) {
      key = c.name;
      continue;
    }
    sets.push_back(q(c.name) + " = s." + q(c.name));
    mine.push_back(r + "." + q(c.name));
    theirs.push_back("s." + q(c.name));
  }
  const std::string stage = staged(t);
  std::vector<Statement> out;
  out.push_back(drop_stage(t));
  out.push_back({"CREATE TEMP TABLE " + stage + " (LIKE " + own_table(t) + ")",
                 {},
                 "stage date rows of " + t.model->name});
  // the rows as literals, in statements under Redshift's 16 MB
  const std::string head = "INSERT INTO " + stage + " (" + join(names, ", ") + ") VALUES ";
  std::string sql;
  auto flush = [&] {
    if (sql.empty()) return;
    out.push_back({head + sql, {}, "stage date rows of " + t.model->name});
    sql.clear();
  };
  for (const auto& values : rows) {
    std::vector<std::string> vals;
    for (size_t c = 0; c < cols.size(); ++c) {
      auto type = redshift_column_type(cols[c].type);
      vals.push_back(values[c].empty() ? "NULL"
                                       : "CAST(" + quote_literal(values[c]) + " AS " +
                                             type.value_or(cols[c].type) + ")");
    }
    std::string tuple = "(" + join(vals, ", ") + ")";
    if (!sql.empty() && head.size() + sql.size() + tuple.size() + 2 > k_redshift_max_statement)
      flush();
    sql += (sql.empty() ? "" : ", ") + tuple;
  }
  flush();
  out.push_back(tallied("UPDATE " + own_table(t) + " SET " + join(sets, ", ") + " FROM " + stage +
                            " AS s WHERE " + r + "." + q(key) + " = s." + q(key) + " AND " +
                            differs(mine, theirs),
                        "update date rows of " + t.model->name, Statement::Tally::updated));
  out.push_back(tallied("INSERT INTO " + own_table(t) + " (" + join(names, ", ") + ") SELECT " +
                            join(sel, ", ") + " FROM " + stage +
                            " AS s WHERE NOT EXISTS (SELECT 1 FROM " + own_table(t) +
                            " AS d WHERE d." + q(key) + " = s." + q(key) + ")",
                        "insert date rows of " + t.model->name, Statement::Tally::inserted));
  out.push_back(drop_stage(t));
  return out;
}

std::string RedshiftModelSql::text_of(const std::string& expr, const std::string& type) const {
  std::string t = type;
  for (auto& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (t == "boolean" || t == "bool")
    return "CASE WHEN " + expr + " THEN 'true' WHEN NOT " + expr + " THEN 'false' END";
  return "CAST(" + expr + " AS " + text_type() + ")";
}

std::string RedshiftModelSql::text_type() const {
  return "VARCHAR(" + std::to_string(k_redshift_max_varchar) + ")";
}

std::string RedshiftModelSql::comparable_rows(const BuildTarget& t) const {
  const Model& m = *t.model;
  std::vector<std::string> cols, joins;
  for (const auto& c : stored_columns(m, *t.project)) {
    if (m.kind == ModelKind::dimension && c.role == ColumnRole::surrogate_key) continue;
    const Reference* r = nullptr;
    if (c.role == ColumnRole::reference)
      for (const auto& x : m.references)
        if (x.column == c.name) r = &x;
    const Model* dim = r ? t.project->model(r->dimension) : nullptr;
    if (dim && dim->kind == ModelKind::dimension) {
      // the natural key behind the surrogate key (NULL for the unknown member, whose key is NULL,
      // and for a key no member has): one member at most, surrogate keys being unique
      const std::string d = "d" + std::to_string(joins.size());
      joins.push_back(" LEFT JOIN " + table_of(t, dim->name) + " AS " + d + " ON " + d + "." +
                      q(surrogate_key_of(*dim)) + " = f." + q(c.name));
      cols.push_back(d + "." + q(dim->key[0]) + " AS " + q(c.name));
      continue;
    }
    cols.push_back("f." + q(c.name));
  }
  return "SELECT " + join(cols, ", ") + " FROM " + own_table(t) + " AS f" + join(joins, "");
}

Statement RedshiftModelSql::diff_count(const BuildTarget& live, const BuildTarget& other) const {
  // no EXCEPT ALL: rows with their counts compared with EXCEPT; the count is of differing
  // (row, how often) pairs, zero exactly when the builds are equal
  std::string a = counted_rows(*this, live), b = counted_rows(*this, other);
  return {"SELECT (SELECT count(*) FROM (" + except(a, b) + ") AS x) + (SELECT count(*) FROM (" +
              except(b, a) + ") AS y)",
          {},
          "compare " + live.model->name};
}

Statement RedshiftModelSql::diff_sample(const BuildTarget& live, const BuildTarget& other,
                                        int limit) const {
  // the columns as they are (a boolean cast to VARCHAR fails on Redshift), and "_n": how many
  // times the row stands there
  std::string a = counted_rows(*this, live), b = counted_rows(*this, other);
  std::string tail = " ORDER BY " + sample_order(*live.model) + " LIMIT " + std::to_string(limit);
  return {"SELECT * FROM (SELECT 'only in live' AS side, x.* FROM (" + except(a, b) + ") AS x" +
              tail + ") AS l UNION ALL SELECT * FROM (SELECT 'only in rebuild', x.* FROM (" +
              except(b, a) + ") AS x" + tail + ") AS r",
          {},
          "differences of " + live.model->name};
}

}  // namespace starling
