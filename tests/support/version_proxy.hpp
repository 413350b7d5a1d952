// A stand-in for a server that speaks the PostgreSQL protocol but reports another version, as
// Redshift does (8.0.2): a TCP proxy in front of the test PostgreSQL that rewrites the
// server_version parameter the server announces at startup. Everything else passes through.
#pragma once

#include <atomic>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

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

}  // namespace starling::testing
