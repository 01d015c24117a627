#!/usr/bin/env bash
# Start-up benchmark: time from `java -jar quarkus-run.jar` to the first 200 of /q/health/ready, and the
# application's resident memory (RSS) at that moment, RUNS times each for
#   first    the embedded PostgreSQL on a new, empty data directory (initdb, migrations, first administrator)
#   restart  the embedded PostgreSQL on the data directory of an earlier start
#   ext-first / ext-restart  the same against an external PostgreSQL (Debian's server binaries), new / used database
# and prints each time and the median. Loopback only; every step is bounded; everything started is stopped and
# its directory removed on exit.
#
#   ./mvnw -q package -DskipTests && quiz-web/src/test/startup/run.sh [RUNS] [MODES]
#
# RUNS defaults to 5, MODES to "first restart ext-first ext-restart". The application runs as documented: from its
# directory with the class archive the build made (-XX:SharedArchiveFile=app-cds.jsa; STARTUP_CDS=0 leaves it out)
# and JAVA_OPTS (e.g. the heap settings of docker/Dockerfile). STARTUP_APP names another build directory (a copy of
# target/quarkus-app). STARTUP_PORT (default 18300) is the application's port, STARTUP_PG_PORT the external
# PostgreSQL's (default the next one).
set -euo pipefail

RUNS=${1:-5}
MODES=${2:-first restart ext-first ext-restart}
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
APP=${STARTUP_APP:-$ROOT/quiz-web/target/quarkus-app}
JAR=$APP/quarkus-run.jar
CDS=
[ "${STARTUP_CDS:-1}" = 0 ] || [ ! -f "$APP/app-cds.jsa" ] || CDS=-XX:SharedArchiveFile=app-cds.jsa
PORT=${STARTUP_PORT:-18300}
PG_PORT=${STARTUP_PG_PORT:-$((PORT + 1))}
[ -f "$JAR" ] || { echo "build first: ./mvnw -q package -DskipTests" >&2; exit 2; }

WORK=$(mktemp -d /tmp/newsquiz-startup.XXXXXX)
chmod 755 "$WORK"
APP_PID=
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID"
    timeout 60 tail --pid="$APP_PID" -f /dev/null || kill -KILL "$APP_PID"
  fi
  APP_PID=
}
cleanup() {
  set +e
  stop_app
  [ -d "$WORK/pg/data" ] && as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast stop > /dev/null 2>&1
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ms() { date +%s%3N; }

# Starts the application with the environment given as arguments; prints "MS RSS_MB" once ready, then stops it.
timed_start() {
  local start ready rss
  start=$(now_ms)
  (cd "$APP" && exec env "$@" QUARKUS_HTTP_PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1 \
    NEWSQUIZ_ADMIN_PASSWORD=startup-benchmark java $CDS ${JAVA_OPTS:-} -Dot.epg.working-dir="$WORK/epg" \
    -jar quarkus-run.jar >> "$WORK/app.log" 2>&1) &
  APP_PID=$!
  for _ in $(seq 1 6000); do
    if curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" 2> /dev/null; then break; fi
    kill -0 "$APP_PID" 2> /dev/null || { tail -50 "$WORK/app.log" >&2; exit 1; }
    sleep 0.02
  done
  ready=$(now_ms)
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" || { tail -50 "$WORK/app.log" >&2; echo "not ready in 120 s" >&2; exit 1; }
  rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$APP_PID/status")
  stop_app
  echo "$((ready - start)) $rss"
}

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }

external_database() {
  [ -n "$PG_BIN" ] || { echo "external modes need PostgreSQL's server binaries (apt-get install postgresql)" >&2
                        exit 2; }
  if [ ! -d "$WORK/pg/data" ]; then
    mkdir -p "$WORK/pg" && { [ "$(id -u)" != 0 ] || chown postgres "$WORK/pg"; }
    as_pg "$PG_BIN/initdb" -D "$WORK/pg/data" -U newsquiz --auth=trust -E UTF8 --locale=C > /dev/null
    as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/server.log" -w -t 60 \
      -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" start > /dev/null
  fi
  PGOPTIONS="-c client_min_messages=warning" psql -h 127.0.0.1 -p "$PG_PORT" -U newsquiz -d postgres -qAt \
    -c "DROP DATABASE IF EXISTS \"$1\"" -c "CREATE DATABASE \"$1\"" > /dev/null
}

echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $RUNS runs per mode, java $CDS ${JAVA_OPTS:-}"
for mode in $MODES; do
  times=()
  rss=()
  for run in $(seq 1 "$RUNS"); do
    case $mode in
      first)
        # PostgreSQL's binaries are unpacked once per machine, not per data directory: not part of the figure.
        [ -d "$WORK/epg" ] || timed_start NEWSQUIZ_DATA_DIR="$WORK/data-0" > /dev/null
        result=$(timed_start NEWSQUIZ_DATA_DIR="$WORK/data-$run") ;;
      restart)
        [ -d "$WORK/data-restart" ] || timed_start NEWSQUIZ_DATA_DIR="$WORK/data-restart" > /dev/null
        result=$(timed_start NEWSQUIZ_DATA_DIR="$WORK/data-restart") ;;
      ext-first|ext-restart)
        db=newsquiz_${mode//-/_}
        if [ "$mode" = ext-first ]; then db=${db}_$run; external_database "$db";
        elif [ "$run" = 1 ]; then external_database "$db"; fi
        ext=(QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$db"
             QUARKUS_DATASOURCE_USERNAME=newsquiz QUARKUS_DATASOURCE_PASSWORD=unused)
        [ "$mode" = ext-first ] || [ "$run" != 1 ] || timed_start "${ext[@]}" > /dev/null
        result=$(timed_start "${ext[@]}") ;;
      *) echo "unknown mode $mode" >&2; exit 2 ;;
    esac
    times+=("${result% *}")
    rss+=("${result#* }")
    echo "$mode run $run: ready in ${result% *} ms, RSS ${result#* } MB (load $(cut -d' ' -f1 /proc/loadavg))"
  done
  echo "$mode: median $(printf '%s\n' "${times[@]}" | median) ms to ready," \
    "median RSS $(printf '%s\n' "${rss[@]}" | median) MB"
done
