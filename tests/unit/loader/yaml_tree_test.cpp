#include "loader/yaml_tree.hpp"

#include <gtest/gtest.h>

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
    EXPECT_NE(e.msg.find("did not find expected ',' or ']'"), std::string::npos) << e.msg;
  }
}

}  // namespace
}  // namespace starling::yaml
