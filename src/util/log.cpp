#include "util/log.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <ostream>

namespace starling {

std::string iso_timestamp_now() {
  auto now = std::chrono::system_clock::now();
  std::time_t t = std::chrono::system_clock::to_time_t(now);
  auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  if (ms < 0) ms += 1000;
  std::tm tm{};
  localtime_r(&t, &tm);
  char date[32], zone[8];
  std::strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%S", &tm);
  std::strftime(zone, sizeof zone, "%z", &tm);  // +0100
  std::string z = zone;
  if (z.size() == 5) z.insert(3, ":");
  char frac[8];
  std::snprintf(frac, sizeof frac, ".%03d", static_cast<int>(ms));
  return std::string(date) + frac + z;
}

void Logger::message(const char* level, const std::string& msg) {
  LogEvent e;
  e.level = level;
  e.event = "message";
  e.msg = msg;
  write(e);
}

void Logger::info(const std::string& msg) {
  if (verbosity_ != Verbosity::quiet) message("info", msg);
}

void Logger::debug(const std::string& msg) {
  if (verbosity_ == Verbosity::verbose) message("debug", msg);
}

void Logger::event(const LogEvent& e) {
  if (e.level == "info" && verbosity_ == Verbosity::quiet) return;
  if (e.level == "debug" && verbosity_ != Verbosity::verbose) return;
  write(e);
}

void Logger::progress(const std::string& msg) {
  if (!tty_ || verbosity_ == Verbosity::quiet || format_ == LogFormat::json) return;
  progress_open_ = true;
  try {
    out_ << "\r\033[K" << msg << std::flush;
  } catch (...) {
    // a progress line that cannot be written is dropped
  }
}

void Logger::end_progress() {
  if (!progress_open_) return;
  progress_open_ = false;
  try {
    out_ << "\r\033[K" << std::flush;
  } catch (...) {
    // as above
  }
}

namespace {

template <typename T>
void put(nlohmann::ordered_json& j, const char* key, const std::optional<T>& v) {
  if (v) j[key] = *v;
}

}  // namespace

void Logger::write(const LogEvent& e) {
  try {
    end_progress();
    if (format_ == LogFormat::json) {
      nlohmann::ordered_json j;
      j["ts"] = iso_timestamp_now();
      j["level"] = e.level;
      j["event"] = e.event;
      put(j, "run_id", e.run_id);
      put(j, "command", e.command);
      put(j, "model", e.model);
      put(j, "status", e.status);
      put(j, "inserted", e.inserted);
      put(j, "updated", e.updated);
      put(j, "deleted", e.deleted);
      put(j, "periods", e.periods);
      put(j, "models_ok", e.models_ok);
      put(j, "models_failed", e.models_failed);
      put(j, "models_skipped", e.models_skipped);
      put(j, "duration_ms", e.duration_ms);
      put(j, "error", e.error);
      j["msg"] = e.msg;
      // bytes that are not UTF-8 (a server message in another encoding) become U+FFFD
      out_ << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    } else if (e.level == "error" || e.level == "warn") {
      out_ << e.level << ": " << e.msg << "\n";
    } else {
      out_ << e.msg << "\n";
    }
    out_.flush();
  } catch (...) {
    // output is not the work: a log line that cannot be written is dropped
  }
}

}  // namespace starling
