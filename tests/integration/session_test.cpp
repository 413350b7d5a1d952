// What a PostgreSQL session of starling's is set up with (connect_dialect).
#include <gtest/gtest.h>

#include "db/connect.hpp"
#include "sql/postgres/postgres_dialect.hpp"
#include "support/helpers.hpp"

namespace starling::testing {
namespace {

std::string jit_of(const std::string& dsn) {
  PostgresDialect d;
  auto e = connect_dialect(dsn, "test", std::nullopt, d, "UTC", nullptr);
  auto v = e->execute({"SHOW jit", {}, "jit"}).scalar();
  return v ? *v : "(null)";
}

// JIT is off over the server's default, and kept where the connection asks for it.
TEST(Session, PostgresSessionsRunWithoutJitUnlessTheConnectionSetsIt) {
  FreshDatabase db;
  EXPECT_EQ(jit_of(db.dsn()), "off");
  std::string sep = db.dsn().find('?') == std::string::npos ? "?" : "&";
  EXPECT_EQ(jit_of(db.dsn() + sep + "options=-c%20jit%3Don"), "on");
}

}  // namespace
}  // namespace starling::testing
