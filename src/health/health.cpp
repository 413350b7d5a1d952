#include "health/health.hpp"

#include <date/tz.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <functional>

#include "freshness/freshness.hpp"
#include "sql/identifier.hpp"
#include "sql/meta.hpp"

namespace starling {

namespace {

std::optional<long long> num(const std::optional<std::string>& s) {
  if (!s) return std::nullopt;
  return std::stoll(*s);
}

std::optional<double> real(const std::optional<std::string>& s) {
  if (!s) return std::nullopt;
  return std::stod(*s);
}

// Keeps at most `n` points: the largest value of each of n equal slices (a spike stays visible).
std::vector<Point> downsample(const std::vector<Point>& pts, size_t n) {
  if (pts.size() <= n) return pts;
  std::vector<Point> out;
  size_t per = (pts.size() + n - 1) / n;
  for (size_t i = 0; i < pts.size(); i += per) {
    Point best = pts[i];
    for (size_t j = i; j < std::min(pts.size(), i + per); ++j)
      if (pts[j].v > best.v) best = pts[j];
    out.push_back(best);
  }
  return out;
}

std::string esc(const std::string& s) {
  std::string o;
  o.reserve(s.size());
  for (char c : s) switch (c) {
      case '&':
        o += "&amp;";
        break;
      case '<':
        o += "&lt;";
        break;
      case '>':
        o += "&gt;";
        break;
      case '"':
        o += "&quot;";
        break;
      case '\'':
        o += "&#39;";
        break;
      default:
        o += c;
    }
  return o;
}

std::string local_time(double epoch, const std::string& tz, const char* fmt_) {
  using namespace std::chrono;
  date::sys_seconds t{seconds{static_cast<long long>(std::floor(epoch))}};
  try {
    return date::format(fmt_, date::make_zoned(tz, t));
  } catch (const std::exception&) {
    return date::format(fmt_, t);  // an unknown zone: UTC
  }
}

std::string status_badge(const std::string& status) {
  return "<span class=\"badge s-" + esc(status) + "\">" + esc(status) + "</span>";
}

int rank(const std::string& s) {
  if (s == "error") return 4;
  if (s == "failed") return 3;
  if (s == "warn") return 2;
  if (s == "never") return 1;
  return 0;
}

std::string colour(const std::string& s) {
  if (s == "error") return "#cf222e";
  if (s == "failed") return "#8b1a1a";
  if (s == "warn") return "#bf8700";
  if (s == "never") return "#6e7781";
  return "#1a7f37";
}

// Round numbers for an axis up to `max`.
double nice_max(double max) {
  if (max <= 0) return 1;
  double p = std::pow(10, std::floor(std::log10(max)));
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
    if (m * p >= max) return m * p;
  return 10 * p;
}

// A round axis end for lags: 1m, 5m, 10m, 30m, 1h, 2h, 4h, 6h, 8h, 12h, 1d, 2d, 4d, 1w, ...
double nice_lag_max(double max) {
  for (double m : {60.0, 300.0, 600.0, 1800.0, 3600.0, 7200.0, 14400.0, 21600.0, 28800.0, 43200.0,
                   86400.0, 172800.0, 345600.0, 604800.0, 1209600.0, 2592000.0})
    if (m >= max) return m;
  return nice_max(max);
}

struct Frame {
  double w = 560, h = 150, left = 64, right = 12, top = 12, bottom = 28;
  double t0, t1, vmax;
  double x(double t) const {
    return left + (t1 > t0 ? (t - t0) / (t1 - t0) : 0.5) * (w - left - right);
  }
  double y(double v) const { return top + (1 - v / vmax) * (h - top - bottom); }
};

std::string axes(const Frame& f, const std::string& tz,
                 const std::function<std::string(double)>& label) {
  std::string s;
  for (int i = 0; i <= 2; ++i) {
    double v = f.vmax * i / 2;
    s += fmt::format(
        "<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" class=\"grid\"/>"
        "<text x=\"{:.1f}\" y=\"{:.1f}\" class=\"tick\" text-anchor=\"end\">{}</text>",
        f.left, f.y(v), f.w - f.right, f.y(v), f.left - 6, f.y(v) + 4, esc(label(v)));
  }
  s += fmt::format(
      "<text x=\"{:.1f}\" y=\"{:.1f}\" class=\"tick\">{}</text>"
      "<text x=\"{:.1f}\" y=\"{:.1f}\" class=\"tick\" text-anchor=\"end\">{}</text>",
      f.left, f.h - 8, esc(local_time(f.t0, tz, "%m-%d %H:%M")), f.w - f.right, f.h - 8,
      esc(local_time(f.t1, tz, "%m-%d %H:%M")));
  return s;
}

std::string lag_chart(const std::string& name, const std::vector<Point>& raw, const HealthRow* row,
                      const std::string& tz) {
  std::vector<Point> pts = downsample(raw, 400);
  Frame f;
  f.t0 = pts.front().t;
  f.t1 = pts.back().t;
  double top = 0;
  for (const auto& p : pts) top = std::max(top, p.v);
  std::optional<long long> warn = row ? row->warn_after_seconds : std::nullopt;
  std::optional<long long> error = row ? row->error_after_seconds : std::nullopt;
  if (error)
    top = std::max(top, static_cast<double>(*error));
  else if (warn)
    top = std::max(top, static_cast<double>(*warn));
  f.vmax = nice_lag_max(top * 1.05);
  std::string s = fmt::format(
      "<figure><figcaption>{} {}</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" "
      "width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"lag of {}\">",
      esc(name), row ? status_badge(row->status) : "", f.w, f.h, f.w, f.h, esc(name));
  s += axes(f, tz, [](double v) { return format_lag(static_cast<long long>(v)); });
  auto threshold = [&](std::optional<long long> v, const char* cls, const char* label) {
    if (!v) return;
    s += fmt::format(
        "<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" class=\"{}\"/>"
        "<text x=\"{:.1f}\" y=\"{:.1f}\" class=\"tick {}-label\" text-anchor=\"end\">{}</text>",
        f.left, f.y(*v), f.w - f.right, f.y(*v), cls, f.w - f.right - 2, f.y(*v) - 3, cls, label);
  };
  threshold(warn, "warn-line", "warn_after");
  threshold(error, "error-line", "error_after");
  std::string path;
  for (const auto& p : pts) path += fmt::format("{:.1f},{:.1f} ", f.x(p.t), f.y(p.v));
  s += "<polyline class=\"lag\" points=\"" + path + "\"/>";
  if (pts.size() == 1)
    s += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"3\" class=\"dot\"/>", f.x(pts[0].t),
                     f.y(pts[0].v));
  s += "</svg></figure>\n";
  return s;
}

std::string duration_chart(const std::vector<std::pair<Point, std::string>>& all,
                           const std::string& tz) {
  // the last 120 runs, one bar each
  std::vector<std::pair<Point, std::string>> runs(all.size() > 120 ? all.end() - 120 : all.begin(),
                                                  all.end());
  Frame f;
  f.w = 760;
  f.h = 180;
  f.t0 = runs.front().first.t;
  f.t1 = runs.back().first.t;
  double top = 0;
  for (const auto& r : runs) top = std::max(top, r.first.v);
  f.vmax = nice_max(top * 1.05);
  std::string s = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\" "
      "role=\"img\" aria-label=\"run durations\">",
      f.w, f.h, f.w, f.h);
  s += axes(f, tz, [](double v) {
    return v < 10 ? fmt::format("{:.1f} s", v) : format_lag(static_cast<long long>(v));
  });
  double slot = (f.w - f.left - f.right) / static_cast<double>(runs.size());
  double bw = std::max(1.0, std::min(24.0, slot * 0.7));
  for (size_t i = 0; i < runs.size(); ++i) {
    const auto& [p, status] = runs[i];
    double x = f.left + slot * (i + 0.5) - bw / 2;
    double y = f.y(p.v);
    s += fmt::format(
        "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\">"
        "<title>{}: {:.1f} s, {}</title></rect>",
        x, y, bw, std::max(1.0, f.y(0) - y), colour(status == "success" ? "ok" : "error"),
        esc(local_time(p.t, tz, "%Y-%m-%d %H:%M")), p.v, esc(status));
  }
  s += "</svg>\n";
  return s;
}

