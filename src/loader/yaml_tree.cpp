#include "loader/yaml_tree.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <istream>
#include <optional>
#include <streambuf>
#include <string_view>
#include <unordered_map>

namespace starling::yaml {

namespace {
const std::string k_empty;

// The line and column (0-based, in bytes) of offset `pos` in `text`.
Mark mark_at(const std::string& text, size_t pos) {
  Mark m{0, 0};
  size_t line_start = 0;
  for (size_t i = 0; i < pos && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++m.line;
      line_start = i + 1;
    }
  }
  m.column = static_cast<int>(pos - line_start);
  return m;
}

std::string hex(unsigned long v, int digits, const char* prefix) {
  std::string out(static_cast<size_t>(digits), '0');
  for (int i = digits - 1; i >= 0; --i, v >>= 4)
    out[static_cast<size_t>(i)] = "0123456789ABCDEF"[v & 15];
  return prefix + out;
}
std::string hex_byte(unsigned char c) {
  return hex(c, 2, "0x");
}

// Throws at the first byte that is not part of valid UTF-8 or is a character YAML does not allow
// in a document (C0 and C1 controls other than tab, line feed, carriage return and NEL; DEL;
// surrogates; U+FFFE and U+FFFF).
void check_encoding(const std::string& t) {
  const size_t n = t.size();
  for (size_t i = 0; i < n;) {
    auto c = static_cast<unsigned char>(t[i]);
    if (c < 0x80) {
      if (c == 0)
        throw ParserException(mark_at(t, i), "NUL byte in the file", false,
                              "a YAML file is UTF-8 text; remove the byte");
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
        throw ParserException(mark_at(t, i), "control character " + hex_byte(c) + " in the file",
                              false, "remove it, or write it as an escape in a quoted string");
      ++i;
      continue;
    }
    size_t len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 0;
    char32_t cp = len == 4 ? c & 0x07 : len == 3 ? c & 0x0f : c & 0x1f;
    bool ok = len != 0 && c < 0xf5 && i + len <= n;
    for (size_t k = 1; ok && k < len; ++k) {
      auto cc = static_cast<unsigned char>(t[i + k]);
      ok = (cc & 0xc0) == 0x80;
      cp = (cp << 6) | (cc & 0x3f);
    }
    static const char32_t k_min[] = {0, 0, 0x80, 0x800, 0x10000};
    ok = ok && cp >= k_min[len] && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
    if (!ok)
      throw ParserException(mark_at(t, i), "invalid UTF-8 (byte " + hex_byte(c) + ")", false,
                            "save the file as UTF-8");
    if ((cp >= 0x80 && cp <= 0x9f && cp != 0x85) || cp == 0xfffe || cp == 0xffff)
      throw ParserException(mark_at(t, i), "control character " + hex(cp, 4, "U+") + " in the file",
                            false, "remove it");
    i += len;
  }
}

std::string depth_message() {
  return "YAML nested deeper than " + std::to_string(k_max_depth) + " levels";
}
const char* const k_depth_hint = "a model or config file needs a few levels; flatten the YAML";

// Finds a flow collection ([...] or {...}) nested deeper than k_max_depth, in one pass over the
// text, and throws there. yaml-cpp's scanner reads a whole unclosed flow collection ahead before
// its parser (which checks the depth) sees it, in time that grows faster than the text; this pass
// keeps deep input as fast to refuse as any other. It follows YAML's lexing closely enough for
// this: comments, quoted scalars, and block scalars (by indentation) are skipped.
class FlowDepthScanner {
 public:
  explicit FlowDepthScanner(const std::string& t) : t(t), n(t.size()) {}
  void run() {
    while (i < n) {  // at the start of a line, in block context
      bool block_scalar = block_line();
      to_eol();
      if (i < n) ++i;
      if (block_scalar) skip_block_scalar();
    }
  }

