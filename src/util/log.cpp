#include "util/log.hpp"

#include <chrono>
#include <ctime>
#include <ostream>

namespace starling {

std::string json_escape(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          static const char* hex = "0123456789abcdef";
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out;
}

void Logger::info(const std::string& msg) {
  if (verbosity_ != Verbosity::quiet) write("info", msg);
}

void Logger::debug(const std::string& msg) {
  if (verbosity_ == Verbosity::verbose) write("debug", msg);
}

void Logger::progress(const std::string& msg) {
  if (!tty_ || verbosity_ == Verbosity::quiet || format_ == LogFormat::json) return;
  out_ << "\r\033[K" << msg << std::flush;
  progress_open_ = true;
}

void Logger::end_progress() {
  if (progress_open_) out_ << "\r\033[K" << std::flush;
  progress_open_ = false;
}

void Logger::write(const char* level, const std::string& msg) {
  end_progress();
  if (format_ == LogFormat::json) {
    auto now = std::chrono::system_clock::now();
    std::time_t t = std::chrono::system_clock::to_time_t(now);
    char buf[32];
    std::tm tm{};
    gmtime_r(&t, &tm);
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    out_ << "{\"ts\":\"" << buf << "\",\"level\":\"" << level << "\",\"msg\":\"" << json_escape(msg)
         << "\"}\n";
  } else {
    std::string l = level;
    if (l == "error" || l == "warn")
      out_ << l << ": " << msg << "\n";
    else
      out_ << msg << "\n";
  }
  out_.flush();
}

}  // namespace starling
