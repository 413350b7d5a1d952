// Connecting to a target as its dialect needs it.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "db/executor.hpp"
#include "sql/dialect.hpp"

namespace starling {

// Connects through the executor the dialect needs (libpq for Redshift, whose 8.0.2 libpqxx
// refuses; port 5439 by default there), then prepares the session: savepoints as the dialect has
// them, the dialect's session setup and the project's time zone. A server that does not match the
// dialect is reported through `warn`. Throws Error(unreachable) with a one-line reason.
std::unique_ptr<Executor> connect_dialect(const std::string& dsn, const std::string& display_name,
                                          std::optional<long long> statement_timeout_s,
                                          const Dialect& d, const std::string& timezone,
                                          const std::function<void(const std::string&)>& warn);

}  // namespace starling
