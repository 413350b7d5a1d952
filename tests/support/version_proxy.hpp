// A stand-in for a server that speaks the PostgreSQL protocol but reports another version, as
// Redshift does (8.0.2): a TCP proxy in front of the test PostgreSQL that rewrites the
// server_version parameter the server announces at startup. Everything else passes through.
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "support/helpers.hpp"

namespace starling::testing {

class VersionProxy {
 public:
  // Listens on 127.0.0.1 (a free port) and forwards to host:port.
  VersionProxy(std::string host, int port, std::string version);
  ~VersionProxy();
  int port() const { return port_; }
  // `dsn` with its host and port replaced by the proxy's (a postgresql:// URI).
  std::string dsn_through(const std::string& dsn) const;
  int connections() const { return connections_; }

 private:
  void accept_loop();
  void serve(int client);
  std::string host_, version_;
  int target_port_;
  int listener_ = -1;
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::atomic<int> connections_{0};
  std::thread acceptor_;
  std::vector<std::thread> workers_;
  std::mutex fds_mutex_;
  std::vector<int> fds_;  // open sockets, shut down when the proxy goes (a client may leak one)
};

// host and port of a postgresql:// DSN
std::pair<std::string, int> dsn_host_port(const std::string& dsn);

// A project's target on the test database `dsn`: PostgreSQL's dialect, or (`redshift`) the
// Redshift test mode: a `dialect: redshift` target reached through a VersionProxy reporting 8.0.2,
// whose commands run with STARLING_REDSHIFT_ON_POSTGRES=1.
class TestTarget {
 public:
  TestTarget(const std::string& dsn, bool redshift);
  // config.yaml for the target (config_for) with `sources_yaml`
  std::string config(const std::string& sources_yaml) const;
  // `starling --project PROJECT ARGS...` in the environment of this target
  CommandResult starling(const std::string& project, std::vector<std::string> args) const;

 private:
  std::string dsn_;
  std::unique_ptr<VersionProxy> proxy_;
};

}  // namespace starling::testing
