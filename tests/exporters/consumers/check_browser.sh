#!/usr/bin/env bash
# CTest driver: writes the fixtures' exports, loads the TimelineJS, vis-timeline and Cytoscape.js
# exports into the real libraries (npm, installed by scripts/setup with `npm ci`) in headless
# Chromium, and checks that every event was rendered. Exit 77 (skip) only when Chromium or the
# npm packages are not installed.
set -euo pipefail
tool="$1"
out="$2"
here="$(cd "$(dirname "$0")" && pwd)"
modules="$here/node_modules"
browser=""
for candidate in chromium chromium-browser; do
  if command -v "$candidate" >/dev/null; then browser="$candidate"; break; fi
done
if [ -z "$browser" ]; then
  echo "SKIP: chromium not installed (scripts/setup installs it)"
  exit 77
fi
for package in @knight-lab/timelinejs vis-timeline cytoscape; do
  if [ ! -d "$modules/$package" ]; then
    echo "SKIP: npm package $package not installed (scripts/setup runs npm ci in $here)"
    exit 77
  fi
done
rm -rf "$out" && mkdir -p "$out/profile"
"$tool" "$out"
python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
fixtures = {}
for name in ("sample", "hostile", "many"):
    def load(fmt, ext="json"):
        return json.load(open(f"{out}/{name}.{fmt}.{ext}", encoding="utf-8"))
    fixtures[name] = {"timelinejs": load("timelinejs"), "vis": load("vis-timeline"),
                      "cytoscape": load("cytoscape"), "expected": load("expected", "json")}
# "</" is escaped so no string in the data can close the script element.
text = json.dumps(fixtures, ensure_ascii=True).replace("</", "<\\/")
open(f"{out}/data.js", "w", encoding="utf-8").write("window.FIXTURES = " + text + ";\n")
PY
sed "s#@MODULES@#file://$modules#g" "$here/browser_check.html" > "$out/page.html"
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$out/profile" \
  --allow-file-access-from-files --virtual-time-budget=10000 --dump-dom "file://$out/page.html" \
  > "$out/dom.html" 2> "$out/chromium.log" || { echo "chromium failed"; tail -5 "$out/chromium.log"; exit 1; }
python3 - "$out" <<'PY'
import html, json, re, sys
out = sys.argv[1]
dom = open(f"{out}/dom.html", encoding="utf-8").read()
match = re.search(r'<pre id="result">(.*?)</pre>', dom, re.S)
if not match or match.group(1) == "not run":
    print("FAIL: the page did not report (see dom.html)")
    sys.exit(1)
result = json.loads(html.unescape(match.group(1)))
failures = []
for name, r in result.items():
    expected = json.load(open(f"{out}/{name}.expected.json", encoding="utf-8"))
    dated = expected["dated_events"]
    events = len(expected["events"])
    def want(key, value):
        if r.get(key) != value:
            failures.append(f"{name}: {key} = {r.get(key)!r}, expected {value!r}")
    for key in ("timelinejs_error", "vis_error", "cy_error"):
        if key in r:
            failures.append(f"{name}: {r[key]}")
    want("timelinejs_markers", dated)
    want("timelinejs_slides_found", dated)
    want("timelinejs_markers_found", dated)
    want("timelinejs_scripts", 0)
    want("vis_items", dated)
    want("vis_scripts", 0)
    want("cy_events", events)
    want("cy_events_in_parent", events)
    want("cy_events_drawn", events)
    want("cy_nodes", expected["graph_nodes"])
    want("cy_edges", expected["graph_edges"])
    if name == "hostile":
        headlines = r.get("timelinejs_headlines", [])
        if not any("<script>alert('x')</script>" in h for h in headlines):
            failures.append(f"hostile: the headline does not show the text as text: {headlines!r}")
for f in failures:
    print("FAIL", f)
print("browser consumers:", "ok" if not failures else f"{len(failures)} failures",
      json.dumps({k: {kk: vv for kk, vv in v.items() if kk != "timelinejs_headlines"}
                  for k, v in result.items()}))
sys.exit(1 if failures else 0)
PY
