// The connection path for Redshift (SPEC §7): a server that reports version 8.0.2, which libpqxx
// refuses, reached through libpq directly behind the Executor interface. The stand-in is the test
// PostgreSQL behind a proxy that rewrites the server_version it announces.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include "db/executor.hpp"
#include "support/helpers.hpp"
#include "support/version_proxy.hpp"
#include "util/error.hpp"

namespace starling::testing {
namespace {

TEST(LibpqConnection, AServerReporting802IsRefusedByLibpqxxAndServedByLibpq) {
  FreshDatabase db;
  auto [host, port] = dsn_host_port(db.dsn());
  VersionProxy proxy(host, port, "8.0.2");
  std::string dsn = proxy.dsn_through(db.dsn());

  // libpqxx refuses the server. It leaks the connection it refuses (libpqxx 6.4), so the attempt
  // runs in a child process that leaves with _exit, past the leak checker
  pid_t pid = fork();
  if (pid == 0) {
    try {
      connect_postgres(dsn, "via proxy", std::nullopt);
      _exit(0);
    } catch (const Error& err) {
      // the error says what the server may be and what the target then needs
      bool refused = err.category() == ErrorCategory::unreachable &&
                     err.message().find("Unsupported server version") != std::string::npos &&
                     err.hint().find("dialect: redshift") != std::string::npos;
      std::cout << "libpqxx: " << err.message() << std::endl;
      _exit(refused ? 3 : 1);
    }
  }
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 3) << "libpqxx accepted a server reporting 8.0.2";

  // libpq serves it: parameters, transactions, affected rows, scripts, errors with SQLSTATE
  auto e = connect_libpq(dsn, "via proxy", 60, 5439);
  e->execute({"CREATE TABLE t (id integer PRIMARY KEY, name text)", {}, "create"});
  {
    Transaction tx(*e);
    auto r = e->execute({"INSERT INTO t VALUES ($1::integer, $2), (2, NULL)",
                         {std::string("1"), std::string("ada")},
                         "insert"});
    EXPECT_EQ(r.affected, 2);
    tx.commit();
  }
  {
    Transaction tx(*e);
    e->execute({"DELETE FROM t", {}, "delete"});
  }  // rolled back
  auto rows = e->execute({"SELECT id, name FROM t ORDER BY id", {}, "read"});
  ASSERT_EQ(rows.rows.size(), 2u);
  EXPECT_EQ(rows.columns, (std::vector<std::string>{"id", "name"}));
  EXPECT_EQ(rows.rows[0][1], std::optional<std::string>("ada"));
  EXPECT_EQ(rows.rows[1][1], std::nullopt);
  e->execute_script("UPDATE t SET name = 'x' WHERE id = 2; INSERT INTO t VALUES (3, 'cy');",
                    "script");
  EXPECT_EQ(e->execute({"SELECT count(*) FROM t WHERE name IS NOT NULL", {}, "n"}).scalar(),
            std::optional<std::string>("3"));
  try {
    e->execute({"INSERT INTO t VALUES (1, 'again')", {}, "duplicate"});
    FAIL() << "a duplicate key was accepted";
  } catch (const Error& err) {
    EXPECT_EQ(err.category(), ErrorCategory::database);
    EXPECT_EQ(err.sqlstate(), "23505");
    EXPECT_NE(err.message().find("duplicate failed: duplicate key value"), std::string::npos)
        << err.message();
  }
  EXPECT_EQ(e->execute({"SHOW statement_timeout", {}, "timeout"}).scalar(),
            std::optional<std::string>("1min"));
  EXPECT_NE(e->server_version().find("PostgreSQL"), std::string::npos);
  EXPECT_GE(proxy.connections(), 2);
}

TEST(LibpqConnection, TheDefaultPortIsRedshifts) {
  // no port in the DSN: 5439, where nothing listens here
  try {
    connect_libpq("postgresql://nobody@127.0.0.1/db?connect_timeout=2", "redshift", std::nullopt,
                  5439);
    FAIL() << "connected to 127.0.0.1:5439";
  } catch (const Error& err) {
    EXPECT_EQ(err.category(), ErrorCategory::unreachable);
    EXPECT_NE(err.message().find("5439"), std::string::npos) << err.message();
  }
  // a password in the DSN is never printed
  try {
    connect_libpq("postgresql://bob:secret@127.0.0.1:1/db", "x", std::nullopt, 5439);
    FAIL();
  } catch (const Error& err) {
    EXPECT_EQ(err.message().find("secret"), std::string::npos) << err.message();
  }
}

}  // namespace
}  // namespace starling::testing

namespace starling::testing {
namespace {

// A statement sent with more parameters than it names is a protocol violation (08P01), which the
// server answers with an error and the connection survives: it is a failed statement, not a lost
// connection (starling reported "lost the connection" for its own miscounted parameters), on both
// connection paths.
TEST(Connections, MiscountedParametersAreAFailedStatementNotALostConnection) {
  FreshDatabase db;
  std::vector<std::unique_ptr<Executor>> paths;
  paths.push_back(connect_postgres(db.dsn(), "libpqxx", std::nullopt));
  paths.push_back(connect_libpq(db.dsn(), "libpq", std::nullopt, 5432));
  for (auto& e : paths) {
    try {
      e->execute({"SELECT 1", {std::string("x")}, "miscounted"});
      ADD_FAILURE() << "a statement with a parameter too many ran";
    } catch (const Error& err) {
      EXPECT_EQ(err.category(), ErrorCategory::database) << err.message();
      EXPECT_NE(err.message().find("miscounted failed: bind message supplies 1 parameters"),
                std::string::npos)
          << err.message();
    }
    EXPECT_EQ(e->execute({"SELECT 2", {}, "after"}).scalar(), std::optional<std::string>("2"));
  }
}

}  // namespace
}  // namespace starling::testing
