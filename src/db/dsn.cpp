#include "db/dsn.hpp"

#include <libpq-fe.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>
#include <regex>
#include <vector>

#include "util/strings.hpp"

namespace starling {

namespace {

struct Options {
  // keyword -> value, only those the DSN sets, in libpq's order
  std::vector<std::pair<std::string, std::string>> set;
  std::optional<std::string> get(const std::string& k) const {
    for (const auto& [key, value] : set)
      if (key == k) return value;
    return std::nullopt;
  }
};

std::optional<Options> parse(const std::string& dsn) {
  char* err = nullptr;
  PQconninfoOption* opts = PQconninfoParse(dsn.c_str(), &err);
  if (err) PQfreemem(err);
  if (!opts) return std::nullopt;
  Options out;
  for (PQconninfoOption* o = opts; o->keyword; ++o)
    if (o->val) out.set.emplace_back(o->keyword, o->val);
  PQconninfoFree(opts);
  return out;
}

bool is_uri(const std::string& dsn) {
  std::string t = trim(dsn);
  return starts_with(t, "postgresql://") || starts_with(t, "postgres://");
}

// A URI whose password holds an unencoded '@' (several '@' before its query): libpq takes the
// password to end at the first one, the person who wrote it at the last.
struct UnencodedAt {
  std::string secret;  // from after "user:" up to the last '@'
  std::string rest;    // after the last '@', without the query
};
std::optional<UnencodedAt> unencoded_at(const std::string& dsn) {
  std::string t = trim(dsn);
  size_t start = t.find("://");
  if (start == std::string::npos) return std::nullopt;
  start += 3;
  std::string body = t.substr(start, t.find('?', start) - start);
  size_t first = body.find('@'), last = body.rfind('@');
  if (first == std::string::npos || first == last) return std::nullopt;
  size_t colon = body.find(':');
  size_t from = colon != std::string::npos && colon < first ? colon + 1 : 0;
  return UnencodedAt{body.substr(from, last - from), body.substr(last + 1)};
}

std::string percent_encode(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

// A value of a keyword/value string, quoted when libpq needs it.
std::string kv_value(const std::string& v) {
  bool plain = !v.empty();
  for (char c : v)
    if (std::isspace(static_cast<unsigned char>(c)) || c == '\'' || c == '\\') plain = false;
  if (plain) return v;
  std::string out = "'";
  for (char c : v) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

std::string uri_host(const std::string& h) {
  if (h.find(':') != std::string::npos) return "[" + h + "]";  // IPv6
  return percent_encode(h);
}

std::string as_uri(const std::string& dsn, const Options& o) {
  std::string out = starts_with(trim(dsn), "postgres://") ? "postgres://" : "postgresql://";
  auto user = o.get("user");
  auto password = o.get("password");
  if (user || password) out += (user ? percent_encode(*user) : "") + (password ? ":***" : "") + "@";
  std::vector<std::string> hosts =
      o.get("host") ? split(*o.get("host"), ',') : std::vector<std::string>{};
  std::vector<std::string> ports =
      o.get("port") ? split(*o.get("port"), ',') : std::vector<std::string>{};
  bool paired = !ports.empty() && ports.size() == std::max<size_t>(hosts.size(), 1);
  std::vector<std::string> authority;
  for (size_t i = 0; i < std::max(hosts.size(), paired ? ports.size() : 0); ++i) {
    std::string a = i < hosts.size() ? uri_host(hosts[i]) : "";
    if (paired && !ports[i].empty()) a += ":" + ports[i];
    authority.push_back(a);
  }
  auto raw = unencoded_at(dsn);
  if (raw) {
    // libpq ended the password at its first '@' and read the rest of it as host (or database):
    // only what follows the last '@' is shown
    out = starts_with(trim(dsn), "postgres://") ? "postgres://" : "postgresql://";
    out += (user ? percent_encode(*user) : "") + ":***@" + raw->rest;
  } else {
    out += join(authority, ",");
    if (auto db = o.get("dbname")) out += "/" + percent_encode(*db);
  }
  std::vector<std::string> query;
  for (const auto& [k, v] : o.set) {
    if (k == "user" || k == "password" || k == "host" || k == "dbname") continue;
    if (k == "port" && (paired || raw)) continue;
    query.push_back(k + "=" + percent_encode(v));
  }
  if (!query.empty()) out += "?" + join(query, "&");
  return out;
}

std::string as_keywords(const Options& o) {
  // where a person looks first, then the rest in libpq's order
  static const std::vector<std::string> first = {"host", "hostaddr", "port", "dbname", "user"};
  std::vector<std::string> parts;
  for (const auto& k : first)
    if (auto v = o.get(k)) parts.push_back(k + "=" + kv_value(*v));
  for (const auto& [k, v] : o.set) {
    bool shown = false;
    for (const auto& f : first) shown = shown || f == k;
    if (shown) continue;
    parts.push_back(k + "=" + (k == "password" ? std::string("***") : kv_value(v)));
  }
  return join(parts, " ");
}

void replace_all(std::string& s, const std::string& what, const std::string& with) {
  if (what.empty()) return;
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + with.size()))
    s.replace(at, what.size(), with);
}

}  // namespace

std::string mask_dsn(const std::string& dsn) {
  auto o = parse(dsn);
  if (!o) return "unparsable connection string";
  return is_uri(dsn) ? as_uri(dsn, *o) : as_keywords(*o);
}

std::string mask_dsn_in(const std::string& text, const std::string& dsn) {
  std::string out = text;
  static const std::regex quoted(R"("[^"]*")");
  auto o = parse(dsn);
  if (o && !trim(dsn).empty()) replace_all(out, dsn, mask_dsn(dsn));
  // what is secret: the password as libpq read it and, with an unencoded '@', as it was meant,
  // with its pieces (libpq quotes them as host or database names)
  std::vector<std::string> secrets;
  if (o)
    if (auto password = o->get("password"); password && !password->empty())
      secrets.push_back(*password);
  if (is_uri(dsn))
    if (auto raw = unencoded_at(dsn)) {
      secrets.push_back(raw->secret);
      for (const auto& piece : split(raw->secret, '@'))
        for (const auto& p : split(piece, '/'))
          if (!p.empty()) secrets.push_back(p);
    }
  // a quoted fragment holding any secret goes whole; a longer secret goes wherever it is
  std::string masked;
  auto begin = std::sregex_iterator(out.begin(), out.end(), quoted);
  size_t at = 0;
  for (auto it = begin; it != std::sregex_iterator(); ++it) {
    std::string q = it->str();
    bool secret = false;
    for (const auto& s : secrets) secret = secret || q.find(s) != std::string::npos;
    // unparsable: its password is not known, so every quoted piece but punctuation ("=") goes
    if (!o)
      secret = std::any_of(q.begin(), q.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
      });
    masked += out.substr(at, static_cast<size_t>(it->position()) - at) + (secret ? "\"***\"" : q);
    at = static_cast<size_t>(it->position() + it->length());
  }
  masked += out.substr(at);
  std::sort(secrets.begin(), secrets.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (const auto& s : secrets)
    if (s.size() >= 4) replace_all(masked, s, "***");
  return masked;
}

}  // namespace starling
