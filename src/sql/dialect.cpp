#include "sql/dialect.hpp"

#include "sql/postgres/postgres_dialect.hpp"
#include "util/error.hpp"

namespace starling {

std::unique_ptr<Dialect> make_dialect(DialectName d) {
  switch (d) {
    case DialectName::postgres:
      return std::make_unique<PostgresDialect>();
    case DialectName::redshift:
      throw Error(ErrorCategory::project, "the redshift dialect is not available in this version",
                  std::nullopt, "use dialect: postgres");
  }
  return nullptr;
}

}  // namespace starling
