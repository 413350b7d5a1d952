// The meta schema upgrade as a statement sequence, captured by the recording executor.
#include "state/meta.hpp"

#include <gtest/gtest.h>

#include "util/error.hpp"

namespace starling {
namespace {

TEST(MetaSchema, FreshTargetGetsEveryVersionInItsOwnTransaction) {
  auto d = make_dialect(DialectName::postgres);
  RecordingExecutor e([](const Statement& s) {
    ResultSet r;
    if (s.label == "meta schema version") r.rows = {{std::string("f")}};  // no version table
    return r;
  });
  ensure_meta_schema(e, *d, "meta");
  const auto& ss = e.statements();
  ASSERT_GE(ss.size(), 4u);
  EXPECT_EQ(ss[0].sql, "SELECT to_regclass($1) IS NOT NULL");
  EXPECT_EQ(ss[0].params, (std::vector<std::optional<std::string>>{"\"meta\".meta_version"}));
  EXPECT_EQ(ss[1].sql, "BEGIN");
  EXPECT_EQ(ss[2].sql, "CREATE SCHEMA IF NOT EXISTS \"meta\"");
  EXPECT_EQ(ss[ss.size() - 2].sql,
            "INSERT INTO \"meta\".meta_version (version) VALUES ($1::integer)");
  EXPECT_EQ(ss[ss.size() - 2].params,
            (std::vector<std::optional<std::string>>{std::to_string(current_meta_version(*d))}));
  // one transaction per version
  int begins = 0;
  for (const auto& s : ss) begins += s.sql == "BEGIN";
  EXPECT_EQ(begins, current_meta_version(*d));
  EXPECT_EQ(ss.back().sql, "COMMIT");
  for (const auto& s : ss) EXPECT_EQ(s.sql.find("warehouse"), std::string::npos) << s.sql;
}

TEST(MetaSchema, CurrentTargetIsLeftAlone) {
  auto d = make_dialect(DialectName::postgres);
  RecordingExecutor e([&](const Statement& s) {
    ResultSet r;
    if (s.label == "meta schema version")
      r.rows = {{s.sql.find("max(") != std::string::npos
                     ? std::optional<std::string>(std::to_string(current_meta_version(*d)))
                     : std::optional<std::string>("t")}};
    return r;
  });
  ensure_meta_schema(e, *d, "meta");
  EXPECT_EQ(e.statements().size(), 2u);  // exists? and which version: nothing else
}

TEST(MetaSchema, LockHeldElsewhereIsExit3) {
  auto d = make_dialect(DialectName::postgres);
  RecordingExecutor e([](const Statement&) {
    ResultSet r;
    r.rows = {{std::string("f")}};
    return r;
  });
  try {
    RunLock lock(e, *d, "meta", k_default_run_lock_lease);
    FAIL() << "the lock was taken";
  } catch (const Error& err) {
    EXPECT_EQ(exit_code_for(err.category()), 3);
  }
}

}  // namespace
}  // namespace starling
