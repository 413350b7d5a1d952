#include "state/meta.hpp"

#include "sql/meta.hpp"
#include "util/error.hpp"
#include "version.hpp"

namespace starling {

int current_meta_version(const Dialect& d) {
  return static_cast<int>(d.meta_schema_versions(Ident("starling")).size());
}

int meta_schema_version(Executor& e, const Dialect& d, const std::string& meta) {
  Ident m(meta);
  auto exists = e.execute(d.meta_version_table_exists(m)).scalar();
  if (!exists || (*exists != "t" && *exists != "true")) return 0;
  auto v = e.execute(meta_sql::current_version(m)).scalar();
  return v ? std::stoi(*v) : 0;
}

void ensure_meta_schema(Executor& e, const Dialect& d, const std::string& meta) {
  Ident m(meta);
  auto versions = d.meta_schema_versions(m);
  int have = meta_schema_version(e, d, meta);
  if (have > static_cast<int>(versions.size()))
    throw Error(ErrorCategory::migration,
                "meta schema '" + meta + "' is at version " + std::to_string(have) +
                    ", newer than this starling (" + std::string(k_starling_version) +
                    ") understands (" + std::to_string(versions.size()) + ")",
                std::nullopt, "upgrade starling");
  for (int v = have; v < static_cast<int>(versions.size()); ++v) {
    Transaction tx(e);
    for (const auto& s : versions[v]) e.execute(s);
    e.execute(meta_sql::set_version(m, v + 1));
    tx.commit();
  }
}

RunLock::RunLock(Executor& e, const Dialect& d, const std::string& meta)
    : e_(e), d_(d), meta_(meta) {
  auto got = e_.execute(d_.try_lock(Ident(meta_))).scalar();
  if (!got || (*got != "t" && *got != "true"))
    throw Error(ErrorCategory::locked,
                "another starling command holds the run lock of meta schema '" + meta_ + "'",
                std::nullopt, "wait for it to finish, or pass --wait");
}

RunLock::~RunLock() {
  try {
    e_.execute(d_.unlock(Ident(meta_)));
  } catch (...) {
    // a lost connection releases the lock on the server
  }
}

RunRecord::RunRecord(Executor& e, const std::string& meta, const std::string& command,
                     const std::string& target, const std::string& arguments)
    : e_(e), meta_(meta) {
  auto r =
      e_.execute(meta_sql::start_run(Ident(meta_), command, target, k_starling_version, arguments));
  id_ = std::stoll(r.scalar().value_or("0"));
}

RunRecord::~RunRecord() {
  if (finished_) return;
  try {
    finish("failed", "interrupted");
  } catch (...) {
    // nothing more can be recorded; status stays 'running' and status reports it
  }
}

void RunRecord::finish(const std::string& status, const std::optional<std::string>& error) {
  finished_ = true;
  e_.execute(meta_sql::finish_run(Ident(meta_), id_, status, error));
}

std::set<std::string> existing_tables(Executor& e, const Dialect& d, const std::string& schema) {
  std::set<std::string> out;
  for (const auto& row : e.execute(d.existing_tables(Ident(schema))).rows)
    if (!row.empty() && row[0]) out.insert(*row[0]);
  return out;
}

}  // namespace starling
