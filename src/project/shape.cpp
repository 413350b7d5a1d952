#include "project/shape.hpp"

#include <algorithm>

namespace starling {

std::string surrogate_key_of(const Model& m) {
  if (m.kind == ModelKind::date_dimension) return "date_key";
  if (m.surrogate_key) return *m.surrogate_key;
  return default_surrogate_key(m.name);
}

std::string default_surrogate_key(const std::string& model) {
  std::string base = model;
  if (base.rfind("dim_", 0) == 0) base = base.substr(4);
  return base + "_sk";
}

std::string surrogate_key_type(const Model& m) {
  return m.kind == ModelKind::date_dimension ? "integer" : "bigint";
}

bool has_versions(const Model& m) {
  return m.kind == ModelKind::dimension && m.history == History::versions;
}

std::string default_time_type(Period p) {
  return p == Period::hour ? "timestamp" : "date";
}

std::vector<StoredColumn> stored_columns(const Model& m, const Project& p) {
  std::vector<StoredColumn> out;
  switch (m.kind) {
    case ModelKind::date_dimension: {
      out.push_back({"date_key", "integer", ColumnRole::surrogate_key, true, {}});
      const std::pair<const char*, const char*> attrs[] = {{"date", "date"},
                                                           {"year", "integer"},
                                                           {"quarter", "integer"},
                                                           {"month", "integer"},
                                                           {"month_name", "text"},
                                                           {"day_of_month", "integer"},
                                                           {"day_of_week", "integer"},
                                                           {"day_name", "text"},
                                                           {"iso_year", "integer"},
                                                           {"iso_week", "integer"},
                                                           {"is_weekend", "boolean"},
                                                           {"fiscal_year", "integer"},
                                                           {"fiscal_quarter", "integer"},
                                                           {"is_holiday", "boolean"},
                                                           {"holiday_name", "text"}};
      for (auto [n, t] : attrs) out.push_back({n, t, ColumnRole::attribute, false, {}});
      return out;
    }
    case ModelKind::dimension: {
      out.push_back({surrogate_key_of(m), "bigint", ColumnRole::surrogate_key, true, {}});
      for (const auto& c : m.columns) {
        bool is_key = false;
        for (const auto& k : m.key) is_key = is_key || k == c.name;
        out.push_back({c.name, c.type, is_key ? ColumnRole::natural_key : ColumnRole::attribute,
                       false, c.default_value});
      }
      out.push_back({"is_inferred", "boolean", ColumnRole::inferred_flag, true, "false"});
      if (has_versions(m)) {
        out.push_back({k_valid_from, "timestamptz", ColumnRole::valid_from, true, {}});
        out.push_back({k_valid_to, "timestamptz", ColumnRole::valid_to, true, {}});
        out.push_back({k_is_current, "boolean", ColumnRole::current_flag, true, {}});
      }
      return out;
    }
    case ModelKind::fact: {
      for (const auto& r : m.references) {
        const Model* dim = p.model(r.dimension);
        out.push_back(
            {r.column, dim ? surrogate_key_type(*dim) : "bigint", ColumnRole::reference, true, {}});
      }
      for (const auto& c : m.columns) {
        bool in_grain = std::find(m.grain.begin(), m.grain.end(), c.name) != m.grain.end();
        out.push_back({c.name, c.type, ColumnRole::attribute, in_grain, c.default_value});
      }
      if (m.incremental && m.incremental->strategy == Strategy::period && m.incremental->time &&
          !m.column(*m.incremental->time)) {
        out.push_back({*m.incremental->time,
                       default_time_type(m.incremental->period),
                       ColumnRole::period_time,
                       true,
                       {}});
      }
      for (const auto& me : m.measures)
        out.push_back({me.name, me.type, ColumnRole::measure, me.default_value.has_value(),
                       me.default_value});
      // last, so that a table built before them gains them as an additive change
      for (const auto& r : m.references)
        if (keeps_unresolved(r, p))
          out.push_back({unresolved_column(r),
                         natural_key_type(*p.model(r.dimension)),
                         ColumnRole::unresolved_key,
                         false,
                         {}});
      return out;
    }
  }
  return out;
}

bool keeps_unresolved(const Reference& r, const Project& p) {
  const Model* dim = p.model(r.dimension);
  if (!dim) return false;
  return r.on_missing == OnMissing::unknown ||
         (r.on_missing == OnMissing::infer && has_versions(*dim));
}

std::string unresolved_column(const Reference& r) {
  return r.column + "_unresolved";
}

std::string natural_key_type(const Model& dim) {
  if (dim.kind == ModelKind::date_dimension) return "date";
  const ColumnSpec* c = dim.key.empty() ? nullptr : dim.column(dim.key[0]);
  return c ? c->type : "text";
}

std::vector<std::string> unique_columns(const Model& m) {
  switch (m.kind) {
    case ModelKind::date_dimension:
      return {"date_key"};
    case ModelKind::dimension: {
      std::vector<std::string> out = m.key;
      if (has_versions(m)) out.push_back(k_valid_from);  // a member has a row per version
      return out;
    }
    case ModelKind::fact: {
      std::vector<std::string> out;
      for (const auto& g : m.grain) {
        const Reference* r = m.reference_by_key(g);
        out.push_back(r ? r->column : g);
      }
      return out;
    }
  }
  return {};
}

}  // namespace starling
