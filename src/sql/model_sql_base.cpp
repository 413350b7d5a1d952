// The statements that build models which PostgreSQL and Redshift are sent alike; what differs
// inside them is asked of the dialect's hooks (model_sql_base.hpp).
#include "sql/model_sql_base.hpp"

#include <algorithm>
#include <cctype>

#include "project/shape.hpp"
#include "sql/identifier.hpp"
#include "sql/model_sql_parts.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace starling {

std::string stage_table(const Model& m) {
  std::string n = "_stage_" + m.name;
  return n.substr(0, 63);
}

using namespace model_sql_parts;

namespace {

// Whether SQL text that follows a table in FROM starts with an alias for it (`t`, `AS t`), not a
// keyword or punctuation that ends the FROM item.
bool names_alias(const std::string& after) {
  size_t i = 0;
  while (i < after.size() && std::isspace(static_cast<unsigned char>(after[i]))) ++i;
  if (i < after.size() && after[i] == '"') return true;
  size_t j = i;
  while (j < after.size() &&
         (std::isalnum(static_cast<unsigned char>(after[j])) || after[j] == '_'))
    ++j;
  if (j == i) return false;
  std::string word;
  for (size_t k = i; k < j; ++k)
    word += static_cast<char>(std::tolower(static_cast<unsigned char>(after[k])));
  static const char* const ends[] = {
      "where",  "join",      "inner",  "left",  "right",  "full",    "cross",       "natural",
      "on",     "using",     "group",  "order", "having", "limit",   "offset",      "union",
      "except", "intersect", "window", "fetch", "for",    "lateral", "tablesample", "returning"};
  for (const char* e : ends)
    if (word == e) return false;
  return true;
}

}  // namespace

// A table of the SQL, or what the build reads instead of it (a parenthesized query), given the
// table's name as its alias unless the SQL names one.
std::string ModelSqlBase::read_instead(const BuildTarget& t, const WindowValues& w, size_t part,
                                       const std::string& table, const std::string& name,
                                       const std::string& after) const {
  const std::string* rel = nullptr;
  for (const auto* map : {w.relations, t.relations}) {
    if (!map || rel) continue;
    auto it = map->find(part);
    if (it != map->end()) rel = &it->second;
  }
  if (!rel) return table;
  return *rel + (names_alias(after) ? "" : " AS " + name);
}

std::string ModelSqlBase::query(const BuildTarget& t, const WindowValues& w,
                                std::vector<std::optional<std::string>>& params) const {
  const Model& m = *t.model;
  const Project& p = *t.project;
  if (m.from) {
    const Source* s = nullptr;
    const SourceTable* st = source_table(p, *m.from, &s);
    std::string sql =
        "SELECT * FROM " + read_instead(t, w, 0, q(s->schema) + "." + q(st->name), q(st->name), "");
    if (m.incremental && m.incremental->strategy == Strategy::period && m.incremental->time) {
      // a period fact reads its window's rows, by its time column
      const std::string time = output_expr(m, *m.incremental->time);
      const std::string start = param(params, w.start, "timestamp");
      const std::string end = param(params, w.end, "timestamp");
      sql += " WHERE " + time + " >= " + start + " AND " + time + " < " + end;
    } else if (auto la = loaded_at_of(*s, *st)) {
      sql += " WHERE " + q(*la) + " >= " + param(params, w.since, "timestamp");
    }
    return sql;
  }
  std::string sql;
  std::optional<std::string> since_p, start_p, end_p;
  for (size_t i = 0; i < m.sql.parts.size(); ++i) {
    const TemplatePart& part = m.sql.parts[i];
    // the SQL after a source() or ref(): whether it names the table an alias of its own
    const std::string* next =
        i + 1 < m.sql.parts.size() ? std::get_if<std::string>(&m.sql.parts[i + 1].value) : nullptr;
    const std::string after = next ? *next : "";
    if (auto lit = std::get_if<std::string>(&part.value)) {
      sql += *lit;
    } else if (auto sr = std::get_if<SourceRef>(&part.value)) {
      const Source* s = p.config.source(sr->source);
      sql += read_instead(t, w, i, q(s->schema) + "." + q(sr->table), q(sr->table), after);
    } else if (auto mr = std::get_if<ModelRef>(&part.value)) {
      sql += read_instead(t, w, i, table_of(t, mr->model), q(mr->model), after);
    } else if (auto v = std::get_if<WindowVar>(&part.value)) {
      std::optional<std::string>& slot =
          *v == WindowVar::since ? since_p : (*v == WindowVar::start ? start_p : end_p);
      const std::string& value =
          *v == WindowVar::since ? w.since : (*v == WindowVar::start ? w.start : w.end);
      if (!slot) slot = param(params, value, "timestamp");
      sql += *slot;
    }
  }
  return sql;
}

