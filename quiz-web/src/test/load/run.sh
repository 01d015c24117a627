#!/usr/bin/env bash
# Load benchmark: the packaged application on loopback with its embedded PostgreSQL (fsync on), a class of
# students joining and saving answers through the JSON API, then the stored answers counted in the database.
# Usage (from the repository root, after ./mvnw -q package -DskipTests):
#   quiz-web/src/test/load/run.sh [STUDENTS] [QUESTIONS] [IN_FLIGHT]
# Stops by itself (every step is bounded) and removes its data directory and the application process.
set -euo pipefail

STUDENTS=${1:-500}
QUESTIONS=${2:-20}
IN_FLIGHT=${3:-64}
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
# address and the answer limit per attempt (application.properties) are raised to fit the class being simulated,
# as for a school whose students all share one NAT address.
export NEWSQUIZ_RATE_LIMIT_JOIN_CAPACITY=$((STUDENTS + 100))
export NEWSQUIZ_RATE_LIMIT_ANSWER_CAPACITY=$((QUESTIONS + 120))

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
NEWSQUIZ_DATA_DIR="$WORK" QUARKUS_HTTP_PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1 \
  java ${JAVA_OPTS:-} -jar "$APP/quarkus-run.jar" > "$WORK/app.log" 2>&1 &
APP_PID=$!

for _ in $(seq 1 240); do
  if curl -fs "http://127.0.0.1:$PORT/q/health/ready" > /dev/null 2>&1; then break; fi
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
  sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/q/health/ready" > /dev/null || { echo "not ready in 120 s" >&2; exit 1; }

PG_PORT=$(sed -n 4p "$WORK/postgres-17/postmaster.pid")
echo "app pid $APP_PID on port $PORT, PostgreSQL on port $PG_PORT, $(nproc) cores"
timeout 300 java -cp "$PG_JAR" "$HERE/LoadDriver.java" "http://127.0.0.1:$PORT" \
  "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" "$STUDENTS" "$QUESTIONS" "$IN_FLIGHT"
