// Redshift's own statements of a versions dimension (history: versions, SPEC §3.1, §7): the close
// of the members whose rows are gone and the facts' re-pointing. The merge is both dialects'
// (src/sql/versions_sql.cpp). No RETURNING: the versions the close ends are recorded first, then
// closed, by the same condition in the same transaction; GETDATE() for the clock (now() runs on
// the leader node only); the UPDATE's target is not aliased.
#include "project/shape.hpp"
#include "sql/model_sql_parts.hpp"
#include "sql/redshift/model_sql.hpp"
#include "util/strings.hpp"

namespace starling {

using namespace model_sql_parts;

Statement RedshiftModelSql::versions_close(const BuildTarget& t, const GrainFilter* only) const {
  const Model& m = *t.model;
  const std::string sk = q(surrogate_key_of(m)), vf = q(k_valid_from), vt = q(k_valid_to),
                    cur = q(k_is_current);
  // the current versions (of the members `only` names) whose member the stage does not hold
  auto closing = [&](const std::string& d) {
    return d + "." + cur + " AND NOT " + d + ".\"is_inferred\" AND " + d + "." + sk + " <> -1" +
           (only ? " AND " + in_keys(prefixed(m.key, d), only->keys) : "") +
           " AND NOT EXISTS (SELECT 1 FROM " + staged(t) + " AS s WHERE " +
           equal_on(m.key, "s", d) + ")";
  };
  const std::string d = target_ref(t, "d");
  // two statements in one text (a simple query): the affected rows counted are the UPDATE's
  Statement s{"INSERT INTO " + versions_temp(m, "_shrunk_") + " SELECT d." + sk + " FROM " +
                  own_table(t) + " AS d WHERE " + closing("d") + "; UPDATE " + own_table(t) +
                  " SET " + vt + " = greatest(CAST(GETDATE() AS TIMESTAMPTZ), " + vf +
                  " + interval '1 microsecond'), " + cur + " = false WHERE " + closing(d),
              {},
              "close the versions of " + m.name + " whose rows are gone"};
  s.tally = Statement::Tally::updated;
  return s;
}

Statement RedshiftModelSql::versions_repoint(const BuildTarget& t, const Model& fact,
                                             const Reference& ref, bool keep_key) const {
  const Model& m = *t.model;
  const std::string sk = q(surrogate_key_of(m)), col = q(ref.column), at = "g." + q(*ref.as_of),
                    k = q(m.key[0]);
  const std::vector<std::string> grain = unique_columns(fact);
  std::vector<std::string> sel;
  for (const auto& c : grain) sel.push_back("g." + q(c));
  // each fact row to re-point, by its grain, with the version that holds its as_of (the unknown
  // member where none does): a join, not a correlated subquery in SET
  const std::string moved =
      "SELECT " + join(sel, ", ") + ", coalesce(n." + sk + ", -1) AS \"_to\", CASE WHEN n." + sk +
      " IS NULL THEN o." + k + " END AS \"_key\" FROM " + table_of(t, fact.name) + " AS g JOIN " +
      own_table(t) + " AS o ON g." + col + " = o." + sk + " LEFT JOIN " + own_table(t) +
      " AS n ON " + reference_match(ref, m, "n", "o." + k, at) + " WHERE o." + sk +
      " IN (SELECT sk FROM " + versions_temp(m, "_shrunk_") + ") AND NOT (" + holds("o", at) + ")";
  const std::string f = q(fact.name);
  const std::string key = keep_key ? ", " + q(unresolved_column(ref)) + " = r.\"_key\"" : "";
  return {"UPDATE " + table_of(t, fact.name) + " SET " + col + " = r.\"_to\"" + key + " FROM (" +
              moved + ") AS r WHERE " + equal_on(grain, f, "r"),
          {},
          "re-point " + fact.name + "." + ref.column + " at the versions of " + m.name};
}

}  // namespace starling
