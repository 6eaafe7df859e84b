#!/usr/bin/env bash
# The load benchmark in one command (docs/operations.md, "Load test"): starts Joinery with the demo borough
# and bench practitioner accounts on a fresh PostgreSQL schema (or a fresh embedded database), runs the load
# driver against it over loopback, prints its figures, then stops Joinery and drops the schema.
#
#   scripts/load-test.sh [--database postgresql|h2] [--users 200] [--duration 10m] [--think 3s] [--jfr FILE]
#                        [--no-build] [-- more driver options, e.g. --seed 7 --misses 0.3 --think-shape uniform]
#
# PostgreSQL is reached as JOINERY_LOAD_PG (default jdbc:postgresql://127.0.0.1:5432/test, user postgres, no
# password, as in the tests); psql must be on the PATH. JOINERY_LOAD_JAR runs another build's jar (a before/after
# comparison at the same moment) with --no-build. Exits with the driver's status: 0 when every request
# was answered as it should be.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
database=postgresql users=200 duration=10m think=3s jfr="" build=yes port="${JOINERY_LOAD_PORT:-18080}"
while [ $# -gt 0 ]; do
  case "$1" in
    --database) database=$2; shift 2 ;;
    --users) users=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --think) think=$2; shift 2 ;;
    --jfr) jfr=$2; shift 2 ;;
    --no-build) build=no; shift ;;
    --) shift; break ;;
    *) echo "unknown option $1 (see the top of $0)" >&2; exit 2 ;;
  esac
done

work="$(mktemp -d /tmp/joinery-load-XXXXXX)"
borough="${JOINERY_LOAD_BOROUGH:-/tmp/joinery-load-borough}"  # kept between runs: generating it takes a while
pg="${JOINERY_LOAD_PG:-jdbc:postgresql://127.0.0.1:5432/test}"
pg_user="${JOINERY_LOAD_PG_USER:-postgres}"
schema="load_$(date +%s)_$$"
export JOINERY_DEMO_PASSWORD="load-$(date +%s)-$RANDOM"
joinery_pid=""

psql_run() {
  local rest="${pg#jdbc:postgresql://}"
  psql -q -h "${rest%%:*}" -p "$(echo "$rest" | sed -E 's|^[^:]+:([0-9]+)/.*|\1|')" -U "$pg_user" \
    -d "$(echo "$rest" | sed -E 's|^[^/]+/([^?]+).*|\1|')" -c "$1"
}

cleanup() {
  if [ -n "$joinery_pid" ] && kill -0 "$joinery_pid" 2>/dev/null; then
    kill "$joinery_pid"; wait "$joinery_pid" 2>/dev/null || true
  fi
  if [ "$database" = postgresql ]; then psql_run "drop schema if exists $schema cascade" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ "$build" = yes ]; then echo "Building Joinery and the load driver..." >&2; "$repo/mvnw" -q -B -DskipTests -Dmaven.test.skip=true package -f "$repo/pom.xml" >&2; fi
classpath="$repo/load/target/classes:$(find "$HOME/.m2/repository/org/hdrhistogram/HdrHistogram" -name 'HdrHistogram-*.jar' | head -1)"

export JOINERY_DEMO_ENABLED=true JOINERY_DEMO_BENCH_PRACTITIONERS="$users" JOINERY_BOROUGH_DIR="$borough"
export JOINERY_PORT="$port" JOINERY_DATA_DIR="$work/data"
case "$database" in
  postgresql)
    psql_run "create schema $schema"
    sep='?'; [[ "$pg" == *\?* ]] && sep='&'
    export JOINERY_DB_URL="$pg${sep}currentSchema=$schema" JOINERY_DB_USER="$pg_user" JOINERY_DB_PASSWORD="" ;;
  h2) export JOINERY_DB_URL="" ;;
  *) echo "--database postgresql or h2" >&2; exit 2 ;;
esac
opts="${JOINERY_JAVA_OPTS:-}"
[ -n "$jfr" ] && opts="$opts -XX:StartFlightRecording=filename=$jfr,settings=profile,dumponexit=true"

echo "Starting Joinery on $database (log: $work/joinery.log)..." >&2
java $opts -jar "${JOINERY_LOAD_JAR:-$repo/app/target/joinery.jar}" serve > "$work/joinery.log" 2>&1 &
joinery_pid=$!
started=$(date +%s)
until grep -q "Joinery demo is ready" "$work/joinery.log"; do
  if ! kill -0 "$joinery_pid" 2>/dev/null; then cat "$work/joinery.log" >&2; echo "Joinery stopped" >&2; exit 1; fi
  if (( $(date +%s) - started > 1200 )); then echo "not ready after 20 minutes" >&2; exit 1; fi
  sleep 2
done
echo "Joinery is ready after $(( $(date +%s) - started )) s; running the load driver..." >&2

set +e
java -cp "$classpath" org.joinery.load.LoadDriver --url "http://127.0.0.1:$port" --borough "$borough" \
  --users "$users" --duration "$duration" --think "$think" "$@"
status=$?
set -e
echo "Database: $database; Joinery JVM options: ${opts:-none}; $(nproc) processors; $(date -u '+%F %H:%M UTC')"
exit $status
