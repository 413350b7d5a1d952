// Where a value came from: a file and a 1-based line and column.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace starling {

// A file name shared by every location in that file: copying it allocates nothing.
class FileName {
 public:
  FileName() = default;
  FileName(std::string name) : name_(std::make_shared<const std::string>(std::move(name))) {}
  FileName(const char* name) : FileName(std::string(name)) {}
  const std::string& str() const { return name_ ? *name_ : no_name(); }
  operator const std::string&() const { return str(); }
  bool empty() const { return str().empty(); }
  friend bool operator==(const FileName& a, const FileName& b) {
    return a.name_ == b.name_ || a.str() == b.str();
  }
  friend bool operator==(const FileName& a, const char* b) { return a.str() == b; }
  friend bool operator!=(const FileName& a, const FileName& b) { return !(a == b); }
  friend bool operator<(const FileName& a, const FileName& b) { return a.str() < b.str(); }
  friend std::ostream& operator<<(std::ostream& o, const FileName& f) { return o << f.str(); }

 private:
  static const std::string& no_name() {
    static const std::string e;
    return e;
  }
  std::shared_ptr<const std::string> name_;
};

struct SourceLoc {
  FileName file;
  int line = 0;    // 1-based; 0 when unknown
  int column = 0;  // 1-based; 0 when unknown

  // Returns "file:line:column", "file:line" or "file", depending on what is known.
  std::string str() const;
  bool known() const { return !file.empty(); }
  bool operator==(const SourceLoc& o) const {
    return file == o.file && line == o.line && column == o.column;
  }
  bool operator!=(const SourceLoc& o) const { return !(*this == o); }
};

}  // namespace starling