std::string ModelSqlBase::rows_among(const std::vector<std::string>& exprs,
                                     const std::vector<std::string>&,
                                     const std::vector<std::string>&,
                                     const std::vector<std::vector<std::string>>& keys) const {
  return in_keys(exprs, keys);
}

std::string ModelSqlBase::only_rows(const Model& m, const Project& p,
                                    const GrainFilter& only) const {
  std::vector<std::string> as_text, types;
  if (only.by_period) {
    as_text.push_back("to_char(" + period_of(m, output_expr(m, *m.incremental->time)) +
                      ", 'YYYY-MM-DD HH24:MI:SS')");
    types.push_back("timestamp");
  }
  for (const auto& c : only.columns) {
    as_text.push_back(read_as_text(output_expr(m, c)));
    types.push_back(output_type(m, p, c));
  }
  return rows_among(only_exprs(m, only), as_text, types, only.keys);
}

Statement ModelSqlBase::drop_stage(const BuildTarget& t) const {
  return {"DROP TABLE IF EXISTS " + staged(t), {}, "drop stage"};
}

Statement ModelSqlBase::stage(const BuildTarget& t, const WindowValues& w) const {
  Statement s;
  s.label = "stage rows of " + t.model->name;
  std::string q_ = query(t, w, s.params);
  if (t.model->kind == ModelKind::dimension) {
    std::vector<std::string> cols;
    for (const ColumnSpec* c : dimension_columns(*t.model))
      cols.push_back(output_expr(*t.model, c->name) + " AS " + q(c->name));
    // a versions dimension's rows may be a change log, delivered more than once
    const bool versions = has_versions(*t.model);
    if (versions) cols.push_back(valid_from_expr(*t.project, *t.model) + " AS " + q(k_valid_from));
    s.sql = "CREATE TEMP TABLE " + staged(t) + stage_options() + " AS SELECT " +
            (versions ? "DISTINCT " : "") + join(cols, ", ") + " FROM (" + q_ + ") AS src";
    if (w.only)  // some members only
      s.sql += " WHERE " + in_keys(only_exprs(*t.model, *w.only), w.only->keys);
  } else {
    // the grains' rows: filtered around the SQL, which PostgreSQL pushes into it where it can
    s.sql = "CREATE TEMP TABLE " + staged(t) + stage_options() + " AS SELECT * FROM (" + q_ +
            ") AS src";
    if (w.only) s.sql += " WHERE " + only_rows(*t.model, *t.project, *w.only);
  }
  return s;
}

Statement ModelSqlBase::count_null_keys(const BuildTarget& t) const {
  std::vector<std::string> conds;
  for (const auto& k : stage_key_exprs(*t.model)) conds.push_back(k + " IS NULL");
  return {"SELECT count(*) FROM " + staged(t) + " WHERE " + join(conds, " OR "),
          {},
          "check for NULL keys"};
}

Statement ModelSqlBase::count_duplicate_keys(const BuildTarget& t) const {
  return {"SELECT count(*) FROM (SELECT 1 FROM " + staged(t) + " GROUP BY " +
              join(stage_key_exprs(*t.model), ", ") + " HAVING count(*) > 1) AS d",
          {},
          "check for duplicate keys"};
}

Statement ModelSqlBase::duplicate_keys_sample(const BuildTarget& t, size_t limit) const {
  std::vector<std::string> as_text;
  const auto exprs = stage_key_exprs(*t.model);
  for (const auto& k : exprs) as_text.push_back(read_as_text(k));
  Statement s{"SELECT " + join(as_text, ", ") + " FROM " + staged(t) + " GROUP BY " +
                  join(exprs, ", ") + " HAVING count(*) > 1 ORDER BY " + join(exprs, ", ") +
                  " LIMIT " + std::to_string(limit),
              {},
              "duplicate keys"};
  s.kind = Statement::Kind::read_state;
  return s;
}

