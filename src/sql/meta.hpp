// Statements that read and write starling's own state in the meta schema (SPEC §5).
#pragma once

#include <string>

#include "project/model.hpp"
#include "sql/dialect.hpp"

namespace starling {

namespace meta_sql {

Statement current_version(const Ident& meta);  // one row: max(version) or NULL
Statement set_version(const Ident& meta, int version);

// rows: version, name, file, checksum, applied_at
Statement applied_migrations(const Ident& meta);
Statement record_migration(const Ident& meta, const Migration& m, long long ms,
                           std::optional<long long> run_id);
// rows: name, file, checksum, applied_at
Statement applied_repeatables(const Ident& meta);
Statement forget_repeatable(const Ident& meta, const std::string& name);
Statement record_repeatable(const Ident& meta, const Migration& m, long long ms,
                            std::optional<long long> run_id);

// one row: run_id
Statement start_run(const Ident& meta, const std::string& command, const std::string& target,
                    const std::string& version, const std::string& arguments);
Statement finish_run(const Ident& meta, long long run_id, const std::string& status,
                     const std::optional<std::string>& error);

}  // namespace meta_sql

}  // namespace starling
