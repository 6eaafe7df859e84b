#!/usr/bin/env bash
# Measures what a new user meets: a clean clone to the first page (build included), a warm start,
# and the size of the built jar. Usage: scripts/bench-startup.sh [--cold]
#   --cold  also starts from an empty Maven repository, so dependency downloads are included.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d /tmp/joinery-bench-XXXXXX)"
port="${BENCH_PORT:-8099}"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

if [ "${1:-}" = "--cold" ]; then
  export MAVEN_OPTS="-Dmaven.repo.local=$work/m2"
  export MAVEN_USER_HOME="$work/maven-home"
fi

wait_for_page() {
  local started=$1
  until curl -fsS -o /dev/null "http://localhost:$port/sign-in"; do
    sleep 0.2
    if (( $(date +%s) - started > 900 )); then echo "no page after 15 minutes" >&2; exit 1; fi
  done
}

git clone -q "$repo" "$work/joinery"
cd "$work/joinery"

start=$(date +%s.%N)
JOINERY_PORT=$port ./joinery demo > "$work/first.log" 2>&1 &
wait_for_page "${start%.*}"
first=$(echo "$(date +%s.%N) - $start" | bc)
kill %1; wait 2>/dev/null || true

start=$(date +%s.%N)
JOINERY_PORT=$port ./joinery serve > "$work/warm.log" 2>&1 &
wait_for_page "${start%.*}"
warm=$(echo "$(date +%s.%N) - $start" | bc)
kill %1; wait 2>/dev/null || true

jar_bytes=$(stat -c %s app/target/joinery.jar)
printf 'clean clone -> first page (build included%s): %.1f s\n' "$([ "${1:-}" = "--cold" ] && echo ', empty Maven repository' || echo ', Maven repository warm')" "$first"
printf 'warm start -> first page: %.1f s\n' "$warm"
printf 'jar size: %.1f MiB (%d bytes)\n' "$(echo "$jar_bytes / 1048576" | bc -l)" "$jar_bytes"
