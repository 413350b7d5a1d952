#include "sql/dialect.hpp"

#include <set>

#include "project/check.hpp"
#include "util/strings.hpp"

#include "sql/postgres/postgres_dialect.hpp"
#include "sql/redshift/redshift_dialect.hpp"

namespace starling {

std::unique_ptr<Dialect> make_dialect(DialectName d, bool redshift_on_postgres) {
  switch (d) {
    case DialectName::postgres:
      return std::make_unique<PostgresDialect>();
    case DialectName::redshift:
      return std::make_unique<RedshiftDialect>(redshift_on_postgres);
  }
  return nullptr;
}

Statement copy_rows(const QualifiedName& from, const TableSpec& spec) {
  std::vector<std::string> cols;
  for (const auto& c : spec.columns) cols.push_back(Ident(c.name).sql());
  const std::string list = join(cols, ", ");
  return {
      "INSERT INTO " + spec.table.sql() + " (" + list + ") SELECT " + list + " FROM " + from.sql(),
      {},
      "swap in " + spec.table.name.name()};
}

std::vector<Statement> Dialect::replace_rows(const QualifiedName& shadow,
                                             const TableSpec& spec) const {
  // the table stays (its views, grants, owner); readers keep their snapshot until they commit
  return {{"DELETE FROM " + spec.table.sql(), {}, "replace the rows of " + spec.table.name.name()},
          copy_rows(shadow, spec)};
}

void check_target_types(const Project& p, Diagnostics& d) {
  std::set<DialectName> dialects;
  for (const auto& t : p.config.targets) dialects.insert(t.dialect);
  for (DialectName name : dialects) {
    const auto dialect = make_dialect(name);
    for (const auto& m : p.models) {
      for (const auto& c : stored_columns(m, p)) {
        // an invalid type is reported once, by its own check
        if (!is_valid_type(c.type)) continue;
        auto refused = dialect->refuse_column_type(c.name, c.type);
        if (!refused) continue;
        SourceLoc loc = m.at("name");
        if (const ColumnSpec* spec = m.column(c.name)) loc = spec->loc;
        for (const auto& me : m.measures)
          if (me.name == c.name) loc = me.loc;
        d.add(loc, refused->message, refused->hint);
      }
    }
  }
}

}  // namespace starling