Statement ModelSqlBase::duplicate_keys_read_before(const BuildTarget& t, size_t limit) const {
  const Model& m = *t.model;
  Statement s;
  s.label = "check for keys read before";
  const std::string full = query(t, WindowValues{}, s.params);
  std::vector<std::string> all, staged_keys, on, as_text, group;
  const auto keys = stage_keys(m);
  const auto exprs = stage_key_exprs(m);
  for (size_t i = 0; i < keys.size(); ++i) {
    const std::string k = q("_k" + std::to_string(i));
    all.push_back(output_expr(m, keys[i]) + " AS " + k);
    staged_keys.push_back(exprs[i] + " AS " + k);
    on.push_back("b." + k + " = a." + k);
    as_text.push_back(read_as_text("a." + k));
    group.push_back("a." + k);
  }
  // the stage's keys joined to the model's whole result: through the key, only their rows count
  s.sql = "SELECT " + join(as_text, ", ") + " FROM (SELECT " + join(all, ", ") + " FROM (" + full +
          ") AS src) AS a JOIN (SELECT " + join(staged_keys, ", ") + " FROM " + staged(t) +
          ") AS b ON " + join(on, " AND ") + " GROUP BY " + join(group, ", ") +
          " HAVING count(*) > 1 ORDER BY " + join(group, ", ") + " LIMIT " + std::to_string(limit);
  return s;
}

Statement ModelSqlBase::carry_members(const BuildTarget& t, const std::string& live,
                                      const std::string& live_sk,
                                      const std::vector<std::string>& carried) const {
  const Model& m = *t.model;
  std::vector<std::string> cols{q(surrogate_key_of(m))}, sel{"l." + q(live_sk)};
  for (const ColumnSpec* c : dimension_columns(m)) {
    cols.push_back(q(c->name));
    const bool is_key = std::find(m.key.begin(), m.key.end(), c->name) != m.key.end();
    const bool live_value =
        is_key || std::find(carried.begin(), carried.end(), c->name) != carried.end();
    sel.push_back((live_value ? "l." : "s.") + q(c->name));
  }
  return {"INSERT INTO " + own_table(t) + " (" + join(cols, ", ") + ", \"is_inferred\") SELECT " +
              join(sel, ", ") + ", l.\"is_inferred\" FROM " + live + " AS l LEFT JOIN " +
              staged(t) + " AS s ON " + equal_on(m.key, "l", "s") + " WHERE l." + q(live_sk) +
              " <> -1",
          {},
          "carry the members of " + m.name};
}

Statement ModelSqlBase::carry_versions(const BuildTarget& t, const std::string& live,
                                       const std::string& live_sk,
                                       const std::vector<std::string>& carried) const {
  const Model& m = *t.model;
  std::vector<std::string> cols{q(surrogate_key_of(m))}, sel{"l." + q(live_sk)};
  std::vector<std::string> names = m.key;
  names.insert(names.end(), carried.begin(), carried.end());
  for (const char* c : {"is_inferred", k_valid_from, k_valid_to, k_is_current}) names.push_back(c);
  for (const auto& c : names) {
    cols.push_back(q(c));
    sel.push_back("l." + q(c));
  }
  return {"INSERT INTO " + own_table(t) + " (" + join(cols, ", ") + ") SELECT " + join(sel, ", ") +
              " FROM " + live + " AS l WHERE l." + q(live_sk) + " <> -1",
          {},
          "carry the versions of " + m.name};
}

Statement ModelSqlBase::count_history(const BuildTarget& t, const std::string& live,
                                      const std::string& live_sk,
                                      const std::vector<std::string>& keep) const {
  const Model& m = *t.model;
  if (has_versions(m)) {
    // members (not versions) whose rows are gone; keep values are each member's first version's
    Statement s{"SELECT count(*), 0 FROM (SELECT DISTINCT " + join(prefixed(m.key, "l"), ", ") +
                    " FROM " + live + " AS l WHERE l." + q(live_sk) +
                    " <> -1 AND NOT l.\"is_inferred\") AS l WHERE NOT EXISTS (SELECT 1 FROM " +
                    staged(t) + " AS s WHERE " + equal_on(m.key, "l", "s") + ")",
                {},
                "history of " + m.name + " against its sources"};
    s.kind = Statement::Kind::read_state;
    return s;
  }
  const std::string found = "s." + q(m.key[0]) + " IS NOT NULL";
  std::string differ = "0";
  if (!keep.empty())
    differ = "CASE WHEN " + found + " AND " + differs(prefixed(keep, "l"), prefixed(keep, "s")) +
             " THEN 1 ELSE 0 END";
  Statement s{"SELECT sum(CASE WHEN " + found + " THEN 0 ELSE 1 END), sum(" + differ + ") FROM " +
                  live + " AS l LEFT JOIN " + staged(t) + " AS s ON " + equal_on(m.key, "l", "s") +
                  " WHERE l." + q(live_sk) + " <> -1 AND NOT l.\"is_inferred\"",
              {},
              "history of " + m.name + " against its sources"};
  s.kind = Statement::Kind::read_state;
  return s;
}

