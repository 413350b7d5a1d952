// The merge of a versions dimension (history: versions, SPEC §3.1; how it fits together:
// docs/architecture.md, "Versions"), one text for both dialects. A build merges the staged rows of
// the members it read (a change log, or each member's row as it is now) with the versions the
// table has, in one set-based plan: every point in time (a version's start, a staged row's
// valid_from) of those members in order, the staged row winning where both start at once; a
// staged row whose version columns equal the previous point's opens nothing; each version ends
// where the next kept one starts. The table's versions are never deleted: a backdated row splits
// the one it falls in.
//
// Written in SQL both dialects run: window functions with explicit frames where they aggregate
// over an ORDER BY (Redshift requires one), no WINDOW clause, no bool_or over a window, booleans
// ordered through CASE. What differs is the dialects' hooks: the temporary tables' options, the
// UPDATE's target, the null-safe comparison and the new versions' surrogate keys.
#include <algorithm>

#include "project/shape.hpp"
#include "sql/model_sql_base.hpp"
#include "sql/model_sql_parts.hpp"
#include "util/strings.hpp"

namespace starling {

using namespace model_sql_parts;

namespace {

struct VersionColumns {
  std::vector<std::string> key, version, overwrite, keep;  // column names
};

VersionColumns version_columns(const Model& m) {
  VersionColumns v;
  v.key = m.key;
  for (const auto& c : m.columns) {
    if (std::find(m.key.begin(), m.key.end(), c.name) != m.key.end()) continue;
    if (c.on_change == OnChange::version)
      v.version.push_back(c.name);
    else if (c.on_change == OnChange::keep)
      v.keep.push_back(c.name);
    else
      v.overwrite.push_back(c.name);
  }
  return v;
}

std::vector<std::string> quoted(const std::vector<std::string>& cols) {
  std::vector<std::string> out;
  for (const auto& c : cols) out.push_back(q(c));
  return out;
}

// "p.c AS x_c" for each column
std::vector<std::string> renamed(const std::vector<std::string>& cols, const std::string& alias,
                                 const std::string& prefix) {
  std::vector<std::string> out;
  for (const auto& c : cols) out.push_back(alias + "." + q(c) + " AS " + q(prefix + c));
  return out;
}

std::vector<std::string> with_prefix(const std::vector<std::string>& cols,
                                     const std::string& prefix) {
  std::vector<std::string> out;
  for (const auto& c : cols) out.push_back(q(prefix + c));
  return out;
}

std::vector<std::string> concat(std::initializer_list<std::vector<std::string>> parts) {
  std::vector<std::string> out;
  for (const auto& p : parts) out.insert(out.end(), p.begin(), p.end());
  return out;
}

// ", a, b" for a non-empty list, else nothing
std::string more(const std::vector<std::string>& xs) {
  return xs.empty() ? std::string() : ", " + join(xs, ", ");
}

std::string far_future() {
  return std::string("'") + k_far_future + "'::timestamptz";
}

const char* const k_every_row = " ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING";
const char* const k_so_far = " ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW";

// The names and pieces every step of one dimension's plan uses.
struct Plan {
  const Model& m;
  VersionColumns v;
  std::string sk, vf, vt, cur, k0;
  std::vector<std::string> key, version;
  std::string by_key;   // PARTITION BY the natural key
  std::string in_time;  // … ORDER BY valid_from: each member's points in time
  explicit Plan(const Model& model)
      : m(model),
        v(version_columns(model)),
        sk(q(surrogate_key_of(model))),
        vf(q(k_valid_from)),
        vt(q(k_valid_to)),
        cur(q(k_is_current)),
        k0(q(model.key[0])),
        key(quoted(v.key)),
        version(quoted(v.version)),
        by_key("PARTITION BY " + join(key, ", ")),
        in_time("(" + by_key + " ORDER BY " + vf + ")") {}
};

// s: the staged rows, each member's newest numbered 1; e: the versions the table has of the staged
// members, and where the next one starts.
std::vector<std::string> read_steps(const Plan& p, const BuildTarget& t) {
  const auto& v = p.v;
  std::string s = "s AS (SELECT st.*, row_number() OVER (" + p.by_key + " ORDER BY " + p.vf +
                  " DESC) AS _newest FROM " + staged(t) + " AS st)";
  std::string e = "e AS (SELECT " +
                  join(concat({prefixed(v.key, "d"),
                               {"d." + p.vf, "d." + p.sk + " AS _sk", "d." + p.vt + " AS _old_to",
                                "d.\"is_inferred\" AS _was_inferred"},
                               renamed(v.version, "d", "_e_"),
                               renamed(v.overwrite, "d", "_e_"),
                               renamed(v.keep, "d", "_e_")}),
                       ", ") +
                  ", lead(d." + p.vf + ") OVER (PARTITION BY " + join(prefixed(v.key, "d"), ", ") +
                  " ORDER BY d." + p.vf + ") AS _next FROM " + own_table(t) + " AS d WHERE d." +
                  p.sk + " <> -1 AND EXISTS (SELECT 1 FROM " + staged(t) + " AS x WHERE " +
                  equal_on(p.m.key, "x", "d") + "))";
  return {s, e};
}

// c, s2: a member once deleted (a version closed with a gap after it): its history before the
// close is what was seen; a staged row from before it opens nothing, but its newest row, when that
// is from before, stands just after the close (a member that returns with its old rows: the
// microsecond it was gone keeps the close visible to later runs, which find the row there).
std::vector<std::string> closed_steps(const Plan& p) {
  const auto& v = p.v;
  std::string c = "c AS (SELECT " + join(p.key, ", ") + ", max(CASE WHEN _old_to < coalesce(" +
                  "_next, " + far_future() + ") THEN _old_to END) AS _closed_at FROM e GROUP BY " +
                  join(p.key, ", ") + ")";
  std::string s2 =
      "s2 AS (SELECT " + join(prefixed(v.key, "s"), ", ") +
      ", CASE WHEN s._newest = 1 AND c._closed_at > s." + p.vf +
      " THEN c._closed_at + interval '1 microsecond' ELSE s." + p.vf + " END AS " + p.vf +
      ", s._newest" + more(prefixed(v.version, "s")) + more(renamed(v.overwrite, "s", "_s_")) +
      more(renamed(v.keep, "s", "_s_")) + " FROM s LEFT JOIN c ON " + equal_on(p.m.key, "s", "c") +
      " WHERE s._newest = 1 OR c._closed_at IS NULL OR s." + p.vf + " >= c._closed_at)";
  return {c, s2};
}

// pts: every point of time, a version of the table, a staged row, or both; g: the region of each
// point (the table's version it falls in).
std::vector<std::string> point_steps(const Plan& p) {
  const auto& v = p.v;
  std::vector<std::string> cols;
  for (const auto& k : p.key) cols.push_back("coalesce(x." + k + ", e." + k + ") AS " + k);
  cols.push_back("coalesce(x." + p.vf + ", e." + p.vf + ") AS " + p.vf);
  cols.insert(cols.end(),
              {"e._sk", "e._old_to", "e._was_inferred", "x." + p.k0 + " IS NOT NULL AS _staged",
               "x._newest",
               "CASE WHEN x." + p.k0 + " IS NULL THEN e._was_inferred ELSE false END AS _inferred",
               // a version that ended before the next began: a gap, in which the member was gone
               "CASE WHEN e._old_to < coalesce(e._next, " + far_future() +
                   ") THEN e._old_to END AS _gap_end"});
  for (const auto& c : v.version)
    cols.push_back("CASE WHEN x." + p.k0 + " IS NOT NULL THEN x." + q(c) + " ELSE e." +
                   q("_e_" + c) + " END AS " + q(c));
  for (const auto& c : concat({v.overwrite, v.keep})) {
    cols.push_back("x." + q("_s_" + c));
    cols.push_back("e." + q("_e_" + c));
  }
  std::string pts = "pts AS (SELECT " + join(cols, ", ") + " FROM e FULL JOIN s2 AS x ON " +
                    equal_on(p.m.key, "x", "e") + " AND x." + p.vf + " = e." + p.vf + ")";
  std::string g = "g AS (SELECT pts.*, count(_sk) OVER (" + p.by_key + " ORDER BY " + p.vf +
                  k_so_far + ") AS _grp FROM pts)";
  return {pts, g};
}

// r: what each point's member has as a whole: where the point's region ends (its version's gap),
// whether a real version is there, and the values the keep and overwrite columns take from it.
std::string member_step(const Plan& p) {
  const std::string real = "CASE WHEN _sk IS NOT NULL AND NOT _was_inferred THEN 0 ELSE 1 END";
  const std::string staged_first = "CASE WHEN _staged THEN 0 ELSE 1 END";
  auto first = [&](const std::string& col, const std::string& order, const std::string& as) {
    return "first_value(" + q(col) + ") OVER (" + p.by_key + " ORDER BY " + order + k_every_row +
           ") AS " + q(as);
  };
  std::vector<std::string> cols{
      "max(_gap_end) OVER (" + p.by_key + ", _grp) AS _region_end",
      "max(CASE WHEN _sk IS NOT NULL AND NOT _was_inferred THEN 1 ELSE 0 END) OVER (" + p.by_key +
          ") = 1 AS _has_real"};
  for (const auto& c : p.v.keep) {
    // keep: the member's first real version's value, else its oldest staged row's
    cols.push_back(first("_e_" + c, real + ", " + p.vf, "_first_" + c));
    cols.push_back(first("_s_" + c, staged_first + ", " + p.vf, "_oldest_" + c));
  }
  for (const auto& c : p.v.overwrite)
    cols.push_back(first("_s_" + c, staged_first + ", _newest", "_newest_" + c));
  return "r AS (SELECT g.*, " + join(cols, ", ") + " FROM g)";
}

// mk, k: the points kept: the table's versions, each member's first point, and the points where a
// version column changes, the previous point was inferred, or the member returns after a gap.
std::vector<std::string> kept_steps(const Plan& p, const ModelSqlBase& sql) {
  const std::string w = " OVER " + p.in_time;
  std::vector<std::string> lags;
  for (const auto& c : p.v.version)
    lags.push_back("lag(" + q(c) + ")" + w + " AS " + q("_prev_" + c));
  lags.insert(lags.end(),
              {"lag(_inferred)" + w + " AS _prev_inferred",
               "lag(" + p.vf + ")" + w + " AS _prev_from", "row_number()" + w + " AS _n"});
  std::string mk = "mk AS (SELECT r.*, " + join(lags, ", ") + " FROM r)";
  std::string change = p.v.version.empty()
                           ? "false"
                           : sql.rows_differ(p.version, with_prefix(p.v.version, "_prev_"));
  std::string k = "k AS (SELECT * FROM mk WHERE _sk IS NOT NULL OR _n = 1 OR _prev_inferred OR " +
                  change + " OR (_region_end IS NOT NULL AND " + p.vf +
                  " >= _region_end AND _prev_from < _region_end))";
  return {mk, k};
}

// ab, mv, f: a staged point just before a real version of equal version columns opens none: that
// version starts earlier (so the versions are what the points give from scratch); each kept point
// ends where the next one starts.
std::vector<std::string> moved_steps(const Plan& p, const ModelSqlBase& sql) {
  const std::string w = " OVER " + p.in_time;
  std::vector<std::string> next_version;
  for (const auto& c : p.version) next_version.push_back("lead(" + c + ")" + w);
  std::string ab = "ab AS (SELECT k.*, (_sk IS NULL AND lead(_sk)" + w +
                   " IS NOT NULL AND NOT lead(_inferred)" + w +
                   (p.v.version.empty() ? std::string()
                                        : " AND NOT " + sql.rows_differ(p.version, next_version)) +
                   ") AS _absorbed FROM k)";
  std::string mv = "mv AS (SELECT ab.*, CASE WHEN lag(_absorbed)" + w + " THEN lag(" + p.vf + ")" +
                   w + " ELSE " + p.vf + " END AS _from FROM ab)";
  std::string f = "f AS (SELECT mv.*, lead(_from) OVER (" + p.by_key +
                  " ORDER BY _from) AS _next_from FROM mv WHERE NOT _absorbed)";
  return {ab, mv, f};
}

// The plan's columns: each version's natural key, interval, surrogate key (NULL for a new one),
// old end, flags and the values it is written with.
std::vector<std::string> plan_columns(const Plan& p) {
  const auto& v = p.v;
  std::vector<std::string> out = p.key;
  out.insert(out.end(), {"_from AS " + p.vf, "_sk", "_old_to", "_inferred"});
  const std::string to = std::string("CASE WHEN _region_end IS NOT NULL AND _from") +
                         " < _region_end THEN least(coalesce(_next_from, _region_end), "
                         "_region_end) ELSE coalesce(_next_from, " +
                         far_future() + ") END";
  const std::string current = "(" + to + ") = " + far_future();
  out.push_back(to + " AS " + p.vt);
  out.push_back(current + " AS " + p.cur);
  out.insert(out.end(), p.version.begin(), p.version.end());
  const bool every = p.m.overwrite_in == OverwriteIn::every_version;
  for (const auto& c : v.overwrite) {
    const std::string newest = q("_newest_" + c), own_s = q("_s_" + c), own_e = q("_e_" + c);
    // an inferred placeholder keeps its own (NULL) values
    if (every)
      out.push_back("CASE WHEN _inferred THEN " + own_e + " ELSE " + newest + " END AS " + q(c));
    else
      out.push_back("CASE WHEN _inferred THEN " + own_e + " WHEN " + current + " THEN " + newest +
                    " WHEN _staged THEN " + own_s + " ELSE " + own_e + " END AS " + q(c));
  }
  for (const auto& c : v.keep)
    out.push_back("CASE WHEN _inferred THEN " + q("_e_" + c) +
                  " WHEN _sk IS NOT NULL AND NOT _was_inferred THEN " + q("_e_" + c) +
                  " WHEN _has_real THEN " + q("_first_" + c) + " ELSE " + q("_oldest_" + c) +
                  " END AS " + q(c));
  return out;
}

}  // namespace

std::string ModelSqlBase::versions_temp(const Model& m, const std::string& prefix) {
  return q((prefix + m.name).substr(0, 63));
}

std::pair<Statement, Statement> ModelSqlBase::versions_write(const BuildTarget& t,
                                                             const std::string& plan) const {
  const Plan p(*t.model);
  const Model& m = p.m;
  const std::string d = target_ref(t, "d");
  std::vector<std::string> written =
      concat({{p.vt, p.cur}, p.version, quoted(p.v.overwrite), quoted(p.v.keep)});
  std::vector<std::string> sets{"\"is_inferred\" = p._inferred", p.vf + " = p." + p.vf},
      mine{d + ".\"is_inferred\"", d + "." + p.vf}, theirs{"p._inferred", "p." + p.vf};
  for (const auto& c : written) {
    sets.push_back(c + " = p." + c);
    mine.push_back(d + "." + c);
    theirs.push_back("p." + c);
  }
  Statement update{"UPDATE " + own_table(t) + target_as("d") + " SET " + join(sets, ", ") +
                       " FROM " + plan + " AS p WHERE p._sk IS NOT NULL AND " + d + "." + p.sk +
                       " = p._sk AND " + differs(mine, theirs),
                   {},
                   "update the versions of " + m.name};
  update.tally = Statement::Tally::updated;

  std::vector<std::string> inserted = concat({p.key, {p.vf}, written});
  Statement insert{"INSERT INTO " + own_table(t) + " (" + new_keys_column(m) +
                       join(inserted, ", ") + ", \"is_inferred\") SELECT " +
                       new_keys(t, m, concat({p.key, {p.vf}})) + join(inserted, ", ") +
                       ", _inferred FROM " + plan + " WHERE _sk IS NULL",
                   {},
                   "insert the new versions of " + m.name};
  insert.tally = Statement::Tally::inserted;
  return {update, insert};
}

std::vector<Statement> ModelSqlBase::versions_merge(const BuildTarget& t) const {
  const Plan p(*t.model);
  const Model& m = p.m;
  const std::string plan = versions_temp(m, "_plan_"), shrunk = versions_temp(m, "_shrunk_");
  std::vector<std::string> steps = read_steps(p, t);
  for (const auto& more_steps :
       {closed_steps(p), point_steps(p), std::vector<std::string>{member_step(p)},
        kept_steps(p, *this), moved_steps(p, *this)})
    steps.insert(steps.end(), more_steps.begin(), more_steps.end());
  Statement make_plan{"CREATE TEMP TABLE " + plan + stage_options() + " AS WITH " +
                          join(steps, ", ") + " SELECT " + join(plan_columns(p), ", ") + " FROM f",
                      {},
                      "plan the versions of " + m.name};

  // the versions that end earlier than they did: facts pointing at them may need another
  Statement make_shrunk{"CREATE TEMP TABLE " + shrunk + stage_options() +
                            " AS SELECT _sk AS sk FROM " + plan + " WHERE _sk IS NOT NULL AND " +
                            p.vt + " < _old_to",
                        {},
                        "versions of " + m.name + " that end earlier"};

  auto [update, insert] = versions_write(t, plan);
  return {{"DROP TABLE IF EXISTS " + plan + ", " + shrunk, {}, "drop the plan of " + m.name},
          make_plan,
          make_shrunk,
          update,
          insert};
}

Statement ModelSqlBase::infer_versions(const BuildTarget& t, const Reference& ref,
                                       const Model& dim) const {
  // a member with no version, or an event before its first: an inferred version from the far
  // past to its first (or for ever); an event in a gap (the member was gone) is unknown
  const std::string dk = q(dim.key[0]);
  const std::string table = table_of(t, dim.name), vf = q(k_valid_from), vt = q(k_valid_to);
  const std::string past = std::string("'") + k_far_past + "'::timestamptz", future = far_future();
  return {
      "INSERT INTO " + table + " (" + new_keys_column(dim) + dk + ", \"is_inferred\", " + vf +
          ", " + vt + ", " + q(k_is_current) + ") SELECT " + new_keys(t, dim, {"n.k"}) +
          "n.k, true, " + past + ", coalesce(n.first, " + future +
          "), n.first IS NULL FROM (SELECT m.k, m.earliest, (SELECT min(d." + vf + ") FROM " +
          table + " AS d WHERE d." + dk + " = m.k) AS first FROM (SELECT s." + q(ref.key) +
          " AS k, min(s.\"_as_of\") AS earliest FROM " + staged_as_of(t, ref) + " WHERE s." +
          q(ref.key) + " IS NOT NULL AND s.\"_as_of\" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " +
          table + " AS d WHERE d." + dk + " = s." + q(ref.key) + " AND " +
          holds("d", "s.\"_as_of\"") + ") GROUP BY s." + q(ref.key) +
          ") AS m) AS n WHERE n.first IS NULL OR (n.earliest < n.first AND n.first > " + past + ")",
      {},
      "infer members of " + dim.name};
}

}  // namespace starling
