// The watermarks a model's builds recorded (source.table -> the newest loaded_at read, local time)
// and where a later read starts from them: the one place of that arithmetic.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "plan/periods.hpp"

namespace starling {

class Watermarks {
 public:
  Watermarks() = default;
  // `overlap`: how far before a watermark a read starts again (run.watermark_overlap), so that
  // rows committed late with an earlier loaded_at are not missed.
  Watermarks(std::map<std::string, std::string> values, std::chrono::seconds overlap)
      : values_(std::move(values)), overlap_(overlap) {}

  // The value recorded for `name`, or null.
  const std::string* find(const std::string& name) const;
  bool has(const std::string& name) const { return values_.count(name) > 0; }
  const std::map<std::string, std::string>& values() const { return values_; }
  // Forgets every watermark (an additive change reads every row again).
  void clear() { values_.clear(); }

  // The oldest of the named watermarks; nothing when `names` is empty or one of them has none (or
  // one that is not a local time).
  std::optional<LocalTime> oldest(const std::vector<std::string>& names) const;
  // Where a read of the rows loaded since the named watermarks starts: the oldest less the
  // overlap ("YYYY-MM-DD HH:MM:SS"), or "-infinity" when `oldest` has nothing (read every row).
  std::string since(const std::vector<std::string>& names) const;
  std::string since(const std::string& name) const { return since(std::vector<std::string>{name}); }

 private:
  std::map<std::string, std::string> values_;
  std::chrono::seconds overlap_{0};
};

}  // namespace starling
