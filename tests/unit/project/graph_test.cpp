#include "project/graph.hpp"

#include <gtest/gtest.h>

#include "loader/loader.hpp"
#include "project/check.hpp"

namespace starling {
namespace {

Model fact_reading(const std::string& name, std::vector<std::string> reads) {
  Model m;
  m.name = name;
  m.kind = ModelKind::fact;
  m.loc = SourceLoc{"models/" + name + ".yaml", 1, 1};
  for (const auto& r : reads) m.sql.parts.push_back({ModelRef{r}, m.loc});
  return m;
}

Project project_of(std::vector<Model> models) {
  Project p;
  p.models = std::move(models);
  p.sort_models();
  return p;
}

TEST(Graph, OrderPutsUpstreamFirstAndBreaksTiesByName) {
  Project p = project_of({fact_reading("c", {"a"}), fact_reading("b", {"c"}), fact_reading("a", {}),
                          fact_reading("d", {})});
  Diagnostics d;
  auto order = build_order(p, lineage_of(p), d);
  EXPECT_TRUE(d.empty());
  EXPECT_EQ(order, (std::vector<std::string>{"a", "c", "b", "d"}));
}

TEST(Graph, CycleIsNamedWhole) {
  Project p = project_of({fact_reading("x", {"y"}), fact_reading("y", {"z"}),
                          fact_reading("z", {"x"}), fact_reading("ok", {})});
  Diagnostics d;
  auto order = build_order(p, lineage_of(p), d);
  EXPECT_EQ(order, std::vector<std::string>{"ok"});
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d.items()[0].str(),
            "models/x.yaml:1:1: dependency cycle: x -> y -> z -> x (a model cannot read itself "
            "through other models; remove one of these references)");
}

TEST(Graph, Selection) {
  Project p = project_of({fact_reading("a", {}), fact_reading("b", {"a"}), fact_reading("c", {"b"}),
                          fact_reading("d", {})});
  p.models[3].tags = {"nightly"};  // d
  Lineage l = lineage_of(p);
  Diagnostics d;
  auto order = build_order(p, l, d);
  struct Case {
    std::vector<std::string> sel, want;
  } cases[] = {
      {{}, {"a", "b", "c", "d"}}, {{"b"}, {"b"}},
      {{"b+"}, {"b", "c"}},       {{"+b"}, {"a", "b"}},
      {{"+b+"}, {"a", "b", "c"}}, {{"tag:nightly", "a"}, {"a", "d"}},
  };
  for (const auto& c : cases) {
    std::string name;
    for (const auto& s : c.sel) name += s + " ";
    EXPECT_EQ(select_models(p, l, order, c.sel), c.want) << name;
  }
  try {
    select_models(p, l, order, {"bb"});
    FAIL() << "no error for an unknown model";
  } catch (const Error& e) {
    EXPECT_EQ(e.describe(), "no model named 'bb' (did you mean 'b'?)");
    EXPECT_EQ(e.category(), ErrorCategory::usage);
  }
  EXPECT_THROW(select_models(p, l, order, {"tag:none"}), Error);
}

}  // namespace
}  // namespace starling
