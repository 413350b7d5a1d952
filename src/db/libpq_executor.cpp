// The executor for servers libpqxx refuses (Redshift reports server version 8.0.2; libpqxx wants
// 9.0 or later): libpq directly, behind the same Executor interface (SPEC §7).
#include <libpq-fe.h>

#include <memory>
#include <vector>

#include "db/dsn.hpp"
#include "db/executor.hpp"
#include "db/lost_connection.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace starling {

namespace {

std::string one_line(const char* s) {
  std::string t = trim(s ? s : "");
  auto nl = t.find('\n');
  t = trim(nl == std::string::npos ? t : t.substr(0, nl));
  for (const char* p : {"ERROR:  ", "FATAL:  "})
    if (starts_with(t, p)) t = t.substr(std::string(p).size());
  return t;
}

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

class LibpqExecutor : public Executor {
 public:
  LibpqExecutor(const std::string& dsn, std::string display, std::optional<long long> timeout_s,
                int default_port)
      : display_(std::move(display)) {
    char* err = nullptr;
    PQconninfoOption* opts = PQconninfoParse(dsn.c_str(), &err);
    if (!opts) {
      std::string why = err ? mask_dsn_in(one_line(err), dsn) : "malformed connection string";
      if (err) PQfreemem(err);
      throw Error(ErrorCategory::unreachable, "cannot connect to " + display_ + ": " + why);
    }
    std::vector<std::string> keys, values;
    bool has_port = false;
    for (PQconninfoOption* o = opts; o->keyword; ++o)
      if (o->val && *o->val) {
        keys.emplace_back(o->keyword);
        values.emplace_back(o->val);
        has_port = has_port || std::string(o->keyword) == "port";
      }
    PQconninfoFree(opts);
    if (!has_port && !getenv_lookup("PGPORT")) {
      keys.emplace_back("port");
      values.emplace_back(std::to_string(default_port));
    }
    keys.emplace_back("application_name");
    values.emplace_back("starling");
    std::vector<const char*> k, v;
    for (size_t i = 0; i < keys.size(); ++i) {
      k.push_back(keys[i].c_str());
      v.push_back(values[i].c_str());
    }
    k.push_back(nullptr);
    v.push_back(nullptr);
    conn_ = PQconnectdbParams(k.data(), v.data(), 0);
    if (!conn_ || PQstatus(conn_) != CONNECTION_OK) {
      std::string why = conn_ ? one_line(PQerrorMessage(conn_)) : "out of memory";
      if (conn_) PQfinish(conn_);
      conn_ = nullptr;
      throw Error(ErrorCategory::unreachable,
                  "cannot connect to " + display_ + ": " + mask_dsn_in(why, dsn));
    }
    // the server's NOTICEs (a DROP … CASCADE lists what it dropped) are not for the user
    PQsetNoticeProcessor(
        conn_, [](void*, const char*) {}, nullptr);
    if (timeout_s)
      execute({"SET statement_timeout TO " + std::to_string(*timeout_s * 1000),
               {},
               "statement timeout"});
  }
  ~LibpqExecutor() override {
    if (conn_) PQfinish(conn_);
  }

  ResultSet execute(const Statement& s) override {
    refuse_if_lost(s.sql, s.label);
    std::vector<const char*> params;
    params.reserve(s.params.size());
    for (const auto& p : s.params) params.push_back(p ? p->c_str() : nullptr);
    Result r(s.params.empty() ? PQexec(conn_, s.sql.c_str())
                              : PQexecParams(conn_, s.sql.c_str(), static_cast<int>(params.size()),
                                             nullptr, params.data(), nullptr, nullptr, 0));
    check(r.get(), s.sql, s.label);
    ResultSet out;
    int cols = PQnfields(r.get()), rows = PQntuples(r.get());
    for (int c = 0; c < cols; ++c) out.columns.emplace_back(PQfname(r.get(), c));
    out.rows.reserve(static_cast<size_t>(rows));
    for (int i = 0; i < rows; ++i) {
      std::vector<std::optional<std::string>> row;
      row.reserve(static_cast<size_t>(cols));
      for (int c = 0; c < cols; ++c)
        row.emplace_back(
            PQgetisnull(r.get(), i, c)
                ? std::nullopt
                : std::optional<std::string>(std::string(
                      PQgetvalue(r.get(), i, c), static_cast<size_t>(PQgetlength(r.get(), i, c)))));
      out.rows.push_back(std::move(row));
    }
    const char* n = PQcmdTuples(r.get());
    out.affected = n && *n ? std::stoll(n) : 0;
    return out;
  }

  void execute_script(const std::string& sql, const std::string& label) override {
    // a script runs as one simple query: several statements, no parameters
    refuse_if_lost(sql, label);
    Result r(PQexec(conn_, sql.c_str()));
    check(r.get(), sql, label);
    while (PGresult* more = PQgetResult(conn_)) PQclear(more);
  }

  void begin() override { execute({"BEGIN", {}, "begin"}); }
  void commit() override { execute({"COMMIT", {}, "commit"}); }
  void rollback() override { execute({"ROLLBACK", {}, "rollback"}); }

  std::string server_version() override {
    return execute({"SELECT version()", {}, "server version"}).scalar().value_or("");
  }

 private:
  // After a lost connection every statement is refused, naming the one that lost it.
  void refuse_if_lost(const std::string& sql, const std::string& label) const {
    if (lost_during_.empty()) return;
    throw Error(ErrorCategory::unreachable, "the connection to " + display_ + " was lost during " +
                                                lost_during_ + "; " + label + " was not sent")
        .with_statement(sql);
  }
  void check(PGresult* r, const std::string& sql, const std::string& label) {
    ExecStatusType st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_EMPTY_QUERY) return;
    const char* state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    std::string sqlstate = state ? state : "";
    // class 08: connection exceptions; 57P01-57P03: the server is shutting down or restarting
    // (08P01, a protocol violation such as a statement's parameters miscounted, leaves the
    // connection open: a failed statement)
    if (PQstatus(conn_) != CONNECTION_OK || (starts_with(sqlstate, "08") && sqlstate != "08P01") ||
        starts_with(sqlstate, "57P0")) {
      lost_during_ = label;
      std::string why = sqlstate.empty() ? "the server closed the connection or the network failed"
                                         : one_line(PQresultErrorMessage(r));
      throw Error(ErrorCategory::unreachable,
                  "lost the connection to " + display_ + " during " + label + ": " + why,
                  std::nullopt, k_lost_hint)
          .with_sqlstate(sqlstate)
          .with_statement(sql);
    }
    std::string msg = r ? one_line(PQresultErrorMessage(r)) : one_line(PQerrorMessage(conn_));
    throw Error(ErrorCategory::database, label + " failed: " + msg)
        .with_sqlstate(sqlstate)
        .with_statement(sql);
  }

  std::string display_;
  std::string lost_during_;  // the statement during which the connection was lost
  PGconn* conn_ = nullptr;
};

}  // namespace

std::unique_ptr<Executor> connect_libpq(const std::string& dsn, const std::string& display_name,
                                        std::optional<long long> statement_timeout_s,
                                        int default_port) {
  return std::make_unique<LibpqExecutor>(dsn, display_name, statement_timeout_s, default_port);
}

}  // namespace starling
