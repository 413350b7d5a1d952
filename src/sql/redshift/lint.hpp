// The Redshift checker (SPEC §7, issues "Amazon Redshift" and 24): what the Redshift developer
// guide says Redshift does not accept, found in a statement's text. Every rule has a name, a
// one-line reason and the guide's page it comes from (redshift_rules(); docs/redshift.md lists
// them). It runs over the golden cases, the demo's offline plans and the recordings, and in the
// Redshift test mode over every statement starling sends (a finding refuses the statement).
// String literals, quoted identifiers and comments are skipped, so a column named "returning" or a
// literal 'ON CONFLICT' is not a finding. Token-level: it cannot know types (a boolean cast to
// text is refused at run time by the test mode instead, see RedshiftDialect::session_setup).
#pragma once

#include <string>
#include <vector>

#include "sql/statement.hpp"

namespace starling {

struct RedshiftRule {
  std::string name;    // what is found, e.g. "ON CONFLICT"
  std::string reason;  // one line: why Redshift refuses it
  std::string url;     // the guide's page (docs.aws.amazon.com/redshift/latest/dg/…)
};

// Every rule, in the order the checker applies them.
const std::vector<RedshiftRule>& redshift_rules();

struct LintFinding {
  std::string construct;  // the rule's name
  size_t offset = 0;      // where in the statement's text
  const RedshiftRule* rule = nullptr;
};

std::vector<LintFinding> redshift_lint(const std::string& sql);

// "<name>: <reason> (<url>)"
std::string describe(const LintFinding& f);

// Throws Error(internal) for the first finding in `s` whose rule is not in `allowed`: "the Redshift
// test mode refuses statement "<label>": <name>: <reason> (<url>), at: <text there>".
void redshift_check(const Statement& s, const std::vector<std::string>& allowed = {});

}  // namespace starling
