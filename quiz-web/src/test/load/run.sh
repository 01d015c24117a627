#!/usr/bin/env bash
# Load benchmark: the packaged application on loopback with its embedded PostgreSQL (fsync on). Warm-up classes
# first (WARM_UP_CLASSES of WARM_UP_STUDENTS: the figures are for a server that has been serving classes, whose hot
# paths the JIT compiler has compiled, not one started a minute ago; each class's figures are printed, the first
# ones show the cold server), then the measured class: STUDENTS join the seed quiz within one second
# (LoadDriver.java), then save QUESTIONS answers each with wrk (saves.lua, IN_FLIGHT connections), then the stored
# answers are counted in the database. Also prints the CPU time the application and PostgreSQL spent per join and
# per save, which is what bounds throughput on few cores.
# Needs wrk (Debian: apt-get install wrk). Usage (from the repository root, after ./mvnw -q package -DskipTests):
#   quiz-web/src/test/load/run.sh [STUDENTS] [QUESTIONS] [IN_FLIGHT]
# Stops by itself (every step is bounded) and removes its data directory and the application process.
set -euo pipefail

STUDENTS=${1:-500}
QUESTIONS=${2:-20}
IN_FLIGHT=${3:-64}
WARM_UP_STUDENTS=${WARM_UP_STUDENTS:-500}
WARM_UP_CLASSES=${WARM_UP_CLASSES:-3}
WRK_THREADS=${WRK_THREADS:-2}
command -v wrk > /dev/null || { echo "needs wrk (apt-get install wrk)" >&2; exit 2; }
HERE=$(cd "$(dirname "$0")" && pwd)
APP=$(cd "$HERE/../../.." && pwd)/target/quarkus-app
[ -f "$APP/quarkus-run.jar" ] || { echo "build first: ./mvnw -q package -DskipTests" >&2; exit 2; }
PG_JAR=$(ls "$APP"/lib/main/org.postgresql.postgresql-*.jar | head -1)

WORK=$(mktemp -d -t newsquiz-load.XXXXXX)
APP_PID=
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID"
    timeout 60 tail --pid="$APP_PID" -f /dev/null || kill -KILL "$APP_PID"
  fi
  grep -E "ERROR|Exception" "$WORK/app.log" | sort | uniq -c | sort -rn | head -5 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# Every simulated student joins from loopback, one address, and saves QUESTIONS answers: the join limit per
# address and the answer limit per attempt (application.properties) are raised to fit the two classes simulated,
# as for a school whose students all share one NAT address.
export NEWSQUIZ_RATE_LIMIT_JOIN_CAPACITY=$((WARM_UP_CLASSES * WARM_UP_STUDENTS + STUDENTS + 100))
export NEWSQUIZ_RATE_LIMIT_ANSWER_CAPACITY=$((QUESTIONS + 120))

