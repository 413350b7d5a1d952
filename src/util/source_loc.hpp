// Where a value came from: a file and a 1-based line and column.
#pragma once

#include <string>

namespace starling {

struct SourceLoc {
  std::string file;
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