 private:
  size_t col() const { return i - line_start; }
  bool next_is_blank() const { return i + 1 >= n || t[i + 1] == ' ' || t[i + 1] == '\n'; }
  void to_eol() {
    while (i < n && t[i] != '\n') ++i;
  }
  void skip_quoted() {  // t[i] is the opening quote
    const char q = t[i++];
    while (i < n) {
      char c = t[i];
      if (c == '\n') line_start = i + 1;
      if (q == '"' && c == '\\') {
        if (++i < n && t[i] == '\n') line_start = i + 1;
      } else if (c == q) {
        if (q == '\'' && i + 1 < n && t[i + 1] == '\'') {
          ++i;
        } else {
          ++i;
          return;
        }
      }
      ++i;
    }
  }
  void skip_flow() {  // t[i] opens a flow collection; returns after the one that closes it
    int depth = 0;
    while (i < n) {
      char c = t[i];
      if (c == '[' || c == '{') {
        if (++depth > k_max_depth)
          throw ParserException(Mark{static_cast<int>(std::count(t.begin(), t.begin() + i, '\n')),
                                     static_cast<int>(col())},
                                depth_message(), false, k_depth_hint);
      } else if (c == ']' || c == '}') {
        ++i;
        if (--depth == 0) return;
        continue;
      } else if (c == '\n') {
        line_start = i + 1;
      } else if (c == '#' && (i == line_start || t[i - 1] == ' ' || t[i - 1] == '\t')) {
        to_eol();
        continue;
      } else if ((c == '"' || c == '\'') &&
                 (i == line_start ||
                  std::string_view(" \t[{,:").find(t[i - 1]) != std::string_view::npos)) {
        skip_quoted();
        continue;
      }
      ++i;
    }
  }
  // One line in block context, up to its end or a block scalar's indicator (then true).
  bool block_line() {
    line_start = i;
    size_t node_col = 0;  // the column where the current node started
    bool at_node = true;
    while (i < n && t[i] == ' ') ++i;
    parent_col = col();
    while (i < n && t[i] != '\n') {
      char c = t[i];
      if (at_node) {
        if (c == ' ' || c == '\t') {
          ++i;
        } else if ((c == '-' || c == '?' || c == ':') && next_is_blank()) {
          parent_col = col();
          ++i;
        } else if (c == '&' || c == '!') {
          while (i < n && t[i] != ' ' && t[i] != '\n') ++i;
        } else if (c == '#') {
          to_eol();
        } else if (c == '[' || c == '{') {
          skip_flow();
          at_node = false;
        } else if (c == '"' || c == '\'') {
          node_col = col();
          skip_quoted();
          at_node = false;
        } else if (c == '|' || c == '>') {
          return true;
        } else {
          node_col = col();
          at_node = false;
        }
        continue;
      }
      if (c == ':' && next_is_blank()) {
        parent_col = node_col;
        at_node = true;
      } else if (c == '#' && (t[i - 1] == ' ' || t[i - 1] == '\t')) {
        to_eol();
        continue;
      }
      ++i;
    }
    return false;
  }
  void skip_block_scalar() {  // its lines: blank or right of its parent
    while (i < n) {
      size_t b = i;
      while (i < n && t[i] == ' ') ++i;
      bool content = i >= n || t[i] == '\n' || i - b > parent_col;
      if (!content) {
        i = b;
        break;
      }
      to_eol();
      if (i < n) ++i;
    }
  }

  const std::string& t;
  const size_t n;
  size_t i = 0;
  size_t line_start = 0;
  size_t parent_col = 0;  // the column of the node a block scalar's lines must be right of
};

void check_flow_depth(const std::string& t) {
  FlowDepthScanner(t).run();
}

Mark mark_of(const YAML::Mark& m) {
  return Mark{m.line, m.column};
}

// Reads a string in place (std::istringstream would copy it).
struct StringBuf : std::streambuf {
  explicit StringBuf(const std::string& s) {
    char* p = const_cast<char*>(s.data());  // only read
    setg(p, p, p + s.size());
  }
};

// Thrown by the builder to stop at a second document.
struct SecondDocument {
  YAML::Mark mark;
};

// The tag written at `pos` (after an anchor, if any), or "" when there is none.
std::string written_tag(const std::string& t, int pos) {
  if (pos < 0) return "";
  auto i = static_cast<size_t>(pos);
  if (i < t.size() && t[i] == '&') {
    while (i < t.size() && t[i] != ' ' && t[i] != '\n') ++i;
    while (i < t.size() && t[i] == ' ') ++i;
  }
  if (i >= t.size() || t[i] != '!') return "";
  size_t b = i;
  while (i < t.size() && t[i] != ' ' && t[i] != '\n' && t[i] != ',' && t[i] != ']' && t[i] != '}')
    ++i;
  return t.substr(b, i - b);
}

// Turns yaml-cpp's events into NodeData.
class Builder : public YAML::EventHandler {
 public:
  Builder(const std::string& text, std::vector<NodeData>& nodes, std::vector<Problem>& problems)
      : text_(text), nodes_(nodes), problems_(problems) {
    // yaml-cpp's positions do not count a byte order mark
    if (text.compare(0, 3, "\xef\xbb\xbf") == 0) bom_ = 3;
  }