PORT=${LOAD_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
# Run as documented: from its directory, with the build's class archive when there is one, and JAVA_OPTS.
CDS=
[ ! -f "$APP/app-cds.jsa" ] || CDS=-XX:SharedArchiveFile=app-cds.jsa
(cd "$APP" && NEWSQUIZ_DATA_DIR="$WORK" QUARKUS_HTTP_PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1 \
  exec java $CDS ${JAVA_OPTS:-} -jar quarkus-run.jar > "$WORK/app.log" 2>&1) &
APP_PID=$!

for _ in $(seq 1 480); do
  if curl -fs "http://127.0.0.1:$PORT/q/health/ready" > /dev/null 2>&1; then break; fi
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
  sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/q/health/ready" > /dev/null || { echo "not ready in 240 s" >&2; exit 1; }

# A first start prepares the content library (the seed quiz) in the background after ready: the class comes after.
for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$PORT/" | grep -q "library is being prepared" || break
  sleep 0.5
done

PG_PORT=$(sed -n 4p "$WORK/postgres-17/postmaster.pid")
PG_PID=$(sed -n 1p "$WORK/postgres-17/postmaster.pid")
BASE="http://127.0.0.1:$PORT"
JDBC="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres"
echo "app pid $APP_PID on port $PORT, PostgreSQL on port $PG_PORT, $(nproc) cores"

# CPU time (ms) of the application and of PostgreSQL (the postmaster and its backends), as "APP PG".
server_cpu_ms() {
  local app pg=0 pid
  app=$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")
  for pid in "$PG_PID" $(pgrep -P "$PG_PID"); do
    [ -r "/proc/$pid/stat" ] && pg=$((pg + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
  done
  echo "$((app * 1000 / $(getconf CLK_TCK))) $((pg * 1000 / $(getconf CLK_TCK)))"
}

# "A ms application + P ms PostgreSQL" per operation between two server_cpu_ms readings.
cpu_per() {
  awk -v from="$1" -v to="$2" -v n="$3" 'BEGIN { split(from, a, " "); split(to, b, " ");
    printf "%.2f ms application + %.2f ms PostgreSQL", (b[1] - a[1]) / n, (b[2] - a[2]) / n }'
}

# One class: join within a second, then every save through wrk; prints the figures, leaves ACKNOWLEDGED.
run_class() {
  local students=$1 saves="$WORK/saves-$1.txt" before middle after
  before=$(server_cpu_ms)
  timeout 120 java "$HERE/LoadDriver.java" join "$BASE" Washington "$students" "$QUESTIONS" "$saves" || JOIN_FAILED=1
  middle=$(server_cpu_ms)
  rm -rf "$WORK/done" && mkdir "$WORK/done"
  WRK_THREADS=$WRK_THREADS wrk -t "$WRK_THREADS" -c "$IN_FLIGHT" -d 300s --timeout 30s \
    -s "$HERE/saves.lua" "$BASE" -- "$saves" "$WORK/done" > "$WORK/wrk.out" &
  local wrk_pid=$!
  # Every thread leaves a file once all its saves have a reply; SIGINT then makes wrk report at once.
  while kill -0 "$wrk_pid" 2>/dev/null && [ "$(ls "$WORK/done" | wc -l)" -lt "$WRK_THREADS" ]; do sleep 0.05; done
  kill -INT "$wrk_pid" 2>/dev/null || true
  wait "$wrk_pid" || true
  after=$(server_cpu_ms)
  grep '^save:' "$WORK/wrk.out"
  ACKNOWLEDGED=$(sed -n 's/^ACKNOWLEDGED=//p' "$WORK/wrk.out")
  SAVES=$saves
  echo "server CPU per join: $(cpu_per "$before" "$middle" "$students")"
  echo "server CPU per save: $(cpu_per "$middle" "$after" "$(wc -l < "$saves")")"
}

for class in $(seq 1 "$WARM_UP_CLASSES"); do
  echo "warm-up class $class of $WARM_UP_CLASSES: $WARM_UP_STUDENTS students"
  run_class "$WARM_UP_STUDENTS"
done
JOIN_FAILED=0
echo "measured class: $STUDENTS students, $QUESTIONS answers each, $IN_FLIGHT saves in flight"
run_class "$STUDENTS"
echo "application resident memory after the class: $(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$APP_PID/status") MB"
# With -XX:NativeMemoryTracking=summary in JAVA_OPTS: where that memory is (committed KB per JVM area).
case "${JAVA_OPTS:-}" in
  *NativeMemoryTracking*) jcmd "$APP_PID" VM.native_memory summary | grep -E "^Total|^-" | sed 's/(reserved=[0-9]*KB, //' ;;
esac
timeout 60 java -cp "$PG_JAR" "$HERE/LoadDriver.java" count "$JDBC" "$SAVES" "$ACKNOWLEDGED"
[ "$JOIN_FAILED" = 0 ] || { echo "RESULT: FAILED (some joins failed)"; exit 1; }
