#include "plan/plan.hpp"

#include "sql/ddl.hpp"
#include "sql/meta.hpp"

namespace starling {

Plan make_plan(const Project& p, const Target& t, const std::vector<std::string>& models,
               const TargetState& state, const Dialect& d) {
  Plan plan;
  plan.target = t.name;
  plan.dialect = d.name();
  plan.schema = t.schema;
  plan.meta_schema = t.meta_schema;
  Ident meta(t.meta_schema);
  auto versions = d.meta_schema_versions(meta);
  plan.meta_from = state.meta_version;
  plan.meta_to = static_cast<int>(versions.size());
  for (int v = state.meta_version; v < static_cast<int>(versions.size()); ++v) {
    for (const auto& s : versions[v]) plan.setup.push_back(s);
    plan.setup.push_back(d.meta_sql().set_version(meta, v + 1));
  }
  plan.migrations = state.pending_migrations;
  plan.repeatable = state.pending_repeatable;
  bool any_create = false;
  for (const auto& name : models) {
    const Model* m = p.model(name);
    ModelStep step;
    step.model = name;
    step.kind = m->kind;
    if (state.tables.count(name)) {
      step.action = ModelAction::exists;
      step.adds_index = state.lacking_index.count(name) > 0;
      auto rec = state.recorded.find(name);
      if (rec != state.recorded.end())
        step.change = classify_model(*m, p, rec->second.first, rec->second.second);
      if (auto lc = state.lacking_columns.find(name); lc != state.lacking_columns.end())
        add_lacking_columns(step.change, lc->second);
      if (m->kind == ModelKind::dimension)
        step.carry =
            history_carry(*m, p, rec == state.recorded.end() ? std::nullopt : rec->second.second);
    } else {
      step.action = ModelAction::create;
      step.statements = create_model_table(*m, p, t.schema, d);
      any_create = true;
    }
    plan.steps.push_back(std::move(step));
  }
  if (any_create) plan.setup.push_back(d.create_schema(Ident(t.schema)));
  return plan;
}

}  // namespace starling
