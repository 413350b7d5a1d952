// A read-only YAML document tree with positions, built from yaml-cpp's event parser (its node
// objects are not used). Only the loader uses it. Plain `~`, `null` and empty values are Null;
// anchors and aliases are resolved.
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

// The limits Load enforces: deeper nesting or a longer text is refused before it is parsed.
constexpr int k_max_depth = 64;
constexpr size_t k_max_document_bytes = 1 << 20;

// A text that could not be read as a document, at `mark`: a syntax error, or (when `syntax` is
// false) a text starling refuses before parsing (encoding, size, depth); `hint` says what to do.
struct ParserException : std::runtime_error {
  ParserException(Mark m, std::string message, bool is_syntax = true, std::string h = {})
      : std::runtime_error(message),
        mark(m),
        msg(std::move(message)),
        syntax(is_syntax),
        hint(std::move(h)) {}
  Mark mark;
  std::string msg;
  bool syntax = true;
  std::string hint;
};

// A problem in a document that was read all the same (a duplicate key, an explicit tag, a second
// document): `other` is the related position (the first of two duplicate keys), if any.
struct Problem {
  Mark mark;
  std::string message;
  std::string hint;
  Mark other;
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
  // What is wrong with the document although it could be read, in the order found.
  const std::vector<Problem>& problems() const { return problems_; }

 private:
  friend Document Load(const std::string& text);
  std::vector<NodeData> nodes_;
  size_t root_ = 0;
  std::vector<Problem> problems_;
};

// Parses the first document of `text` (an empty text is a Null node). Throws ParserException on a
// syntax error, on a text that is not UTF-8 or holds a control character (NUL included), on a text
// longer than k_max_document_bytes, on nesting deeper than k_max_depth and on an alias inside the
// node it names. Duplicate keys, keys that are not scalars, explicit tags and a second document are
// problems(). The returned Document must outlive every Node taken from it.
Document Load(const std::string& text);

}  // namespace starling::yaml
