// PostgreSQL's statements of a versions dimension (history: versions, SPEC §3.1; how they fit
// together: docs/architecture.md, "Versions"). A build merges the staged rows of the members it
// read (a change log, or each member's row as it is now) with the versions the table has, in one
// set-based plan: every point in time (a version's start, a staged row's valid_from) of those
// members in order, the staged row winning where both start at once; a staged row whose version
// columns equal the previous point's opens nothing; each version ends where the next kept one
// starts. The table's versions are never deleted: a backdated row splits the one it falls in.
#include <algorithm>

#include "project/shape.hpp"
#include "sql/model_sql_parts.hpp"
#include "sql/postgres/model_sql.hpp"
#include "util/strings.hpp"

namespace starling {

using namespace model_sql_parts;

namespace {

std::string temp_named(const Model& m, const std::string& prefix) {
  return q((prefix + m.name).substr(0, 63));
}

struct VersionColumns {
  std::vector<std::string> key, version, overwrite, keep;  // column names
};

std::vector<std::string> quoted(const std::vector<std::string>& cols) {
  std::vector<std::string> out;
  for (const auto& c : cols) out.push_back(q(c));
  return out;
}

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

std::string far_future() {
  return std::string("'") + k_far_future + "'::timestamptz";
}

}  // namespace

std::vector<Statement> PostgresModelSql::versions_merge(const BuildTarget& t) const {
  const Model& m = *t.model;
  const VersionColumns v = version_columns(m);
  const std::string sk = q(surrogate_key_of(m)), vf = q(k_valid_from), vt = q(k_valid_to),
                    cur = q(k_is_current);
  const std::vector<std::string> key = quoted(v.key), version = quoted(v.version);
  const std::string by_key = "PARTITION BY " + join(key, ", ");
  const std::string plan = temp_named(m, "_plan_"), shrunk = temp_named(m, "_shrunk_");
  auto cols = [](std::initializer_list<std::vector<std::string>> parts) {
    std::vector<std::string> out;
    for (const auto& p : parts) out.insert(out.end(), p.begin(), p.end());
    return out;
  };
  const std::string k0 = q(v.key[0]);

  // the staged rows, newest and oldest of each member numbered
  std::string s = "s AS (SELECT st.*, row_number() OVER (" + by_key + " ORDER BY " + vf +
                  " DESC) AS _newest FROM " + staged(t) + " AS st)";
  // the versions the table has of the staged members, and where the next one starts
  std::string e = "e AS (SELECT " +
                  join(cols({prefixed(v.key, "d"),
                             {"d." + vf, "d." + sk + " AS _sk", "d." + vt + " AS _old_to",
                              "d.\"is_inferred\" AS _was_inferred"},
                             renamed(v.version, "d", "_e_"),
                             renamed(v.overwrite, "d", "_e_"),
                             renamed(v.keep, "d", "_e_")}),
                       ", ") +
                  ", lead(d." + vf + ") OVER (PARTITION BY " + join(prefixed(v.key, "d"), ", ") +
                  " ORDER BY d." + vf + ") AS _next FROM " + own_table(t) + " AS d WHERE d." + sk +
                  " <> -1 AND EXISTS (SELECT 1 FROM " + staged(t) + " AS x WHERE " +
                  equal_on(m.key, "x", "d") + "))";
  // a member once deleted (a version closed with a gap after it): its history before the close
  // is what was seen; a staged row from before it opens nothing, but its newest row, when that
  // is from before, stands just after the close (a member that returns with its old rows: the
  // microsecond it was gone keeps the close visible to later runs, which find the row there)
  std::string closed = "c AS (SELECT " + join(key, ", ") + ", max(CASE WHEN _old_to < coalesce(" +
                       "_next, " + far_future() + ") THEN _old_to END) AS _closed_at FROM e " +
                       "GROUP BY " + join(key, ", ") + ")";
  std::string s2 =
      "s2 AS (SELECT " + join(prefixed(v.key, "s"), ", ") +
      ", CASE WHEN s._newest = 1 AND c._closed_at > s." + vf +
      " THEN c._closed_at + interval '1 microsecond' ELSE s." + vf + " END AS " + vf +
      ", s._newest" + (v.version.empty() ? "" : ", " + join(prefixed(v.version, "s"), ", ")) +
      (v.overwrite.empty() ? "" : ", " + join(renamed(v.overwrite, "s", "_s_"), ", ")) +
      (v.keep.empty() ? "" : ", " + join(renamed(v.keep, "s", "_s_"), ", ")) +
      " FROM s LEFT JOIN c ON " + equal_on(m.key, "s", "c") +
      " WHERE s._newest = 1 OR c._closed_at "
      "IS NULL OR s." +
      vf + " >= c._closed_at)";
  // every point of time: a version of the table, a staged row, or both
  std::vector<std::string> pts_cols;
  for (const auto& k : key) pts_cols.push_back("coalesce(x." + k + ", e." + k + ") AS " + k);
  pts_cols.push_back("coalesce(x." + vf + ", e." + vf + ") AS " + vf);
  pts_cols.insert(
      pts_cols.end(),
      {"e._sk", "e._old_to", "e._was_inferred", "x." + k0 + " IS NOT NULL AS _staged", "x._newest",
       "CASE WHEN x." + k0 + " IS NULL THEN e._was_inferred ELSE false END AS _inferred",
       // a version that ended before the next began: a gap, in which
       // the member was gone
       "CASE WHEN e._old_to < coalesce(e._next, " + far_future() +
           ") THEN e._old_to END AS _gap_end"});
  for (const auto& c : v.version)
    pts_cols.push_back("CASE WHEN x." + k0 + " IS NOT NULL THEN x." + q(c) + " ELSE e." +
                       q("_e_" + c) + " END AS " + q(c));
  for (const auto& c : cols({v.overwrite, v.keep})) {
    pts_cols.push_back("x." + q("_s_" + c));
    pts_cols.push_back("e." + q("_e_" + c));
  }
  std::string pts = "pts AS (SELECT " + join(pts_cols, ", ") + " FROM e FULL JOIN s2 AS x ON " +
                    equal_on(m.key, "x", "e") + " AND x." + vf + " = e." + vf + ")";
  // the region of each point: the table's version it falls in, and that version's gap
  std::string grp =
      "g AS (SELECT pts.*, count(_sk) OVER (" + by_key + " ORDER BY " + vf + ") AS _grp FROM pts)";
  std::vector<std::string> member_cols{
      "max(_gap_end) OVER (" + by_key + ", _grp) AS _region_end",
      "bool_or(_sk IS NOT NULL AND NOT _was_inferred) OVER (" + by_key + ") AS _has_real"};
  for (const auto& c : v.keep) {
    // keep: the member's first real version's value, else its oldest staged row's
    member_cols.push_back("first_value(" + q("_e_" + c) + ") OVER (" + by_key +
                          " ORDER BY (_sk IS NOT NULL AND NOT _was_inferred) DESC, " + vf +
                          ") AS " + q("_first_" + c));
    member_cols.push_back("first_value(" + q("_s_" + c) + ") OVER (" + by_key +
                          " ORDER BY _staged DESC, " + vf + ") AS " + q("_oldest_" + c));
  }
  for (const auto& c : v.overwrite)
    member_cols.push_back("first_value(" + q("_s_" + c) + ") OVER (" + by_key +
                          " ORDER BY _staged DESC, _newest) AS " + q("_newest_" + c));
  std::string reg = "r AS (SELECT g.*, " + join(member_cols, ", ") + " FROM g)";
  std::vector<std::string> lags;
  for (const auto& c : v.version) lags.push_back("lag(" + q(c) + ") OVER w AS " + q("_prev_" + c));
  std::string marked = "mk AS (SELECT r.*, " +
                       (lags.empty() ? std::string() : join(lags, ", ") + ", ") +
                       "lag(_inferred) OVER w AS _prev_inferred, lag(" + vf +
                       ") OVER w AS _prev_from, row_number() OVER w AS _n FROM r WINDOW w AS (" +
                       by_key + " ORDER BY " + vf + "))";
  // kept: the table's versions, each member's first point, and the points where a version
  // column changes, the previous point was inferred, or the member returns after a gap
  std::string change =
      v.version.empty() ? "false" : differs(version, with_prefix(v.version, "_prev_"));
  std::string kept =
      "k AS (SELECT * FROM mk WHERE _sk IS NOT NULL OR _n = 1 OR _prev_inferred OR " + change +
      " OR (_region_end IS NOT NULL AND " + vf + " >= _region_end AND _prev_from < _region_end))";
  // a staged point just before a real version of equal version columns does not open one: that
  // version starts earlier (so the versions are what the points give from scratch)
  std::vector<std::string> next_version;
  for (const auto& c : version) next_version.push_back("lead(" + c + ") OVER w");
  std::string absorbed =
      "ab AS (SELECT k.*, (_sk IS NULL AND lead(_sk) OVER w IS NOT NULL AND NOT lead(_inferred) "
      "OVER w" +
      (v.version.empty() ? std::string() : " AND NOT " + differs(version, next_version)) +
      ") AS _absorbed FROM k WINDOW w AS (" + by_key + " ORDER BY " + vf + "))";
  std::string moved = "mv AS (SELECT ab.*, CASE WHEN lag(_absorbed) OVER w THEN lag(" + vf +
                      ") OVER w ELSE " + vf + " END AS _from FROM ab WINDOW w AS (" + by_key +
                      " ORDER BY " + vf + "))";
  std::string ends = "f AS (SELECT mv.*, lead(_from) OVER (" + by_key +
                     " ORDER BY _from) AS _next_from FROM mv WHERE NOT _absorbed)";
  std::vector<std::string> out_cols = key;
  out_cols.insert(out_cols.end(), {"_from AS " + vf, "_sk", "_old_to", "_inferred"});
  const std::string to = std::string("CASE WHEN _region_end IS NOT NULL AND _from") +
                         " < _region_end THEN least(coalesce(_next_from, _region_end), "
                         "_region_end) ELSE coalesce(_next_from, " +
                         far_future() + ") END";
  out_cols.push_back(to + " AS " + vt);
  out_cols.push_back("(" + to + ") = " + far_future() + " AS " + cur);
  out_cols.insert(out_cols.end(), version.begin(), version.end());
  const bool every = m.overwrite_in == OverwriteIn::every_version;
  for (const auto& c : v.overwrite) {
    const std::string n = c;
    const std::string newest = q("_newest_" + n), own_s = q("_s_" + n), own_e = q("_e_" + n);
    // an inferred placeholder keeps its own (NULL) values
    if (every)
      out_cols.push_back("CASE WHEN _inferred THEN " + own_e + " ELSE " + newest + " END AS " +
                         q(c));
    else
      out_cols.push_back("CASE WHEN _inferred THEN " + own_e + " WHEN (" + to +
                         ") = " + far_future() + " THEN " + newest + " WHEN _staged THEN " + own_s +
                         " ELSE " + own_e + " END AS " + q(c));
  }
  for (const auto& c : v.keep) {
    const std::string n = c;
    out_cols.push_back("CASE WHEN _inferred THEN " + q("_e_" + n) +
                       " WHEN _sk IS NOT NULL AND NOT _was_inferred THEN " + q("_e_" + n) +
                       " WHEN _has_real THEN " + q("_first_" + n) + " ELSE " + q("_oldest_" + n) +
                       " END AS " + q(c));
  }
  Statement make_plan{"CREATE TEMP TABLE " + plan + " ON COMMIT DROP AS WITH " +
                          join(std::vector<std::string>{s, e, closed, s2, pts, grp, reg, marked,
                                                        kept, absorbed, moved, ends},
                               ", ") +
                          " SELECT " + join(out_cols, ", ") + " FROM f",
                      {},
                      "plan the versions of " + m.name};

  // the versions that end earlier than they did: facts pointing at them may need another
  Statement make_shrunk{"CREATE TEMP TABLE " + shrunk +
                            " ON COMMIT DROP AS SELECT _sk AS sk FROM " + plan +
                            " WHERE _sk IS NOT NULL AND " + vt + " < _old_to",
                        {},
                        "versions of " + m.name + " that end earlier"};

  std::vector<std::string> written =
      cols({{vt, cur}, version, quoted(v.overwrite), quoted(v.keep)});
  std::vector<std::string> sets{"\"is_inferred\" = p._inferred", vf + " = p." + vf},
      mine{"d.\"is_inferred\"", "d." + vf}, theirs{"p._inferred", "p." + vf};
  for (const auto& c : written) {
    sets.push_back(c + " = p." + c);
    mine.push_back("d." + c);
    theirs.push_back("p." + c);
  }
  Statement update{"UPDATE " + own_table(t) + " AS d SET " + join(sets, ", ") + " FROM " + plan +
                       " AS p WHERE p._sk IS NOT NULL AND d." + sk + " = p._sk AND " +
                       differs(mine, theirs),
                   {},
                   "update the versions of " + m.name};
  update.tally = Statement::Tally::updated;

  std::vector<std::string> inserted = cols({key, {vf}, written});
  Statement insert{"INSERT INTO " + own_table(t) + " (" + join(inserted, ", ") +
                       ", \"is_inferred\") SELECT " + join(inserted, ", ") + ", _inferred FROM " +
                       plan + " WHERE _sk IS NULL",
                   {},
                   "insert the new versions of " + m.name};
  insert.tally = Statement::Tally::inserted;
  return {{"DROP TABLE IF EXISTS " + plan + ", " + shrunk, {}, "drop the plan of " + m.name},
          make_plan,
          make_shrunk,
          update,
          insert};
}

Statement PostgresModelSql::versions_close(const BuildTarget& t, const GrainFilter* only) const {
  const Model& m = *t.model;
  const std::string sk = q(surrogate_key_of(m)), vf = q(k_valid_from), vt = q(k_valid_to),
                    cur = q(k_is_current);
  std::string scope = only ? " AND " + in_keys(prefixed(m.key, "d"), only->keys) : "";
  Statement s{"WITH c AS (UPDATE " + own_table(t) + " AS d SET " + vt + " = greatest(now(), d." +
                  vf + " + interval '1 microsecond'), " + cur + " = false WHERE d." + cur +
                  " AND NOT d.\"is_inferred\" AND d." + sk + " <> -1" + scope +
                  " AND NOT EXISTS (SELECT 1 FROM " + staged(t) + " AS s WHERE " +
                  equal_on(m.key, "s", "d") + ") RETURNING d." + sk + ") INSERT INTO " +
                  temp_named(m, "_shrunk_") + " SELECT " + sk + " FROM c",
              {},
              "close the versions of " + m.name + " whose rows are gone"};
  s.tally = Statement::Tally::updated;
  return s;
}

Statement PostgresModelSql::versions_repoint(const BuildTarget& t, const Model& fact,
                                             const Reference& ref) const {
  const Model& m = *t.model;
  const std::string sk = q(surrogate_key_of(m)), vf = q(k_valid_from), vt = q(k_valid_to);
  const std::string col = q(ref.column), at = "f." + q(*ref.as_of), k = q(m.key[0]);
  return {"UPDATE " + table_of(t, fact.name) + " AS f SET " + col + " = coalesce((SELECT n." + sk +
              " FROM " + own_table(t) + " AS n WHERE n." + k + " = o." + k + " AND " + at +
              " >= n." + vf + " AND " + at + " < n." + vt + "), -1) FROM " + own_table(t) +
              " AS o WHERE f." + col + " = o." + sk + " AND o." + sk + " IN (SELECT sk FROM " +
              temp_named(m, "_shrunk_") + ") AND NOT (" + at + " >= o." + vf + " AND " + at +
              " < o." + vt + ")",
          {},
          "re-point " + fact.name + "." + ref.column + " at the versions of " + m.name};
}

}  // namespace starling
