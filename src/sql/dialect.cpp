#include "sql/dialect.hpp"

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

}  // namespace starling
