// What Redshift does not accept, found in a statement's text (SPEC §7, issue "Amazon Redshift"):
// ON CONFLICT, RETURNING, IS [NOT] DISTINCT FROM, advisory locks, sequences and SERIAL, indexes,
// COPY … FROM STDIN, DISTINCT ON, generate_series, array and JSON types, aliased DELETE / UPDATE /
// MERGE targets, TRUNCATE (it commits), OVERRIDING SYSTEM VALUE, aggregate FILTER clauses,
// savepoints, ALTER … SET SCHEMA, SET LOCAL, and now(), to_regclass, string_agg, aclexplode and
// format (PostgreSQL's, or leader-node-only on Redshift).
// String literals, quoted identifiers and comments are skipped, so a column named "returning" or a
// literal 'ON CONFLICT' is not a finding.
#pragma once

#include <string>
#include <vector>

namespace starling {

struct LintFinding {
  std::string construct;  // what was found, e.g. "ON CONFLICT"
  size_t offset = 0;      // where in the statement's text
};

std::vector<LintFinding> redshift_lint(const std::string& sql);

}  // namespace starling
