#include "support/version_proxy.hpp"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace starling::testing {

namespace {

bool read_exact(int fd, char* buf, size_t n) {
  while (n) {
    ssize_t r = ::read(fd, buf, n);
    if (r <= 0) return false;
    buf += r;
    n -= static_cast<size_t>(r);
  }
  return true;
}

// A peer that already closed (libpqxx dropping a server it refuses) is an error here, not a
// SIGPIPE that kills the test process.
bool write_all(int fd, const char* buf, size_t n) {
  while (n) {
    ssize_t w = ::send(fd, buf, n, MSG_NOSIGNAL);
    if (w <= 0) return false;
    buf += w;
    n -= static_cast<size_t>(w);
  }
  return true;
}

uint32_t be32(const char* p) {
  return (uint32_t(uint8_t(p[0])) << 24) | (uint32_t(uint8_t(p[1])) << 16) |
         (uint32_t(uint8_t(p[2])) << 8) | uint32_t(uint8_t(p[3]));
}

void put32(std::string& s, uint32_t v) {
  for (int shift : {24, 16, 8, 0}) s += static_cast<char>((v >> shift) & 0xff);
}

int connect_to(const std::string& host, int port) {
  addrinfo hints{}, *res = nullptr;
  hints.ai_family = AF_INET;
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &res) != 0) return -1;
  int fd = ::socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  if (fd >= 0 && ::connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
    ::close(fd);
    fd = -1;
  }
  freeaddrinfo(res);
  return fd;
}

}  // namespace

VersionProxy::VersionProxy(std::string host, int port, std::string version)
    : host_(std::move(host)), version_(std::move(version)), target_port_(port) {
  listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  a.sin_port = 0;
  if (listener_ < 0 || ::bind(listener_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
      ::listen(listener_, 16) != 0)
    throw std::runtime_error("version proxy: cannot listen");
  socklen_t len = sizeof a;
  ::getsockname(listener_, reinterpret_cast<sockaddr*>(&a), &len);
  port_ = ntohs(a.sin_port);
  acceptor_ = std::thread([this] { accept_loop(); });
}

VersionProxy::~VersionProxy() {
  stop_ = true;
  ::shutdown(listener_, SHUT_RDWR);
  ::close(listener_);
  acceptor_.join();
  {
    std::lock_guard<std::mutex> lock(fds_mutex_);
    for (int fd : fds_) ::shutdown(fd, SHUT_RDWR);
  }
  for (auto& w : workers_) w.join();
}

std::string VersionProxy::dsn_through(const std::string& dsn) const {
  // postgresql://user@host:port/db?x -> postgresql://user@127.0.0.1:PROXY/db?x
  auto scheme = dsn.find("://");
  auto at = dsn.find('@', scheme + 3);
  auto slash = dsn.find('/', at == std::string::npos ? scheme + 3 : at);
  std::string user = at == std::string::npos ? "" : dsn.substr(scheme + 3, at - scheme - 2);
  return dsn.substr(0, scheme + 3) + user + "127.0.0.1:" + std::to_string(port_) +
         dsn.substr(slash);
}

void VersionProxy::accept_loop() {
  while (!stop_) {
    pollfd p{listener_, POLLIN, 0};
    if (::poll(&p, 1, 100) <= 0) continue;
    int client = ::accept(listener_, nullptr, nullptr);
    if (client < 0) continue;
    ++connections_;
    workers_.emplace_back([this, client] { serve(client); });
  }
}

void VersionProxy::serve(int client) {
  int server = connect_to(host_, target_port_);
  if (server < 0) {
    ::close(client);
    return;
  }
  // small messages go at once, as they would without the proxy
  int one = 1;
  ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  ::setsockopt(server, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  {
    std::lock_guard<std::mutex> lock(fds_mutex_);
    fds_.push_back(client);
    fds_.push_back(server);
  }
  // startup: answer SSL and GSS encryption requests with "no" ourselves, then pass the startup
  // packet on
  for (;;) {
    char head[8];
    if (!read_exact(client, head, 4)) break;
    uint32_t len = be32(head);
    std::string packet(head, 4);
    packet.resize(len);
    if (len < 8 || !read_exact(client, &packet[4], len - 4)) break;
    uint32_t code = be32(packet.data() + 4);
    if (code == 80877103 || code == 80877104) {  // SSLRequest, GSSENCRequest
      write_all(client, "N", 1);
      continue;
    }
    write_all(server, packet.data(), packet.size());
    break;
  }
  // client -> server: as it comes
  std::thread up([client, server] {
    char buf[65536];
    for (;;) {
      ssize_t n = ::read(client, buf, sizeof buf);
      if (n <= 0 || !write_all(server, buf, static_cast<size_t>(n))) break;
    }
    ::shutdown(server, SHUT_WR);
  });
  // server -> client: message by message, server_version rewritten
  for (;;) {
    char head[5];
    if (!read_exact(server, head, 5)) break;
    uint32_t len = be32(head + 1);
    std::string body(len - 4, '\0');
    if (len > 4 && !read_exact(server, &body[0], len - 4)) break;
    if (head[0] == 'S' && body.compare(0, 15, "server_version\0", 15) == 0) {
      std::string msg = "S";
      std::string payload = std::string("server_version\0", 15) + version_ + '\0';
      put32(msg, static_cast<uint32_t>(payload.size() + 4));
      msg += payload;
      if (!write_all(client, msg.data(), msg.size())) break;
      continue;
    }
    if (!write_all(client, head, 5) || !write_all(client, body.data(), body.size())) break;
  }
  ::shutdown(client, SHUT_RDWR);
  up.join();
  {
    std::lock_guard<std::mutex> lock(fds_mutex_);
    fds_.erase(std::remove_if(fds_.begin(), fds_.end(),
                              [&](int fd) { return fd == client || fd == server; }),
               fds_.end());
  }
  ::close(client);
  ::close(server);
}

// host and port of a postgresql:// DSN
std::pair<std::string, int> dsn_host_port(const std::string& dsn) {
  auto at = dsn.find('@');
  auto start = at == std::string::npos ? dsn.find("://") + 3 : at + 1;
  auto colon = dsn.find(':', start);
  auto slash = dsn.find('/', start);
  return {dsn.substr(start, colon - start), std::stoi(dsn.substr(colon + 1, slash - colon - 1))};
}

TestTarget::TestTarget(const std::string& dsn, bool redshift) : dsn_(dsn) {
  if (!redshift) return;
  auto [host, port] = dsn_host_port(dsn);
  proxy_ = std::make_unique<VersionProxy>(host, port, "8.0.2");
  dsn_ = proxy_->dsn_through(dsn);
}

std::string TestTarget::config(const std::string& sources_yaml) const {
  std::string c = config_for(dsn_, sources_yaml);
  if (proxy_) c.replace(c.find("dialect: postgres"), 17, "dialect: redshift");
  return c;
}

CommandResult TestTarget::starling(const std::string& project,
                                   std::vector<std::string> args) const {
  args.insert(args.begin(), {"--project", project});
  if (!proxy_) return run_starling(args);
  return run_starling(args, {{"STARLING_REDSHIFT_ON_POSTGRES", "1"}});
}

}  // namespace starling::testing