std::optional<Statement> ModelSqlBase::dimension_refresh(const BuildTarget& t) const {
  const Model& m = *t.model;
  const std::string d = target_ref(t, "d");
  std::vector<std::string> sel, sets, mine, theirs, on;
  for (const auto& k : m.key) {
    sel.push_back(output_expr(m, k) + " AS " + q(k));
    on.push_back(d + "." + q(k) + " = s." + q(k));
  }
  for (const auto& c : m.columns) {
    if (!c.refresh_always) continue;
    sel.push_back(output_expr(m, c.name) + " AS " + q(c.name));
    sets.push_back(q(c.name) + " = s." + q(c.name));
    mine.push_back(d + "." + q(c.name));
    theirs.push_back("s." + q(c.name));
  }
  if (sets.empty()) return std::nullopt;
  Statement s;
  s.label = "refresh always-columns of " + m.name;
  std::string full = query(t, WindowValues{}, s.params);
  s.sql = "UPDATE " + own_table(t) + target_as("d") + " SET " + join(sets, ", ") +
          " FROM (SELECT " + join(sel, ", ") + " FROM (" + full + ") AS src) AS s WHERE " +
          join(on, " AND ") + " AND " + differs(mine, theirs);
  return s;
}

Statement ModelSqlBase::unresolved_repoint(const BuildTarget& t, const Model& fact,
                                           const Reference& ref) const {
  const Model& dim = *t.model;
  // the fact table by its name (UPDATE … FROM takes no alias on Redshift)
  const std::string f = q(fact.name), col = q(ref.column), key = q(unresolved_column(ref));
  std::optional<std::string> at;
  if (has_versions(dim) && ref.as_of) at = f + "." + q(*ref.as_of);
  return {"UPDATE " + table_of(t, fact.name) + " SET " + col + " = d." + q(surrogate_key_of(dim)) +
              ", " + key + " = NULL FROM " + own_table(t) + " AS d WHERE " + f + "." + col +
              " = -1 AND " + f + "." + key + " IS NOT NULL AND " +
              reference_match(ref, dim, "d", f + "." + key, at),
          {},
          "point " + fact.name + "." + ref.column + " from the unknown member at the members " +
              dim.name + " now has"};
}

Statement ModelSqlBase::count_missing_members(const BuildTarget& t, const Reference& ref,
                                              const Model& dim) const {
  std::string cond = dim.kind == ModelKind::date_dimension
                         ? "d.\"date\" = CAST(s." + q(ref.key) + " AS date)"
                         : "d." + q(dim.key[0]) + " = s." + q(ref.key);
  const bool versions = has_versions(dim) && ref.as_of;
  if (versions) cond += " AND " + holds("d", "s.\"_as_of\"");
  return {"SELECT count(DISTINCT s." + q(ref.key) + ") FROM " +
              (versions ? staged_as_of(t, ref) : staged(t) + " AS s") + " WHERE s." + q(ref.key) +
              " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + table_of(t, dim.name) +
              " AS d WHERE " + cond + ")",
          {},
          "check references to " + dim.name};
}

Statement ModelSqlBase::count_outside_window(const BuildTarget& t, const WindowValues& w) const {
  std::string time = output_expr(*t.model, *t.model->incremental->time);
  return {"SELECT count(*) FROM " + staged(t) + " WHERE " + time + " IS NULL OR " + time +
              " < $1::timestamp OR " + time + " >= $2::timestamp",
          {w.start, w.end},
          "check rows lie in their period"};
}

Statement ModelSqlBase::delete_all(const BuildTarget& t) const {
  return {"DELETE FROM " + own_table(t), {}, "delete rows of " + t.model->name};
}

Statement ModelSqlBase::fact_insert(const BuildTarget& t) const {
  FactSelect fs = fact_select(t);
  std::vector<std::string> cols;
  for (const auto& c : fs.columns) cols.push_back(q(c));
  return {"INSERT INTO " + own_table(t) + " (" + join(cols, ", ") + ") " + fs.sql,
          {},
          "insert " + t.model->name};
}

