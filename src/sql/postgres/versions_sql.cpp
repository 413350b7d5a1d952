// PostgreSQL's own statements of a versions dimension (history: versions, SPEC §3.1; how they fit
// together: docs/architecture.md, "Versions"): the close of the members whose rows are gone (an
// UPDATE … RETURNING into the versions that end earlier) and the facts' re-pointing. The merge is
// both dialects' (src/sql/versions_sql.cpp).
#include "project/shape.hpp"
#include "sql/model_sql_parts.hpp"
#include "sql/postgres/model_sql.hpp"
#include "util/strings.hpp"

namespace starling {

using namespace model_sql_parts;

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
                  versions_temp(m, "_shrunk_") + " SELECT " + sk + " FROM c",
              {},
              "close the versions of " + m.name + " whose rows are gone"};
  s.tally = Statement::Tally::updated;
  return s;
}

Statement PostgresModelSql::versions_repoint(const BuildTarget& t, const Model& fact,
                                             const Reference& ref, bool keep_key) const {
  const Model& m = *t.model;
  const std::string sk = q(surrogate_key_of(m)), vf = q(k_valid_from), vt = q(k_valid_to);
  const std::string col = q(ref.column), at = "f." + q(*ref.as_of), k = q(m.key[0]);
  const std::string holding =
      "FROM " + own_table(t) + " AS n WHERE " + reference_match(ref, m, "n", "o." + k, at);
  std::string sets = col + " = coalesce((SELECT n." + sk + " " + holding + "), -1)";
  if (keep_key)
    sets += ", " + q(unresolved_column(ref)) + " = CASE WHEN EXISTS (SELECT 1 " + holding +
            ") THEN NULL ELSE o." + k + " END";
  return {"UPDATE " + table_of(t, fact.name) + " AS f SET " + sets + " FROM " + own_table(t) +
              " AS o WHERE f." + col + " = o." + sk + " AND o." + sk + " IN (SELECT sk FROM " +
              versions_temp(m, "_shrunk_") + ") AND NOT (" + at + " >= o." + vf + " AND " + at +
              " < o." + vt + ")",
          {},
          "re-point " + fact.name + "." + ref.column + " at the versions of " + m.name};
}

}  // namespace starling