const char* k_style = R"CSS(
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
       margin: 0; background: #f6f8fa; color: #1f2328; }
header { background: #24292f; color: #fff; padding: 18px 28px; }
header h1 { margin: 0 0 4px; font-size: 22px; }
header p { margin: 0; color: #d0d7de; }
main { padding: 8px 28px 32px; max-width: 1200px; }
section { background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 12px 18px;
          margin: 16px 0; }
h2 { font-size: 16px; margin: 4px 0 10px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 5px 10px; border-bottom: 1px solid #eaeef2; vertical-align: top; }
th { font-weight: 600; color: #57606a; font-size: 12px; text-transform: uppercase; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; min-width: 46px; text-align: center; padding: 1px 8px;
         border-radius: 10px; color: #fff; font-weight: 600; font-size: 12px; }
.s-ok, .s-success { background: #1a7f37; } .s-warn { background: #bf8700; }
.s-error { background: #cf222e; } .s-failed { background: #8b1a1a; }
.s-never, .s-skipped, .s-running { background: #6e7781; }
.overall { display: inline-block; margin-top: 10px; padding: 4px 14px; border-radius: 14px;
           font-weight: 700; color: #fff; }
.tiles { display: flex; gap: 10px; flex-wrap: wrap; margin-bottom: 6px; }
.tile { border-radius: 8px; padding: 8px 12px; color: #fff; min-width: 150px; }
.tile b { display: block; font-size: 14px; } .tile span { font-size: 12px; opacity: .9; }
.msg { color: #57606a; font-size: 13px; }
.charts { display: flex; flex-wrap: wrap; gap: 12px; }
figure { margin: 0; } figcaption { font-weight: 600; margin-bottom: 2px; }
svg .grid { stroke: #eaeef2; } svg .tick { font-size: 10px; fill: #57606a; }
svg .lag { fill: none; stroke: #0969da; stroke-width: 1.6; } svg .dot { fill: #0969da; }
svg .warn-line { stroke: #bf8700; stroke-dasharray: 5 4; }
svg .error-line { stroke: #cf222e; stroke-dasharray: 5 4; }
svg .warn-line-label { fill: #bf8700; } svg .error-line-label { fill: #cf222e; }
td.when { white-space: nowrap; }
footer { color: #57606a; font-size: 12px; padding: 0 28px 24px; }
)CSS";

std::string opt(const std::optional<std::string>& s, const char* none = "–") {
  return s ? esc(*s) : none;
}

std::string board(const std::vector<HealthRow>& rows, const std::string& kind) {
  std::string s = "<div class=\"tiles\">";
  for (const auto& r : rows)
    if (r.kind == kind)
      s += fmt::format(
          "<div class=\"tile\" style=\"background:{}\"><b>{}</b><span>{}{}</span></div>",
          colour(r.status), esc(r.name), esc(r.status),
          r.lag_seconds ? " · " + esc(format_lag(*r.lag_seconds)) : "");
  s += "</div>";
  return s;
}

}  // namespace

std::string overall_status(const std::vector<HealthRow>& rows) {
  std::string worst = "ok";
  for (const auto& r : rows)
    if (rank(r.status) > rank(worst)) worst = r.status;
  return worst;
}

std::vector<HealthRow> read_health_rows(Executor& e, const MetaSql& sql, const Ident& meta) {
  std::vector<HealthRow> out;
  for (const auto& r : e.execute(sql.health_rows(meta)).rows)
    out.push_back({r[0].value_or(""), r[1].value_or(""), r[2].value_or(""), r[3], num(r[4]),
                   num(r[5]), num(r[6]), num(r[7]), r[8], r[9]});
  return out;
}

HealthData read_health(Executor& e, const MetaSql& sql, const std::string& meta, int runs,
                       int days) {
  Ident m(meta);
  HealthData d;
  d.history_days = days;
  d.generated_at = std::stod(e.execute(sql.server_epoch()).scalar().value_or("0"));
  d.rows = read_health_rows(e, sql, m);
  for (const auto& r : e.execute(sql.health_runs(m, runs)).rows) {
    HealthRun h;
    h.run_id = std::stoll(r[0].value_or("0"));
    h.command = r[1].value_or("");
    h.status = r[2].value_or("");
    h.started_at = r[3].value_or("");
    h.duration_s = real(r[4]);
    h.inserted = num(r[5]).value_or(0);
    h.updated = num(r[6]).value_or(0);
    h.deleted = num(r[7]).value_or(0);
    h.models_ok = static_cast<int>(num(r[8]).value_or(0));
    h.models_failed = static_cast<int>(num(r[9]).value_or(0));
    h.models_skipped = static_cast<int>(num(r[10]).value_or(0));
    h.error = r[11];
    d.runs.push_back(std::move(h));
  }
  for (const auto& r : e.execute(sql.lag_history(m, days)).rows)
    d.lag[r[0].value_or("")].push_back({real(r[1]).value_or(0), real(r[2]).value_or(0)});
  for (const auto& r : e.execute(sql.run_durations(m, days)).rows)
    d.run_durations.push_back(
        {{real(r[0]).value_or(0), real(r[1]).value_or(0)}, r[2].value_or("")});
  return d;
}

namespace {

// The page's head, its header with the overall status, and main's opening.
std::string page_top(const HealthData& d) {
  std::string worst = overall_status(d.rows);
  int problems = 0;
  for (const auto& r : d.rows) problems += r.status != "ok";
  std::string title = "starling health: " + d.project + " (" + d.target + ")";
  std::string s = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  s += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  s += "<title>" + esc(title) + "</title>\n<style>" + std::string(k_style) + "</style>\n</head>\n";
  s += "<body>\n<header><h1>Pipeline health: " + esc(d.project) + "</h1>";
  s += "<p>target " + esc(d.target) + " · generated " +
       esc(local_time(d.generated_at, d.timezone, "%Y-%m-%d %H:%M:%S")) + " " + esc(d.timezone) +
       "</p>";
  s += fmt::format(
      "<div class=\"overall\" style=\"background:{}\">{}</div></header>\n<main>\n", colour(worst),
      worst == "ok" ? std::string("All sources and models ok")
                    : fmt::format("{}: {} of {} need attention", worst, problems, d.rows.size()));
  if (d.rows.empty())
    s += "<section><h2>Nothing recorded yet</h2><p>Run <code>starling freshness</code> or "
         "<code>starling run</code> on this target first.</p></section>\n";
  return s;
}

// The board and table of the sources, then of the models.
std::string board_sections(const HealthData& d) {
  std::string s;
  for (const char* kind : {"source", "model"}) {
    bool any = false;
    for (const auto& r : d.rows) any = any || r.kind == kind;
    if (!any) continue;
    bool src = std::string(kind) == "source";
    s += std::string("<section><h2>") + (src ? "Sources" : "Models") + "</h2>\n" +
         board(d.rows, kind) + "\n<table><thead><tr><th>" + (src ? "source table" : "model") +
         "</th><th>status</th><th>" + (src ? "newest row loaded" : "last success") +
         "</th><th>lag</th>" + (src ? "<th>warn after</th><th>error after</th>" : "") +
         "<th>message</th></tr></thead><tbody>\n";
    for (const auto& r : d.rows) {
      if (r.kind != kind) continue;
      auto dur = [](const std::optional<long long>& v) {
        return v ? esc(format_lag(*v)) : std::string("–");
      };
      s += "<tr><td>" + esc(r.name) + "</td><td>" + status_badge(r.status) + "</td><td>" +
           opt(r.last_success, "never") + "</td><td class=\"num when\">" + dur(r.lag_seconds) +
           "</td>" +
           (src ? "<td class=\"num\">" + dur(r.warn_after_seconds) + "</td><td class=\"num\">" +
                      dur(r.error_after_seconds) + "</td>"
                : "") +
           "<td class=\"msg\">" + opt(r.message, "") + "</td></tr>\n";
    }
    s += "</tbody></table></section>\n";
  }
  return s;
}

// The last runs.
std::string runs_section(const HealthData& d) {
  std::string s;
  if (!d.runs.empty()) {
    s += "<section><h2>Last runs</h2>\n<table><thead><tr><th>run</th><th>command</th>"
         "<th>status</th><th>started</th><th>duration</th><th>models ok / failed / "
         "skipped</th><th>rows + / ~ / −</th><th>error</th></tr></thead><tbody>\n";
    for (const auto& r : d.runs)
      s += fmt::format(
          "<tr><td class=\"num\">{}</td><td>{}</td><td>{}</td><td class=\"when\">{}</td><td "
          "class=\"num when\">{}</td><td class=\"num\">{} / {} / {}</td><td class=\"num\">{} / {} "
          "/ "
          "{}</td><td class=\"msg\">{}</td></tr>\n",
          r.run_id, esc(r.command), status_badge(r.status), esc(r.started_at),
          r.duration_s ? fmt::format("{:.1f} s", *r.duration_s) : "running", r.models_ok,
          r.models_failed, r.models_skipped, r.inserted, r.updated, r.deleted, opt(r.error, ""));
    s += "</tbody></table></section>\n";
  }
  return s;
}

// The charts of source lag and run duration, and the end of the page.
std::string history_sections(const HealthData& d) {
  std::string s;
  s += fmt::format("<section><h2>Source lag, last {} days</h2>\n", d.history_days);
  if (d.lag.empty()) {
    s += "<p class=\"msg\">No freshness checks with a lag in this period.</p>";
  } else {
    s += "<div class=\"charts\">\n";
    for (const auto& [name, pts] : d.lag) {
      const HealthRow* row = nullptr;
      for (const auto& r : d.rows)
        if (r.kind == "source" && r.name == name) row = &r;
      s += lag_chart(name, pts, row, d.timezone);
    }
    s += "</div>";
  }
  s += "</section>\n";

  s += fmt::format("<section><h2>Run duration, last {} days</h2>\n", d.history_days);
  if (d.run_durations.empty())
    s += "<p class=\"msg\">No finished runs in this period.</p>";
  else
    s += duration_chart(d.run_durations, d.timezone) +
         "<p class=\"msg\">One bar per <code>starling run</code>: green succeeded, red "
         "failed.</p>";
  s += "</section>\n</main>\n<footer>Written by starling. The same facts: <code>SELECT * FROM "
       "pipeline_health</code> in the meta schema, or <code>starling status --json</code>."
       "</footer>\n</body>\n</html>\n";
  return s;
}

}  // namespace

std::string render_health_html(const HealthData& d) {
  return page_top(d) + board_sections(d) + runs_section(d) + history_sections(d);
}

}  // namespace starling
