#include "support/project.hpp"

#include "loader/loader.hpp"
#include "util/error.hpp"

namespace starling::testing {

LoadedProject::LoadedProject(const std::string& dir, const std::string& target_name,
                             const std::string& dsn) {
  LoadOptions lo;
  lo.env = [&](const std::string& n) -> std::optional<std::string> {
    if (n == "STARLING_DSN") return dsn;
    return std::nullopt;
  };
  Diagnostics d;
  project = load_project(dir, d, lo);
  if (d.empty()) graph = check_project(project, d);
  d.throw_if_any();
  target = project.config.target(target_name);
  if (!target) throw Error(ErrorCategory::usage, "no target " + target_name);
  dialect = make_dialect(target->dialect);
}

}  // namespace starling::testing
