#include "loader/yaml_tree.hpp"

#include <gtest/gtest.h>

#include <chrono>

namespace starling::yaml {
namespace {

TEST(YamlTree, TypesNullsAndPositions) {
  Document parsed = Load(
      "a: 1\n"
      "b:\n"
      "c: ~\n"
      "d: \"null\"\n"
      "e: [x, 'y']\n"
      "f: {g: h}\n");
  Node doc = parsed.root();
  ASSERT_TRUE(doc.IsMap());
  EXPECT_EQ(doc.size(), 6u);
  EXPECT_EQ(doc["a"].Scalar(), "1");
  EXPECT_TRUE(doc["b"].IsNull());
  EXPECT_TRUE(doc["c"].IsNull());
  EXPECT_TRUE(doc["d"].IsScalar());  // quoted: a string, not null
  EXPECT_EQ(doc["d"].Scalar(), "null");
  EXPECT_FALSE(doc["missing"]);
  EXPECT_TRUE(doc["e"].IsSequence());
  std::vector<std::string> items;
  for (const auto& x : doc["e"]) items.push_back(x.Scalar());
  EXPECT_EQ(items, (std::vector<std::string>{"x", "y"}));
  EXPECT_EQ(doc["f"]["g"].Scalar(), "h");
  EXPECT_EQ(doc["f"].GetMark().line, 5);
  EXPECT_EQ(doc["f"].GetMark().column, 3);
  std::vector<std::string> keys;
  for (auto it = doc.begin(); it != doc.end(); ++it) keys.push_back(it->first.Scalar());
  EXPECT_EQ(keys, (std::vector<std::string>{"a", "b", "c", "d", "e", "f"}));
}

TEST(YamlTree, AnchorsAndAliases) {
  Document parsed = Load("base: &b {type: text}\ncopy: *b\n");
  Node doc = parsed.root();
  EXPECT_EQ(doc["copy"]["type"].Scalar(), "text");
}

TEST(YamlTree, EmptyDocumentIsNull) {
  EXPECT_TRUE(Load("").root().IsNull());
}

TEST(YamlTree, SyntaxErrorHasPosition) {
  try {
    Load("a: [1, 2\nb: 3\n");
    FAIL() << "no error";
  } catch (const ParserException& e) {
    EXPECT_GE(e.mark.line, 1);
    EXPECT_EQ(e.msg, "end of sequence flow not found");
    EXPECT_TRUE(e.syntax);
  }
}

// What Load throws for `text`, as "line:column: message" (1-based), or "no error".
std::string refusal(const std::string& text) {
  try {
    Load(text);
  } catch (const ParserException& e) {
    return std::to_string(e.mark.line + 1) + ":" + std::to_string(e.mark.column + 1) + ": " + e.msg;
  }
  return "no error";
}

// The problems of a document that could be read, as "line:column: message [other line:column]".
std::vector<std::string> problems(const std::string& text) {
  std::vector<std::string> out;
  Document doc = Load(text);
  for (const auto& p : doc.problems()) {
    std::string s = std::to_string(p.mark.line + 1) + ":" + std::to_string(p.mark.column + 1) +
                    ": " + p.message;
    if (p.other.line >= 0)
      s += " [" + std::to_string(p.other.line + 1) + ":" + std::to_string(p.other.column + 1) + "]";
    out.push_back(s);
  }
  return out;
}

// Regression: flow sequences and mappings nested 100,000 deep took 33-38 s before an error.
TEST(YamlTree, DeeplyNestedFlowIsRefusedFast) {
  auto started = std::chrono::steady_clock::now();
  EXPECT_EQ(refusal("a: " + std::string(100000, '[')), "1:68: YAML nested deeper than 64 levels");
  std::string maps = "a:\n  b: ";
  for (int i = 0; i < 100000; ++i) maps += "{k: ";
  EXPECT_EQ(refusal(maps), "2:262: YAML nested deeper than 64 levels");
  std::string lines;
  for (int i = 0; i < 100000; ++i) lines += "- [\n";
  EXPECT_EQ(refusal(lines), "65:3: YAML nested deeper than 64 levels");
  auto took = std::chrono::steady_clock::now() - started;
  EXPECT_LT(took, std::chrono::seconds(1));
  // 64 levels are read
  EXPECT_EQ(refusal(std::string(63, '[') + std::string(63, ']')), "no error");
  // brackets in quoted scalars, comments and block scalars are text
  EXPECT_EQ(
      refusal("a: '" + std::string(100, '[') + "'\nb: |\n  " + std::string(100, '{') + "\nc: 1 # " +
              std::string(100, '[') + "\nd: [\"" + std::string(100, '{') + "\"]\n"),
      "no error");
}

TEST(YamlTree, DeepBlockNestingIsRefused) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += std::string(static_cast<size_t>(2 * i), ' ') + "k:\n";
  EXPECT_EQ(refusal(text), "65:129: YAML nested deeper than 64 levels");
}

TEST(YamlTree, DocumentLongerThanTheLimitIsRefused) {
  std::string text = "a: |\n";
  while (text.size() <= k_max_document_bytes) text += "  " + std::string(97, 'x') + "\n";
  EXPECT_EQ(refusal(text), "10487:72: the file is longer than 1024 KiB");
}

// Regression: duplicate keys inside nested block mappings were accepted.
TEST(YamlTree, DuplicateKeysAtAnyDepthNameBothPositions) {
  EXPECT_EQ(
      problems("a:\n"
               "  b:\n"
               "    c: 1\n"
               "    c: 2\n"
               "  d: {x: 1, x: 2}\n"
               "a: 3\n"),
      (std::vector<std::string>{"4:5: duplicate key 'c' [3:5]", "5:13: duplicate key 'x' [5:7]",
                                "6:1: duplicate key 'a' [1:1]"}));
  EXPECT_EQ(problems("[a]: 1\n"),
            std::vector<std::string>{"1:1: a key must be a scalar, found a list"});
}

// Regression: invalid UTF-8 and NUL bytes were reported at 1:1 wherever they were.
TEST(YamlTree, EncodingErrorsAreReportedWhereTheyAre) {
  EXPECT_EQ(refusal(std::string("a: 1\nbb: x\0y\n", 13)), "2:6: NUL byte in the file");
  EXPECT_EQ(refusal("a: 1\nb: caf\xc3\n"), "2:7: invalid UTF-8 (byte 0xC3)");
  EXPECT_EQ(refusal("a: 1\nb: \xed\xa0\x80\n"), "2:4: invalid UTF-8 (byte 0xED)");  // a surrogate
  EXPECT_EQ(refusal("a: 1\nb: \xc0\xaf\n"), "2:4: invalid UTF-8 (byte 0xC0)");      // overlong
  EXPECT_EQ(refusal("a: 1\n\nc: \x04\n"), "3:4: control character 0x04 in the file");  // was EOF
  EXPECT_EQ(refusal("a: \xc2\x80\n"), "1:4: control character U+0080 in the file");
  EXPECT_EQ(refusal("a: caf\xc3\xa9 \xf0\x9f\x98\x80\tb\r\n"), "no error");
}

// Regression: in a file with several documents, every document after the first was ignored.
TEST(YamlTree, SecondDocumentIsAProblem) {
  EXPECT_EQ(problems("# c\n---\na: 1\n---\nb: 2\n"),
            std::vector<std::string>{"4:1: a second YAML document starts here"});
  EXPECT_EQ(problems("a: 1\n...\nb: 2\n"),
            std::vector<std::string>{"3:1: a second YAML document starts here"});
  EXPECT_EQ(problems("---\na: 1\n...\n# end\n"), std::vector<std::string>{});
  EXPECT_EQ(Load("a: 1\n---\nb: 2\n").root()["a"].Scalar(), "1");
}

// Regression: YAML tags such as !!python/object were accepted.
TEST(YamlTree, ExplicitTagsAreProblems) {
  EXPECT_EQ(
      problems("a: !!python/object:os.system x\n"
               "b: &x !foo \"q\"\n"
               "c: ! plain\n"
               "d: !!map {k: v}\n"
               "e: !!str\n"
               "f: \"!not a tag\"\n"),
      (std::vector<std::string>{"1:4: explicit YAML tag '!!python/object:os.system' is not allowed",
                                "2:4: explicit YAML tag '!foo' is not allowed",
                                "3:4: explicit YAML tag '!' is not allowed",
                                "4:4: explicit YAML tag '!!map' is not allowed",
                                "5:4: explicit YAML tag '!!str' is not allowed"}));
}

TEST(YamlTree, AliasInsideTheNodeItNamesIsRefused) {
  EXPECT_EQ(refusal("a: &x [1, *x]\n"), "1:11: an alias inside the node it names");
  EXPECT_EQ(refusal("a: &x {b: {c: *x}}\n"), "1:15: an alias inside the node it names");
}

}  // namespace
}  // namespace starling::yaml
