#include "util/error.hpp"

#include <algorithm>
#include <tuple>

namespace starling {

std::string SourceLoc::str() const {
  if (file.empty()) return "<unknown>";
  std::string s = file.str();
  if (line > 0) {
    s += ":" + std::to_string(line);
    if (column > 0) s += ":" + std::to_string(column);
  }
  return s;
}

int exit_code_for(ErrorCategory c) {
  switch (c) {
    case ErrorCategory::usage:
    case ErrorCategory::project:
    case ErrorCategory::migration:
      return 2;
    case ErrorCategory::locked:
      return 3;
    case ErrorCategory::unreachable:
      return 4;
    case ErrorCategory::database:
    case ErrorCategory::internal:
      return 1;
  }
  return 1;
}

Error::Error(ErrorCategory category, std::string message, std::optional<SourceLoc> loc,
             std::string hint)
    : std::runtime_error(message),
      category_(category),
      message_(std::move(message)),
      loc_(std::move(loc)),
      hint_(std::move(hint)) {
  refresh_what();
}

bool Error::is_serialization_conflict() const {
  if (category_ != ErrorCategory::database) return false;
  if (sqlstate_ == "40001") return true;
  // Redshift: "1023 … Serializable isolation violation on table …" (SQLSTATE XX000)
  return message_.find("1023") != std::string::npos &&
         message_.find("Serializable isolation violation") != std::string::npos;
}

bool Error::is_lock_timeout() const {
  return sqlstate_ == "55P03";
}

Error& Error::with_sqlstate(std::string s) {
  sqlstate_ = std::move(s);
  refresh_what();
  return *this;
}
Error& Error::with_model(std::string m) {
  model_ = std::move(m);
  refresh_what();
  return *this;
}
Error& Error::with_statement(std::string s) {
  statement_ = std::move(s);
  refresh_what();
  return *this;
}

std::string Error::describe() const {
  std::string s;
  if (loc_ && loc_->known()) s += loc_->str() + ": ";
  if (!model_.empty()) s += "model " + model_ + ": ";
  s += message_;
  if (!sqlstate_.empty()) s += " [SQLSTATE " + sqlstate_ + "]";
  if (!hint_.empty()) s += " (" + hint_ + ")";
  return s;
}

void Error::refresh_what() {
  what_ = describe();
  static_cast<std::runtime_error&>(*this) = std::runtime_error(what_);
}

std::string Diagnostic::str() const {
  std::string s = loc.str() + ": " + message;
  if (!hint.empty()) s += " (" + hint + ")";
  return s;
}

void Diagnostics::add(SourceLoc loc, std::string message, std::string hint) {
  items_.push_back(Diagnostic{std::move(loc), std::move(message), std::move(hint)});
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  auto v = items_;
  auto key = [](const Diagnostic& d) {
    return std::tie(d.loc.file, d.loc.line, d.loc.column, d.message, d.hint);
  };
  std::stable_sort(v.begin(), v.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

void Diagnostics::throw_if_any() const {
  if (items_.empty()) return;
  std::string msg;
  for (const auto& d : sorted()) {
    if (!msg.empty()) msg += "\n";
    msg += d.str();
  }
  throw Error(ErrorCategory::project, msg);
}

}  // namespace starling
