// The PostgreSQL executor: libpqxx 6.4 behind the Executor interface.
#include <pqxx/pqxx>

#include "db/dsn.hpp"
#include "db/executor.hpp"
#include "db/lost_connection.hpp"
#include "util/error.hpp"
#include "util/strings.hpp"

namespace starling {

namespace {

std::string first_line(const std::string& s) {
  std::string t = trim(s);
  auto nl = t.find('\n');
  return trim(nl == std::string::npos ? t : t.substr(0, nl));
}

// The server's message without libpqxx's "ERROR:  " prefix, on one line.
std::string server_message(const std::string& what) {
  std::string s = first_line(what);
  for (const char* p : {"ERROR:  ", "FATAL:  "})
    if (starts_with(s, p)) s = s.substr(std::string(p).size());
  return s;
}

class PqxxExecutor : public Executor {
 public:
  PqxxExecutor(const std::string& dsn, std::string display, std::optional<long long> timeout_s)
      : display_(std::move(display)), dsn_(dsn) {
    try {
      conn_ = std::make_unique<pqxx::connection>(dsn);
      tx_ = std::make_unique<pqxx::nontransaction>(*conn_, "starling");
      tx_->exec("SET application_name = 'starling'");
      if (timeout_s) tx_->exec("SET statement_timeout = '" + std::to_string(*timeout_s) + "s'");
    } catch (const pqxx::broken_connection& e) {
      throw connect_error(first_line(e.what()));
    } catch (const pqxx::sql_error& e) {
      throw connect_error(server_message(e.what())).with_sqlstate(e.sqlstate());
    } catch (const std::exception& e) {
      // libpqxx reports a malformed DSN as a plain exception
      throw connect_error(first_line(e.what()));
    }
  }

  // The server a postgres target reaches may be Redshift, which reports version 8.0.2.
  Error connect_error(const std::string& what) const {
    std::string hint;
    if (what.find("Unsupported server version") != std::string::npos)
      hint =
          "the server reports a version older than PostgreSQL 9.0; Amazon Redshift reports "
          "8.0.2: if it is Redshift, the target needs 'dialect: redshift' (not available in "
          "this version; see docs/redshift.md)";
    return Error(ErrorCategory::unreachable,
                 "cannot connect to " + display_ + ": " + mask_dsn_in(what, dsn_), std::nullopt,
                 hint);
  }

  ResultSet execute(const Statement& s) override {
    return guarded(s.sql, s.label, [&] {
      std::vector<const char*> params;
      params.reserve(s.params.size());
      for (const auto& p : s.params) params.push_back(p ? p->c_str() : nullptr);
      pqxx::result r = s.params.empty()
                           ? tx_->exec(s.sql)
                           : tx_->exec_params(s.sql, pqxx::prepare::make_dynamic_params(params));
      ResultSet out;
      for (pqxx::row::size_type c = 0; c < r.columns(); ++c)
        out.columns.push_back(r.column_name(c));
      out.rows.reserve(r.size());
      for (const auto& row : r) {
        std::vector<std::optional<std::string>> v;
        v.reserve(row.size());
        for (const auto& f : row) {
          if (f.is_null()) {
            v.emplace_back(std::nullopt);
          } else {
            v.emplace_back(std::string(f.c_str(), f.size()));
          }
        }
        out.rows.push_back(std::move(v));
      }
      out.affected = static_cast<long long>(r.affected_rows());
      return out;
    });
  }

  void execute_script(const std::string& sql, const std::string& label) override {
    guarded(sql, label, [&] {
      tx_->exec(sql);
      return ResultSet{};
    });
  }

  void begin() override { execute({"BEGIN", {}, "begin"}); }
  void commit() override { execute({"COMMIT", {}, "commit"}); }
  void rollback() override { execute({"ROLLBACK", {}, "rollback"}); }

  std::string server_version() override {
    auto r = execute({"SELECT version()", {}, "server version"});
    return r.scalar().value_or("");
  }

 private:
  template <typename F>
  ResultSet guarded(const std::string& sql, const std::string& label, F&& f) {
    if (!lost_during_.empty()) throw already_lost(sql, label);
    try {
      return f();
    } catch (const pqxx::broken_connection& e) {
      // libpqxx says so of every class 08 state, also of 08P01 (a protocol violation such as a
      // statement's parameters miscounted), which leaves the connection open: a failed statement
      if (conn_->is_open())
        throw Error(ErrorCategory::database, label + " failed: " + server_message(e.what()))
            .with_statement(sql);
      throw lost(sql, label, "the server closed the connection or the network failed", "");
    } catch (const pqxx::sql_error& e) {
      std::string state = e.sqlstate();
      // class 08: connection exceptions; 57P01-57P03: the server is shutting down or restarting
      if ((starts_with(state, "08") && state != "08P01") || starts_with(state, "57P0") ||
          !conn_->is_open())
        throw lost(sql, label, server_message(e.what()), state);
      throw Error(ErrorCategory::database, label + " failed: " + server_message(e.what()))
          .with_sqlstate(state)
          .with_statement(sql);
    } catch (const pqxx::in_doubt_error& e) {
      throw Error(ErrorCategory::unreachable,
                  "the outcome of " + label + " is unknown: " + first_line(e.what()))
          .with_statement(sql);
    } catch (const pqxx::failure& e) {
      // libpqxx's own words for a connection that is gone ("Could not obtain client encoding")
      if (!conn_->is_open())
        throw lost(sql, label, "the server closed the connection or the network failed", "");
      throw Error(ErrorCategory::database, label + " failed: " + first_line(e.what()))
          .with_statement(sql);
    }
  }

  // The connection went away during `label`: every later statement is refused with its name.
  Error lost(const std::string& sql, const std::string& label, const std::string& why,
             const std::string& sqlstate) {
    lost_during_ = label;
    return Error(ErrorCategory::unreachable,
                 "lost the connection to " + display_ + " during " + label + ": " + why,
                 std::nullopt, k_lost_hint)
        .with_sqlstate(sqlstate)
        .with_statement(sql);
  }
  Error already_lost(const std::string& sql, const std::string& label) const {
    return Error(ErrorCategory::unreachable, "the connection to " + display_ + " was lost during " +
                                                 lost_during_ + "; " + label + " was not sent")
        .with_statement(sql);
  }

  std::string display_;
  std::string dsn_;          // for masking its password out of libpq's messages
  std::string lost_during_;  // the statement during which the connection was lost
  std::unique_ptr<pqxx::connection> conn_;
  std::unique_ptr<pqxx::nontransaction> tx_;
};

}  // namespace

std::unique_ptr<Executor> connect_postgres(const std::string& dsn, const std::string& display_name,
                                           std::optional<long long> statement_timeout_s) {
  return std::make_unique<PqxxExecutor>(dsn, display_name, statement_timeout_s);
}

}  // namespace starling
