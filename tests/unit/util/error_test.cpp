// The questions an Error answers about what to do next (src/util/error.hpp).
#include "util/error.hpp"

#include <gtest/gtest.h>

namespace starling {
namespace {

TEST(Error, WhatToDoNext) {
  struct Case {
    const char* name;
    Error err;
    bool conflict, lock_timeout;
  } cases[] = {
      {"PostgreSQL's serialization failure",
       Error(ErrorCategory::database, "could not serialize access").with_sqlstate("40001"), true,
       false},
      {"Redshift's error 1023",
       Error(ErrorCategory::database,
             "1023: Serializable isolation violation on table - 100233, transactions forming the "
             "cycle are: 1234, 1235 (pid:5678)")
           .with_sqlstate("XX000"),
       true, false},
      {"a unique violation",
       Error(ErrorCategory::database, "duplicate key value").with_sqlstate("23505"), false, false},
      {"a lock not granted in time",
       Error(ErrorCategory::database, "canceling statement due to lock timeout")
           .with_sqlstate("55P03"),
       false, true},
      {"not a database error",
       Error(ErrorCategory::project, "Serializable isolation violation 1023"), false, false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(c.err.is_serialization_conflict(), c.conflict) << c.name;
    EXPECT_EQ(c.err.is_lock_timeout(), c.lock_timeout) << c.name;
  }
}

}  // namespace
}  // namespace starling
