// What a command would do to a target: the setup (schemas, meta schema), the migrations, and per
// model in build order, its action and statements. Pure: computed from the project and the
// target's state, no database.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "project/definition.hpp"
#include "project/model.hpp"
#include "sql/dialect.hpp"

namespace starling {

// What starling knows of a target before it plans (empty for --offline).
struct TargetState {
  int meta_version = 0;
  std::set<std::string> tables;  // existing tables in the target's model schema
  // models whose existing table lacks the index its model asks for (made by an earlier starling)
  std::set<std::string> lacking_index;
  // per model: the columns starling adds that its table lacks (lacking_columns)
  std::map<std::string, std::vector<std::string>> lacking_columns;
  std::vector<std::string> pending_migrations;
  std::vector<std::string> pending_repeatable;
  // per model built: its recorded fingerprint and definition (meta schema version 3 and later)
  std::map<std::string, std::pair<std::string, std::optional<std::string>>> recorded;
};

enum class ModelAction { create, exists };

struct ModelStep {
  std::string model;
  ModelKind kind = ModelKind::dimension;
  ModelAction action = ModelAction::create;
  ModelChange change;       // since it was built (exists only)
  bool adds_index = false;  // the table lacks the index its model asks for: run creates it
  // an existing dimension: what a rebuild carries over from its table
  std::optional<HistoryCarry> carry;
  std::vector<Statement> statements;
};

struct Plan {
  std::string target;
  DialectName dialect = DialectName::postgres;
  std::string schema;
  std::string meta_schema;
  int meta_from = 0;             // meta schema version now
  int meta_to = 0;               // and after the command
  std::vector<Statement> setup;  // meta schema upgrade and model schema
  std::vector<std::string> migrations;
  std::vector<std::string> repeatable;
  std::vector<ModelStep> steps;
};

// REQUIRES: the project passed check_project; `models` are in build order.
Plan make_plan(const Project& p, const Target& t, const std::vector<std::string>& models,
               const TargetState& state, const Dialect& d);

}  // namespace starling
