#include "sql/meta.hpp"

namespace starling::meta_sql {

namespace {
std::optional<std::string> opt_id(std::optional<long long> v) {
  if (!v) return std::nullopt;
  return std::to_string(*v);
}
}  // namespace

Statement current_version(const Ident& meta) {
  return {"SELECT max(version) FROM " + meta.sql() + ".meta_version", {}, "meta schema version"};
}

Statement set_version(const Ident& meta, int version) {
  return {"INSERT INTO " + meta.sql() + ".meta_version (version) VALUES ($1::integer)",
          {std::to_string(version)},
          "meta schema version"};
}

Statement applied_migrations(const Ident& meta) {
  return {"SELECT version, name, file, checksum, CAST(applied_at AS text) FROM " + meta.sql() +
              ".schema_migrations ORDER BY version",
          {},
          "applied migrations"};
}

Statement record_migration(const Ident& meta, const Migration& m, long long ms,
                           std::optional<long long> run_id) {
  return {
      "INSERT INTO " + meta.sql() +
          ".schema_migrations (version, name, file, checksum, execution_ms, run_id) VALUES "
          "($1::integer, $2, $3, $4, $5::bigint, $6::bigint)",
      {std::to_string(m.version), m.name, m.file, m.checksum, std::to_string(ms), opt_id(run_id)},
      "record migration " + m.file};
}

Statement applied_repeatables(const Ident& meta) {
  return {"SELECT name, file, checksum, CAST(applied_at AS text) FROM " + meta.sql() +
              ".repeatable_migrations ORDER BY name",
          {},
          "applied repeatable migrations"};
}

Statement forget_repeatable(const Ident& meta, const std::string& name) {
  return {"DELETE FROM " + meta.sql() + ".repeatable_migrations WHERE name = $1",
          {name},
          "forget repeatable migration " + name};
}

Statement record_repeatable(const Ident& meta, const Migration& m, long long ms,
                            std::optional<long long> run_id) {
  return {"INSERT INTO " + meta.sql() +
              ".repeatable_migrations (name, file, checksum, execution_ms, run_id) VALUES "
              "($1, $2, $3, $4::bigint, $5::bigint)",
          {m.name, m.file, m.checksum, std::to_string(ms), opt_id(run_id)},
          "record repeatable migration " + m.file};
}

Statement start_run(const Ident& meta, const std::string& command, const std::string& target,
                    const std::string& version, const std::string& arguments) {
  return {"INSERT INTO " + meta.sql() +
              ".runs (command, target, starling_version, arguments) VALUES ($1, $2, $3, $4) "
              "RETURNING run_id",
          {command, target, version, arguments},
          "start run"};
}

Statement finish_run(const Ident& meta, long long run_id, const std::string& status,
                     const std::optional<std::string>& error) {
  return {"UPDATE " + meta.sql() +
              ".runs SET finished_at = now(), status = $2, error = $3 WHERE run_id = $1::bigint",
          {std::to_string(run_id), status, error},
          "finish run"};
}

}  // namespace starling::meta_sql
