// Reads a project directory (config.yaml, models/, migrations/) into plain values. The only place
// that knows YAML. Shape problems (syntax, unknown keys, wrong types) are collected in `diags`;
// consistency across files is checked by project/check.hpp.
#pragma once

#include <optional>
#include <string>

#include "project/model.hpp"
#include "util/error.hpp"

namespace starling {

struct LoadOptions {
  // Environment lookup for ${NAME} expansion in config.yaml (the process environment by default).
  std::function<std::optional<std::string>(const std::string&)> env = getenv_lookup_fn();
  static std::function<std::optional<std::string>(const std::string&)> getenv_lookup_fn();
};

// Loads the project at `root`. Problems are added to `diags`; what could be read is returned.
Project load_project(const std::string& root, Diagnostics& diags, const LoadOptions& opts = {});

// Loads one model file's text (for tests). `file` is the name used in diagnostics.
std::optional<Model> load_model_text(const std::string& text, const std::string& file,
                                     Diagnostics& diags);

// Loads config.yaml text (for tests).
Config load_config_text(const std::string& text, const std::string& file, Diagnostics& diags,
                        const LoadOptions& opts = {});

}  // namespace starling
