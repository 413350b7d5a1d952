// Logging for people (text) and machines (json lines) on stderr. Quiet mode (cron) keeps errors,
// warnings and the one summary line.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

namespace starling {

enum class LogFormat { text, json };
enum class Verbosity { quiet, normal, verbose };

// Something that happened, with its facts as fields: a text log prints `msg`, a json log prints
// one object with every field that is set (docs/commands.md lists them).
struct LogEvent {
  std::string level = "info";  // error | warn | info | debug | summary
  std::string event;           // e.g. model_finished, model_failed, run_finished
  std::string msg;             // the line a person reads
  std::optional<long long> run_id;
  std::optional<std::string> command;
  std::optional<std::string> model;
  std::optional<long long> inserted, updated, deleted;
  std::optional<long long> periods;
  std::optional<long long> duration_ms;
  std::optional<std::string> status;
  std::optional<std::string> error;
  std::optional<long long> models_ok, models_failed, models_skipped;
};

class Logger {
 public:
  Logger(std::ostream& out, LogFormat format, Verbosity verbosity, bool tty)
      : out_(out), format_(format), verbosity_(verbosity), tty_(tty) {}

  void error(const std::string& msg) { message("error", msg); }
  void warn(const std::string& msg) { message("warn", msg); }
  void info(const std::string& msg);
  void debug(const std::string& msg);
  // The closing line of a command: printed even when quiet.
  void summary(const std::string& msg) { message("summary", msg); }
  // An event at its level (info and debug follow the verbosity, like info() and debug()).
  void event(const LogEvent& e);
  // A progress line on a terminal (overwritten in place); nothing under cron or with json.
  void progress(const std::string& msg);
  void end_progress();

  bool quiet() const { return verbosity_ == Verbosity::quiet; }

 private:
  // A line that is only its text: event "message".
  void message(const char* level, const std::string& msg);
  // Never throws: a log line that cannot be written (a closed pipe) is dropped.
  void write(const LogEvent& e);
  std::ostream& out_;
  LogFormat format_;
  Verbosity verbosity_;
  bool tty_;
  bool progress_open_ = false;
};

// Now as ISO 8601 in the local time zone with its offset and milliseconds:
// "2026-12-01T15:05:16.123+01:00".
std::string iso_timestamp_now();

}  // namespace starling
