// What the executors say when the connection goes away during a statement (db/ only).
#pragma once

namespace starling {

// The hint of such an error: what it means for the work.
inline constexpr const char* k_lost_hint =
    "a restart or a network failure ends a run so; the next run goes on from what was committed";

}  // namespace starling
