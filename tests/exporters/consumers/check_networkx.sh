#!/usr/bin/env bash
# CTest driver: writes the fixtures' exports and reads the GraphML and GEXF back with networkx.
# Exit 77 (skip) only when networkx is not installed (Debian: python3-networkx).
set -euo pipefail
tool="$1"
out="$2"
python=""
for candidate in /usr/bin/python3 python3; do
  if command -v "$candidate" >/dev/null && "$candidate" -c "import networkx" 2>/dev/null; then
    python="$candidate"
    break
  fi
done
if [ -z "$python" ]; then
  echo "SKIP: networkx not installed (scripts/setup installs python3-networkx)"
  exit 77
fi
rm -rf "$out" && mkdir -p "$out"
"$tool" "$out"
exec "$python" "$(dirname "$0")/check_networkx.py" "$out"
