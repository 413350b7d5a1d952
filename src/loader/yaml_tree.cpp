#include "loader/yaml_tree.hpp"

#include <yaml.h>

#include <map>

namespace starling::yaml {

namespace {
const std::string k_empty;

Mark mark_of(const yaml_mark_t& m) {
  return Mark{static_cast<int>(m.line), static_cast<int>(m.column)};
}

bool is_null_plain(const std::string& s) {
  return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

// Owns a libyaml parser for the duration of one Load.
struct Parser {
  yaml_parser_t p{};
  explicit Parser(const std::string& text) {
    yaml_parser_initialize(&p);
    yaml_parser_set_input_string(&p, reinterpret_cast<const unsigned char*>(text.data()),
                                 text.size());
  }
  ~Parser() { yaml_parser_delete(&p); }
  // The next event; throws on a syntax error.
  void next(yaml_event_t& e) {
    if (!yaml_parser_parse(&p, &e)) {
      std::string msg = p.problem ? p.problem : "malformed YAML";
      if (p.context) msg = std::string(p.context) + ", " + msg;
      throw ParserException(mark_of(p.problem_mark), msg);
    }
  }
};

struct Event {
  yaml_event_t e{};
  ~Event() { yaml_event_delete(&e); }
};

std::string anchor_of(const unsigned char* a) {
  return a ? std::string(reinterpret_cast<const char*>(a)) : std::string();
}

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
  Document doc;
  std::vector<NodeData>* arena = &doc.nodes_;
  Parser parser(text);
  std::vector<size_t> stack;  // open sequences and maps
  std::map<std::string, size_t> anchors;
  bool have_root = false;
  size_t root = 0;
  auto attach = [&](size_t idx) {
    if (stack.empty()) {
      if (!have_root) {
        root = idx;
        have_root = true;
      }
    } else {
      (*arena)[stack.back()].children.push_back(idx);
    }
  };
  for (bool done = false; !done;) {
    Event ev;
    parser.next(ev.e);
    const yaml_event_t& e = ev.e;
    switch (e.type) {
      case YAML_STREAM_END_EVENT:
        done = true;
        break;
      case YAML_DOCUMENT_END_EVENT:
        // only the first document counts
        if (have_root) done = true;
        break;
      case YAML_SCALAR_EVENT: {
        NodeData d;
        d.scalar.assign(reinterpret_cast<const char*>(e.data.scalar.value), e.data.scalar.length);
        d.mark = mark_of(e.start_mark);
        bool plain = e.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
        d.type = plain && is_null_plain(d.scalar) ? NodeType::Null : NodeType::Scalar;
        arena->push_back(std::move(d));
        size_t idx = arena->size() - 1;
        if (auto a = anchor_of(e.data.scalar.anchor); !a.empty()) anchors[a] = idx;
        attach(idx);
        break;
      }
      case YAML_SEQUENCE_START_EVENT:
      case YAML_MAPPING_START_EVENT: {
        NodeData d;
        bool seq = e.type == YAML_SEQUENCE_START_EVENT;
        d.type = seq ? NodeType::Sequence : NodeType::Map;
        d.mark = mark_of(e.start_mark);
        arena->push_back(std::move(d));
        size_t idx = arena->size() - 1;
        auto a = anchor_of(seq ? e.data.sequence_start.anchor : e.data.mapping_start.anchor);
        if (!a.empty()) anchors[a] = idx;
        attach(idx);
        stack.push_back(idx);
        break;
      }
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT:
        stack.pop_back();
        break;
      case YAML_ALIAS_EVENT: {
        auto it = anchors.find(anchor_of(e.data.alias.anchor));
        if (it == anchors.end())
          throw ParserException(mark_of(e.start_mark),
                                "unknown alias '" + anchor_of(e.data.alias.anchor) + "'");
        attach(it->second);
        break;
      }
      default:
        break;
    }
  }
  if (!have_root) {
    arena->push_back(NodeData{});  // an empty document is Null
    root = arena->size() - 1;
  }
  doc.root_ = root;
  return doc;
}

}  // namespace starling::yaml