const Reference& densify_reference(const Model& m) {
  for (const auto& r : m.references)
    if (r.dimension == m.densify->dimension) return r;
  throw Error(ErrorCategory::internal, m.name + " densifies a dimension it does not reference");
}

namespace {
std::string time_type_of(const Model& m, const Project& p) {
  for (const auto& c : stored_columns(m, p))
    if (c.name == *m.incremental->time) return c.type;
  return "date";
}
}  // namespace

bool densify_names_members(const Model& m, const WindowValues& w) {
  return m.densify && w.only &&
         w.only->columns == std::vector<std::string>{densify_reference(m).key};
}

std::string ModelSqlBase::densify_members(const BuildTarget& t, const WindowValues& w,
                                          bool new_members_only) const {
  const Model& m = *t.model;
  const Densify& dn = *m.densify;
  const Model& dim = *t.project->model(dn.dimension);
  const Reference& ref = densify_reference(m);
  const std::string time = *m.incremental->time;
  std::string members =
      "d." + q(surrogate_key_of(dim)) + " <> -1 AND d." + q(dn.from) + " IS NOT NULL";
  // a versions dimension's rows are versions: each gives the periods it holds (densify), so
  // which members are new is not asked (every version looked at)
  const bool versions = has_versions(dim);
  if (versions) members += " AND NOT d.\"is_inferred\"";
  // a build restricted to members of the densify dimension densifies only them
  if (densify_names_members(m, w)) {
    std::vector<std::vector<std::string>> keys;  // the members' keys, without their periods
    for (const auto& k : w.only->keys)
      keys.emplace_back(k.begin() + (w.only->by_period ? 1 : 0), k.end());
    members += " AND " + in_keys({"d." + q(dim.key[0])}, keys);
  }
  if (new_members_only && !versions) {
    const std::string first = "greatest(date_trunc('" +
                              std::string(to_string(m.incremental->period)) + "', CAST(d." +
                              q(dn.from) + " AS timestamp)), $1::timestamp)";
    members += " AND NOT EXISTS (SELECT 1 FROM " + own_table(t) + " AS g WHERE g." + q(ref.column) +
               " = d." + q(surrogate_key_of(dim)) + " AND g." + q(time) + " = CAST(" + first +
               " AS " + time_type_of(m, *t.project) + "))";
  }
  return members;
}

Statement ModelSqlBase::new_densify_members(const BuildTarget& t, const WindowValues& w,
                                            size_t limit) const {
  const Model& dim = *t.project->model(t.model->densify->dimension);
  return {"SELECT " + read_as_text("d." + q(dim.key[0])) + " FROM " + table_of(t, dim.name) +
              " AS d WHERE " + densify_members(t, w, true) + " LIMIT " + std::to_string(limit),
          // (a versions dimension's members are not asked their first period: no $1)
          has_versions(dim) ? std::vector<std::optional<std::string>>{}
                            : std::vector<std::optional<std::string>>{w.start},
          "new members to densify in " + t.model->name};
}

Statement ModelSqlBase::member_keys(const BuildTarget& t, const WindowValues& w,
                                    size_t limit) const {
  const Model& dim = *t.model;
  Statement s;
  s.sql = "SELECT DISTINCT " + read_as_text(output_expr(dim, dim.key[0])) + " FROM (" +
          query(t, w, s.params) + ") AS src ORDER BY 1 LIMIT " + std::to_string(limit);
  s.label = "members " + dim.name + " wrote since";
  s.kind = Statement::Kind::read_state;
  return s;
}

