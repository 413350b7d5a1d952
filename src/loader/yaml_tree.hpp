// A read-only YAML document tree with positions, built from libyaml's event parser. Only the
// loader uses it. Plain `~`, `null` and empty values are Null; anchors and aliases are resolved.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace starling::yaml {

struct Mark {
  int line = -1;  // 0-based; -1 when unknown
  int column = -1;
};

enum class NodeType { Undefined, Null, Scalar, Sequence, Map };

// A syntax error, at `mark`.
struct ParserException : std::runtime_error {
  ParserException(Mark m, std::string message)
      : std::runtime_error(message), mark(m), msg(std::move(message)) {}
  Mark mark;
  std::string msg;
};

struct NodeData {
  NodeType type = NodeType::Null;
  std::string scalar;
  Mark mark;
  std::vector<size_t> children;  // a sequence's items; a map's keys and values, interleaved
};

class Node;

// What iterating a node yields: for a sequence the item itself; for a map `first` (the key) and
// `second` (the value).
struct IterValue;

class Node {
 public:
  Node() = default;
  Node(const NodeData* arena, size_t index) : arena_(arena), index_(index) {}

  NodeType Type() const { return arena_ ? data().type : NodeType::Undefined; }
  bool IsDefined() const { return arena_ != nullptr; }
  bool IsNull() const { return Type() == NodeType::Null; }
  bool IsScalar() const { return Type() == NodeType::Scalar; }
  bool IsSequence() const { return Type() == NodeType::Sequence; }
  bool IsMap() const { return Type() == NodeType::Map; }
  explicit operator bool() const { return IsDefined(); }

  // The text of a scalar; "" for anything else.
  const std::string& Scalar() const;
  Mark GetMark() const { return arena_ ? data().mark : Mark{}; }
  // Items of a sequence, entries of a map.
  size_t size() const;
  // The value of `key` in a map; an undefined node when absent or not a map.
  Node operator[](const std::string& key) const;

  class iterator;
  iterator begin() const;
  iterator end() const;

 private:
  const NodeData& data() const { return arena_[index_]; }
  const NodeData* arena_ = nullptr;  // the document's nodes; a Node is valid while it lives
  size_t index_ = 0;
};

struct IterValue : Node {
  Node first;
  Node second;
};

class Node::iterator {
 public:
  iterator(const Node* parent, size_t pos) : parent_(parent), pos_(pos) {}
  const IterValue& operator*() const {
    fill();
    return value_;
  }
  const IterValue* operator->() const {
    fill();
    return &value_;
  }
  iterator& operator++() {
    pos_ += parent_->IsMap() ? 2 : 1;
    return *this;
  }
  bool operator!=(const iterator& o) const { return pos_ != o.pos_; }
  bool operator==(const iterator& o) const { return pos_ == o.pos_; }

 private:
  void fill() const;
  const Node* parent_;
  size_t pos_;
  mutable IterValue value_;
};

// One parsed document: owns the nodes that Node values point into.
class Document {
 public:
  Node root() const { return Node(nodes_.data(), root_); }

 private:
  friend Document Load(const std::string& text);
  std::vector<NodeData> nodes_;
  size_t root_ = 0;
};

// Parses the first document of `text` (an empty text is a Null node). Throws ParserException.
// The returned Document must outlive every Node taken from it.
Document Load(const std::string& text);

}  // namespace starling::yaml