  bool have_root = false;
  size_t root = 0;

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ > 1) throw SecondDocument{mark};
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    check_tag(mark, "?");
    add(NodeData{NodeType::Null, {}, mark_of(mark), {}}, anchor);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    size_t target = anchor < anchors_.size() ? anchors_[anchor] : 0;
    if (std::find(open_.begin(), open_.end(), target) != open_.end())
      throw ParserException(mark_of(mark), "an alias inside the node it names", true);
    attach(target);
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    check_tag(mark, tag);
    add(NodeData{NodeType::Scalar, value, mark_of(mark), {}}, anchor);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, tag, anchor, NodeType::Sequence);
  }
  void OnSequenceEnd() override { open_.pop_back(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(mark, tag, anchor, NodeType::Map);
  }
  void OnMapEnd() override {
    check_keys(open_.back());
    open_.pop_back();
  }

 private:
  void add(NodeData d, YAML::anchor_t anchor) {
    nodes_.push_back(std::move(d));
    size_t idx = nodes_.size() - 1;
    if (anchor != YAML::NullAnchor) {
      if (anchors_.size() <= anchor) anchors_.resize(anchor + 1);
      anchors_[anchor] = idx;
    }
    attach(idx);
  }
  void attach(size_t idx) {
    if (!open_.empty()) {
      nodes_[open_.back()].children.push_back(idx);
    } else if (!have_root) {
      root = idx;
      have_root = true;
    }
  }
  void open(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, NodeType t) {
    if (open_.size() >= static_cast<size_t>(k_max_depth))
      throw ParserException(mark_of(mark), depth_message(), false, k_depth_hint);
    check_tag(mark, tag);
    add(NodeData{t, {}, mark_of(mark), {}}, anchor);
    open_.push_back(nodes_.size() - 1);
  }
  // yaml-cpp gives "?" for a plain node and "!" for a quoted or block one; anything else, or a
  // "!" written in the text, is an explicit tag.
  void check_tag(const YAML::Mark& mark, const std::string& tag) {
    std::string written = written_tag(text_, mark.pos < 0 ? -1 : mark.pos + bom_);
    if (written.empty() && (tag == "?" || tag == "!")) return;
    if (written.empty()) {
      const std::string core = "tag:yaml.org,2002:";
      written = tag.compare(0, core.size(), core) == 0 ? "!!" + tag.substr(core.size()) : tag;
    }
    problems_.push_back(Problem{mark_of(mark), "explicit YAML tag '" + written + "' is not allowed",
                                "remove the tag: starling reads plain values", Mark{}});
  }
  void check_keys(size_t map) {
    const auto& c = nodes_[map].children;
    std::unordered_map<std::string_view, size_t> seen;
    for (size_t i = 0; i < c.size(); i += 2) {
      const NodeData& k = nodes_[c[i]];
      if (k.type == NodeType::Sequence || k.type == NodeType::Map) {
        problems_.push_back(Problem{k.mark,
                                    std::string("a key must be a scalar, found a ") +
                                        (k.type == NodeType::Map ? "map" : "list"),
                                    "write 'name: value'", Mark{}});
        continue;
      }
      auto [at, fresh] = seen.emplace(k.scalar, c[i]);
      if (!fresh)
        problems_.push_back(Problem{k.mark, "duplicate key '" + k.scalar + "'", "keep one of them",
                                    nodes_[at->second].mark});
    }
  }

  const std::string& text_;
  std::vector<NodeData>& nodes_;
  std::vector<Problem>& problems_;
  std::vector<size_t> open_;     // open sequences and maps, outermost first
  std::vector<size_t> anchors_;  // node of each anchor id
  int documents_ = 0;
  int bom_ = 0;
};

}  // namespace

const std::string& Node::Scalar() const {
  return IsScalar() ? data().scalar : k_empty;
}

size_t Node::size() const {
  if (!arena_) return 0;
  size_t n = data().children.size();
  return IsMap() ? n / 2 : n;
}

Node Node::operator[](const std::string& key) const {
  if (!IsMap()) return Node();
  const auto& c = data().children;
  for (size_t i = 0; i + 1 < c.size(); i += 2) {
    const NodeData& k = arena_[c[i]];
    if (k.type == NodeType::Scalar && k.scalar == key) return Node(arena_, c[i + 1]);
  }
  return Node();
}

Node::iterator Node::begin() const {
  return iterator(this, 0);
}
Node::iterator Node::end() const {
  return iterator(this, arena_ && (IsMap() || IsSequence()) ? data().children.size() : 0);
}

void Node::iterator::fill() const {
  const auto& c = parent_->data().children;
  if (parent_->IsMap()) {
    value_.first = Node(parent_->arena_, c[pos_]);
    value_.second = Node(parent_->arena_, c[pos_ + 1]);
    static_cast<Node&>(value_) = value_.second;
  } else {
    static_cast<Node&>(value_) = Node(parent_->arena_, c[pos_]);
  }
}

Document Load(const std::string& text) {
  if (text.size() > k_max_document_bytes)
    throw ParserException(
        mark_at(text, k_max_document_bytes),
        "the file is longer than " + std::to_string(k_max_document_bytes / 1024) + " KiB", false,
        "split it: one model per file");
  check_encoding(text);
  check_flow_depth(text);
  Document doc;
  Builder b(text, doc.nodes_, doc.problems_);
  StringBuf buf(text);
  std::istream in(&buf);
  try {
    YAML::Parser parser(in);
    parser.HandleNextDocument(b);
    parser.HandleNextDocument(b);
  } catch (const SecondDocument& s) {
    doc.problems_.push_back(Problem{mark_of(s.mark), "a second YAML document starts here",
                                    "a file holds one document: remove the '---' or move what "
                                    "follows to its own file",
                                    Mark{}});
  } catch (const YAML::ParserException& e) {
    // an error without a position is one at the end of the text
    throw ParserException(e.mark.is_null() ? mark_at(text, text.size()) : mark_of(e.mark), e.msg);
  }
  if (!b.have_root) {
    doc.nodes_.push_back(NodeData{});  // an empty document is Null
    b.root = doc.nodes_.size() - 1;
    b.have_root = true;
  }
  doc.root_ = b.root;
  return doc;
}

}  // namespace starling::yaml