Statement ModelSqlBase::densify(const BuildTarget& t, const WindowValues& w, bool new_members_only,
                                DensifyProbe probe) const {
  const Model& m = *t.model;
  const Project& p = *t.project;
  const Densify& dn = *m.densify;
  const Model& dim = *p.model(dn.dimension);
  const std::string time = *m.incremental->time;
  const std::string unit = std::string("1 ") + to_string(m.incremental->period);
  const std::string period = "p.period";
  const std::string time_type = time_type_of(m, p);
  std::vector<std::string> cols, exprs, date_joins;
  std::string same_date_key;  // the fact row's date key equals the period's: the unique index
  for (const auto& r : m.references) {
    cols.push_back(q(r.column));
    const Model& rd = *p.model(r.dimension);
    if (r.dimension == dn.dimension) {
      exprs.push_back("d." + q(surrogate_key_of(dim)));
    } else if (rd.kind == ModelKind::date_dimension && r.key == time) {
      std::string alias = "x" + std::to_string(date_joins.size());
      date_joins.push_back(" LEFT JOIN " + table_of(t, rd.name) + " AS " + alias + " ON " + alias +
                           ".\"date\" = CAST(" + period + " AS date)");
      exprs.push_back("coalesce(" + alias + ".\"date_key\", -1)");
      // -1 too: a row written before the date dimension reached its date
      same_date_key += " AND f." + q(r.column) + " IN (" + exprs.back() + ", -1)";
    } else {
      exprs.push_back("-1");
    }
  }
  for (const auto& c : stored_columns(m, p)) {
    if (c.name == time) {
      cols.push_back(q(c.name));
      exprs.push_back("CAST(" + period + " AS " + c.type + ")");
    } else if (c.role == ColumnRole::measure && c.default_value) {
      cols.push_back(q(c.name));
      exprs.push_back(model_literal(*c.default_value));
    }
  }
  // each_row: the NOT EXISTS keeps its OFFSET 0, which PostgreSQL never turns into a join
  const Reference& ref = densify_reference(m);
  const bool few = probe == DensifyProbe::each_row;
  // the members first (OFFSET 0 keeps PostgreSQL from flattening them into the cross join), so
  // that only they are crossed with the periods: few when new or restricted to some grains
  return {"INSERT INTO " + own_table(t) + " (" + join(cols, ", ") + ") SELECT " +
              join(exprs, ", ") + " FROM (SELECT * FROM " + table_of(t, dim.name) + " AS d WHERE " +
              densify_members(t, w, new_members_only) + keep_subquery() + ") AS d CROSS JOIN " +
              periods_from(unit, w) + join(date_joins, "") + " WHERE date_trunc('" +
              to_string(m.incremental->period) + "', CAST(d." + q(dn.from) +
              " AS timestamp)) <= p.period" +
              (has_versions(dim) ? " AND " + holds("d", "CAST(" + period + " AS " + time_type + ")")
                                 : std::string()) +
              " AND NOT EXISTS (SELECT 1 FROM " + own_table(t) + " AS f WHERE f." + q(ref.column) +
              " = d." + q(surrogate_key_of(dim)) + same_date_key + " AND f." + q(time) +
              " = CAST(" + period + " AS " + time_type + ")" + (few ? keep_subquery() : "") + ")",
          {w.start, w.end},
          "densify " + m.name};
}

std::optional<Statement> ModelSqlBase::fact_refresh(const BuildTarget& t) const {
  const Model& m = *t.model;
  const std::string f = target_ref(t, "f");
  std::vector<std::string> sets, mine, theirs, on;
  for (const auto& me : m.measures) {
    if (!me.refresh_always) continue;
    sets.push_back(q(me.name) + " = x." + q(me.name));
    mine.push_back(f + "." + q(me.name));
    theirs.push_back("x." + q(me.name));
  }
  if (sets.empty()) return std::nullopt;
  for (const auto& u : unique_columns(m)) on.push_back(f + "." + q(u) + " = x." + q(u));
  // the select names its columns, so the update can refer to them; OFFSET 0 keeps it a subquery,
  // so that the unique index is probed with the whole grain (flattened, the nullable references
  // become PlaceHolderVars the index scan cannot take: it probed by the first column alone)
  return Statement{"UPDATE " + own_table(t) + target_as("f") + " SET " + join(sets, ", ") +
                       " FROM (" + fact_select(t).sql + keep_subquery() + ") AS x WHERE " +
                       join(on, " AND ") + " AND " + differs(mine, theirs),
                   {},
                   "refresh always-measures of " + m.name};
}

std::string ModelSqlBase::comparable_rows(const BuildTarget& t) const {
  const Model& m = *t.model;
  std::vector<std::string> cols;
  for (const auto& c : stored_columns(m, *t.project)) {
    if (m.kind == ModelKind::dimension && c.role == ColumnRole::surrogate_key) continue;
    if (c.role == ColumnRole::reference) {
      const Reference* r = nullptr;
      for (const auto& x : m.references)
        if (x.column == c.name) r = &x;
      const Model& dim = *t.project->model(r->dimension);
      if (dim.kind == ModelKind::dimension) {
        // the natural key behind the surrogate key (NULL for the unknown member)
        cols.push_back("(SELECT d." + q(dim.key[0]) + " FROM " + table_of(t, dim.name) +
                       " AS d WHERE d." + q(surrogate_key_of(dim)) + " = f." + q(c.name) + ") AS " +
                       q(c.name));
        // and which of its versions
        if (has_versions(dim))
          cols.push_back("(SELECT d." + q(k_valid_from) + " FROM " + table_of(t, dim.name) +
                         " AS d WHERE d." + q(surrogate_key_of(dim)) + " = f." + q(c.name) +
                         ") AS " + q(c.name + "_version"));
        continue;
      }
    }
    cols.push_back("f." + q(c.name));
  }
  return "SELECT " + join(cols, ", ") + " FROM " + own_table(t) + " AS f";
}

