// Logging for people (text) and machines (json lines) on stderr. Quiet mode (cron) keeps errors,
// warnings and the one summary line.
#pragma once

#include <iosfwd>
#include <string>

namespace starling {

enum class LogFormat { text, json };
enum class Verbosity { quiet, normal, verbose };

class Logger {
 public:
  Logger(std::ostream& out, LogFormat format, Verbosity verbosity, bool tty)
      : out_(out), format_(format), verbosity_(verbosity), tty_(tty) {}

  void error(const std::string& msg) { write("error", msg); }
  void warn(const std::string& msg) { write("warn", msg); }
  void info(const std::string& msg);
  void debug(const std::string& msg);
  // The closing line of a command: printed even when quiet.
  void summary(const std::string& msg) { write("summary", msg); }
  // A progress line on a terminal (overwritten in place); nothing under cron or with json.
  void progress(const std::string& msg);
  void end_progress();

  bool quiet() const { return verbosity_ == Verbosity::quiet; }

 private:
  void write(const char* level, const std::string& msg);
  std::ostream& out_;
  LogFormat format_;
  Verbosity verbosity_;
  bool tty_;
  bool progress_open_ = false;
};

// `s` escaped for a JSON string (without the quotes).
std::string json_escape(const std::string& s);

}  // namespace starling