Statement ModelSqlBase::drop_schema(const std::string& schema) const {
  return {"DROP SCHEMA IF EXISTS " + q(schema) + " CASCADE", {}, "drop schema " + schema};
}

Statement ModelSqlBase::test(const BuildTarget& t, const ModelTest& test,
                             const TestScope& written) const {
  return test_rows(t, test, written, 0);
}

Statement ModelSqlBase::test_sample(const BuildTarget& t, const ModelTest& test,
                                    const TestScope& written, int limit) const {
  Statement s = test_rows(t, test, written, limit);
  s.label = "sample of " + s.label;
  return s;
}

Statement ModelSqlBase::test_rows(const BuildTarget& t, const ModelTest& test,
                                  const TestScope& written, int limit) const {
  const Model& m = *t.model;
  std::string from = own_table(t) + " AS t";
  // a dimension's unknown member and inferred placeholders are starling's own rows
  std::string scope = m.kind == ModelKind::dimension
                          ? "t." + q(surrogate_key_of(m)) + " <> -1 AND NOT t.\"is_inferred\""
                          : (m.kind == ModelKind::date_dimension ? "t.\"date_key\" <> -1" : "true");
  Statement s;
  const WindowValues* window = written.window;
  if (test.kind == TestKind::unique) {
    // uniqueness is a property of the whole table
  } else if (window && m.incremental && m.incremental->time) {
    std::string time = "t." + q(*m.incremental->time);
    scope = time + " >= " + param(s.params, window->start, "timestamp") + " AND " + time + " < " +
            param(s.params, window->end, "timestamp");
    if (window->only) scope += " AND " + stored_grain_filter(t, *window->only, "t", joins_values());
  } else if (written.staged && m.kind != ModelKind::date_dimension) {
    // a dimension's natural keys in the stage; a fact's grains as stored, references resolved
    bool dim = m.kind == ModelKind::dimension;
    std::vector<std::string> on;
    for (const auto& c : dim ? m.key : unique_columns(m))
      on.push_back("x." + q(c) + " = t." + q(c));
    scope = (dim ? scope + " AND " : std::string()) + "EXISTS (SELECT 1 FROM " +
            (dim ? staged(t) : "(" + fact_select(t).sql + ")") + " AS x WHERE " +
            join(on, " AND ") + ")";
  }
  std::vector<std::string> cols =
      test.column ? split(*test.column, ',') : std::vector<std::string>{};
  // what a test reads of its failing rows: their count, or the first `limit` of them named by the
  // table's key and the columns tested (every column for an expression)
  std::vector<std::string> shown = prefixed(unique_columns(m), "t");
  for (const auto& c : prefixed(cols, "t"))
    if (std::find(shown.begin(), shown.end(), c) == shown.end()) shown.push_back(c);
  const std::string what =
      limit > 0 ? (test.kind == TestKind::expression ? "t.*" : join(shown, ", ")) : "count(*)";
  const std::string first =
      limit > 0 ? " ORDER BY " +
                      join(test.kind == TestKind::unique ? prefixed(cols, "t")
                                                         : prefixed(unique_columns(m), "t"),
                           ", ") +
                      " LIMIT " + std::to_string(limit)
                : "";
  switch (test.kind) {
    case TestKind::not_null: {
      std::vector<std::string> conds;
      for (const auto& c : cols) conds.push_back("t." + q(c) + " IS NULL");
      s.sql = "SELECT " + what + " FROM " + from + " WHERE " + scope + " AND (" +
              join(conds, " OR ") + ")" + first;
      s.label = "test not_null " + *test.column;
      break;
    }
    case TestKind::unique:
      if (limit > 0)
        s.sql = "SELECT " + join(prefixed(cols, "t"), ", ") + ", count(*) AS \"rows\" FROM " +
                from + " WHERE " + scope + " GROUP BY " + join(prefixed(cols, "t"), ", ") +
                " HAVING count(*) > 1" + first;
      else
        s.sql = "SELECT count(*) FROM (SELECT 1 FROM " + from + " WHERE " + scope + " GROUP BY " +
                join(prefixed(cols, "t"), ", ") + " HAVING count(*) > 1) AS d";
      s.label = "test unique " + *test.column;
      break;
    case TestKind::accepted_values: {
      std::vector<std::string> ps;
      for (const auto& v : test.values) ps.push_back(param(s.params, v, text_type()));
      std::string type;
      for (const auto& c : stored_columns(m, *t.project))
        if (c.name == cols[0]) type = c.type;
      s.sql = "SELECT " + what + " FROM " + from + " WHERE " + scope + " AND t." + q(cols[0]) +
              " IS NOT NULL AND " + text_of("t." + q(cols[0]), type) + " NOT IN (" +
              join(ps, ", ") + ")" + first;
      s.label = "test accepted_values " + *test.column;
      break;
    }
    case TestKind::relationships:
      s.sql = "SELECT " + what + " FROM " + from + " WHERE " + scope + " AND t." + q(cols[0]) +
              " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + table_of(t, *test.to) +
              " AS o WHERE o." + q(*test.field) + " = t." + q(cols[0]) + ")" + first;
      s.label = "test relationships " + *test.column + " -> " + *test.to;
      break;
    case TestKind::expression:
      s.sql = "SELECT " + what + " FROM " + from + " WHERE " + scope + " AND (" + *test.expression +
              ") IS NOT TRUE" + first;
      s.label = "test expression " + *test.expression;
      break;
  }
  return s;
}

Statement ModelSqlBase::source_high_water(const Source& s, const SourceTable& t) const {
  auto la = loaded_at_of(s, t);
  return {"SELECT to_char(max(" + q(*la) + "), 'YYYY-MM-DD HH24:MI:SS.US') FROM " + q(s.schema) +
              "." + q(t.name),
          {},
          "high water of " + s.name + "." + t.name,
          Statement::Kind::read_state};
}

Statement ModelSqlBase::late_periods(const Source& s, const SourceTable& t, const std::string& time,
                                     Period p, const std::string& since) const {
  auto la = loaded_at_of(s, t);
  return {"SELECT DISTINCT to_char(date_trunc('" + std::string(to_string(p)) + "', " + q(time) +
              "), 'YYYY-MM-DD HH24:MI:SS') FROM " + q(s.schema) + "." + q(t.name) + " WHERE " +
              q(*la) + " >= $1::timestamp",
          {since},
          "late periods from " + s.name + "." + t.name,
          Statement::Kind::read_state};
}

Statement ModelSqlBase::changed_grains(const Source& s, const SourceTable& t,
                                       const std::optional<std::string>& time, Period p,
                                       const std::string& since,
                                       const std::vector<std::string>& columns,
                                       size_t limit) const {
  auto la = loaded_at_of(s, t);
  std::vector<std::string> cols;
  if (time)
    cols.push_back("to_char(date_trunc('" + std::string(to_string(p)) + "', " + q(*time) +
                   "), 'YYYY-MM-DD HH24:MI:SS')");
  for (const auto& c : columns) cols.push_back(read_as_text(q(c)));
  return {"SELECT DISTINCT " + join(cols, ", ") + " FROM " + q(s.schema) + "." + q(t.name) +
              " WHERE " + q(*la) + " >= $1::timestamp LIMIT " + std::to_string(limit),
          {since},
          "changed grains from " + s.name + "." + t.name,
          Statement::Kind::read_state};
}

}  // namespace starling

namespace starling {

Statement ModelSqlBase::touched_grains(const BuildTarget& t, const WindowValues& w,
                                       const std::vector<std::string>& columns, bool with_period,
                                       size_t limit) const {
  const Model& m = *t.model;
  Statement s;
  s.label = "grains touched by changes read by " + m.name;
  s.kind = Statement::Kind::read_state;
  const std::string sql = query(t, w, s.params);
  std::vector<std::string> cols;
  if (with_period)
    cols.push_back("to_char(date_trunc('" + std::string(to_string(m.incremental->period)) + "', " +
                   output_expr(m, *m.incremental->time) + "), 'YYYY-MM-DD HH24:MI:SS')");
  for (const auto& c : columns) cols.push_back(read_as_text(output_expr(m, c)));
  s.sql = "SELECT DISTINCT " + join(cols, ", ") + " FROM (" + sql + ") AS src LIMIT " +
          std::to_string(limit);
  return s;
}

}  // namespace starling
