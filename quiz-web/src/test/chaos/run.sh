#!/usr/bin/env bash
# Fault injection on one machine, loopback only: one PostgreSQL, three NewsQuiz instances and nginx balancing them
# round-robin, with simulated students taking a quiz through nginx. While they work, one instance is killed
# (kill -9) and later started again, then PostgreSQL is stopped hard and restarted. At the end the database must
# hold every answer acknowledged to a student (204) exactly once, and every submitted attempt its score.
#
#   ./mvnw -q package -DskipTests && quiz-web/src/test/chaos/run.sh
#
# Needs Java 17 (with javac), nginx and PostgreSQL's server binaries (Debian: apt-get install -y nginx postgresql).
# Settings: CHAOS_SECONDS (load duration, default 100), CHAOS_STUDENTS (default 12), CHAOS_PORT (first of the
# ports used, default 18100), CHAOS_KEEP=1 keeps the work directory. Everything it starts is stopped on exit.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
APP_DIR=$ROOT/quiz-web/target/quarkus-app
SECONDS_OF_LOAD=${CHAOS_SECONDS:-100}
STUDENTS=${CHAOS_STUDENTS:-12}
PORT=${CHAOS_PORT:-18100}
PG_PORT=$PORT
LB_PORT=$((PORT + 1))
APP_PORTS=($((PORT + 11)) $((PORT + 12)) $((PORT + 13)))
REPORT=$ROOT/quiz-web/target/chaos-report.txt

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

# --- prerequisites ---------------------------------------------------------------------------------------------
[ -f "$APP_DIR/quarkus-run.jar" ] || fail "no packaged application; run ./mvnw -q package -DskipTests first"
command -v javac >/dev/null || fail "javac not found (a JDK 17 is needed)"
command -v nginx >/dev/null || fail "nginx not found (Debian: apt-get install -y nginx)"
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
[ -n "$PG_BIN" ] && [ -x "$PG_BIN/pg_ctl" ] || fail "PostgreSQL server binaries not found (Debian: apt-get install -y postgresql)"
for port in "$PG_PORT" "$LB_PORT" "${APP_PORTS[@]}"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then fail "port $port is in use (set CHAOS_PORT)"; fi
done

WORK=$(mktemp -d /tmp/newsquiz-chaos.XXXXXX)
chmod 755 "$WORK"
declare -A APP_PID=()
NGINX_PID=""
LOAD_PID=""

# PostgreSQL refuses to run as root: then it runs as the postgres user the Debian package creates.
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
  local status=$?
  set +e
  [ -n "$LOAD_PID" ] && kill "$LOAD_PID" 2>/dev/null
  for i in "${!APP_PID[@]}"; do kill -9 "${APP_PID[$i]}" 2>/dev/null; done
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null
  [ -d "$WORK/pg/data" ] && as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m immediate stop >/dev/null 2>&1
  wait 2>/dev/null
  if [ "${CHAOS_KEEP:-0}" = 1 ]; then say "work directory kept: $WORK"; else rm -rf "$WORK"; fi
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ms() { date +%s%3N; }
event() { echo "$(now_ms),$1" >> "$WORK/events.csv"; say "$1"; }

# --- PostgreSQL ------------------------------------------------------------------------------------------------
start_postgres() {
  as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on" start >/dev/null
}
mkdir -p "$WORK/pg"
[ "$(id -u)" = 0 ] && chown postgres "$WORK/pg"
as_pg "$PG_BIN/initdb" -D "$WORK/pg/data" -U newsquiz --auth=trust -E UTF8 --locale=C >/dev/null
start_postgres
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U newsquiz newsquiz
psql_q() { psql -h 127.0.0.1 -p "$PG_PORT" -U newsquiz -d newsquiz -v ON_ERROR_STOP=1 -qAt "$@"; }
say "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PG_PORT"

# --- NewsQuiz: migrate once, then three instances that do not migrate -------------------------------------------
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/newsquiz"
export QUARKUS_DATASOURCE_USERNAME=newsquiz QUARKUS_DATASOURCE_PASSWORD=unused
export QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_SHUTDOWN_DELAY=1s
# The simulated students all come through nginx from loopback and join again as soon as they submit: far more
# joins from one address than a school makes, so the join limit is raised; the answer limit stays as configured.
export NEWSQUIZ_RATE_LIMIT_JOIN_PER_MINUTE=60000
NEWSQUIZ_SESSION_KEY=$(head -c 32 /dev/urandom | base64)
export NEWSQUIZ_SESSION_KEY
# The JVM settings of docker/Dockerfile, the class archive the build made with them: a replica as it is deployed.
JAVA_OPTS=(-XX:+UseSerialGC -Xms32m -Xmx112m -Xmn8m -XX:MinHeapFreeRatio=5 -XX:MaxHeapFreeRatio=20 -XX:MaxMetaspaceSize=128m
  -XX:ReservedCodeCacheSize=48m -XX:MaxDirectMemorySize=32m -Xss512k -XX:TieredStopAtLevel=1 -XX:TrimNativeHeapInterval=5000)
[ -f "$APP_DIR/app-cds.jsa" ] && JAVA_OPTS+=(-XX:SharedArchiveFile=app-cds.jsa)
export MALLOC_ARENA_MAX=1

(cd "$APP_DIR" && exec java "${JAVA_OPTS[@]}" -jar quarkus-run.jar migrate) > "$WORK/migrate.log" 2>&1 \
  || fail "migrate step failed: $(tail -5 "$WORK/migrate.log")"
say "schema migrated: version $(psql_q -c "SELECT max(version) FROM flyway_schema_history WHERE success")"

start_app() {
  local i=$1
  QUARKUS_HTTP_PORT=${APP_PORTS[$i]} QUARKUS_FLYWAY_MIGRATE_AT_START=false \
    bash -c 'cd "$1" && shift && exec java "$@" -jar quarkus-run.jar' run "$APP_DIR" "${JAVA_OPTS[@]}" >> "$WORK/app$i.log" 2>&1 &
  APP_PID[$i]=$!
}
wait_ready() {
  local url=$1 limit=$2 start
  start=$(now_ms)
  until curl -sf -o /dev/null "$url"; do
    [ $(($(now_ms) - start)) -lt $((limit * 1000)) ] || return 1
    sleep 0.2
  done
  echo $(($(now_ms) - start))
}
for i in 0 1 2; do start_app "$i"; done
for i in 0 1 2; do
  ms=$(wait_ready "http://127.0.0.1:${APP_PORTS[$i]}/q/health/ready" 240) || fail "instance $((i + 1)) not ready"
  say "instance $((i + 1)) ready on port ${APP_PORTS[$i]} after ${ms} ms (pid ${APP_PID[$i]})"
done
for i in 0 1 2; do
  say "instance $((i + 1)) resident memory: $(($(ps -o rss= -p "${APP_PID[$i]}") / 1024)) MB"
done

# --- nginx, round-robin ----------------------------------------------------------------------------------------
mkdir -p "$WORK/nginx/tmp"
chmod 777 "$WORK/nginx/tmp"
cat > "$WORK/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
  log_format upstreams '\$upstream_addr \$status \$request_method \$request_uri \$request_time';
  access_log $WORK/nginx/access.log upstreams;
  client_body_temp_path $WORK/nginx/tmp/body;
  proxy_temp_path $WORK/nginx/tmp/proxy;
  fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
  uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
  scgi_temp_path $WORK/nginx/tmp/scgi;
  upstream newsquiz {
    server 127.0.0.1:${APP_PORTS[0]} max_fails=1 fail_timeout=3s;
    server 127.0.0.1:${APP_PORTS[1]} max_fails=1 fail_timeout=3s;
    server 127.0.0.1:${APP_PORTS[2]} max_fails=1 fail_timeout=3s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$LB_PORT;
    client_max_body_size 2m;
    location / {
      proxy_pass http://newsquiz;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_connect_timeout 1s;
      proxy_read_timeout 15s;
      # As in docker/nginx/nginx.conf: a 503 (the database cannot be reached) goes back to the client.
      proxy_next_upstream error timeout http_502;
      proxy_next_upstream_tries 3;
    }
  }
}
EOF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' 2>>"$WORK/nginx/error.log" &
NGINX_PID=$!
wait_ready "http://127.0.0.1:$LB_PORT/q/health/ready" 10 >/dev/null || fail "nginx did not start"
for _ in $(seq 30); do curl -sf -o /dev/null "http://127.0.0.1:$LB_PORT/q/health/ready"; done
spread=$(grep '/q/health/ready' "$WORK/nginx/access.log" | awk '{print $1}' | sort | uniq -c | tr -s ' ' | paste -sd,)
say "nginx on port $LB_PORT: 30 requests spread over instances as [$spread]"
[ "$(grep '/q/health/ready' "$WORK/nginx/access.log" | awk '{print $1}' | sort -u | wc -l)" = 3 ] \
  || fail "round-robin did not reach all three instances"

# The content library (the quiz the students take) is prepared in the background once the instances are ready.
for _ in $(seq 600); do
  curl -sf "http://127.0.0.1:$LB_PORT/" | grep -q "library is being prepared" || break
  sleep 0.5
done

# --- load driver -----------------------------------------------------------------------------------------------
JACKSON=$(ls "$APP_DIR"/lib/main/com.fasterxml.jackson.core.jackson-*.jar | paste -sd:)
mkdir -p "$WORK/classes"
javac -nowarn -d "$WORK/classes" -cp "$JACKSON" \
  "$ROOT"/quiz-web/src/test/java/org/newsquiz/web/chaos/{StudentLoad,ChaosReport}.java
MODE=()
if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$LB_PORT/api/quizzes/public")" != 200 ]; then
  say "no student JSON API here (GET /api/quizzes/public is not 200): students load pages only, no answers to check"
  MODE=(--pages)
fi
: > "$WORK/events.csv"
event "warm-up"
LOAD_START=$(now_ms)
java -cp "$WORK/classes:$JACKSON" org.newsquiz.web.chaos.StudentLoad "http://127.0.0.1:$LB_PORT" "$STUDENTS" \
  "$SECONDS_OF_LOAD" "$WORK/load" "${MODE[@]}" 2> "$WORK/load.log" &
LOAD_PID=$!

# --- faults, at fixed fractions of the run ---------------------------------------------------------------------
# Between faults the script acts as a platform's restart policy: an instance that exits on its own (for example
# one that was starting while PostgreSQL was down) is started again, and said so in the report.
RESTARTED_AT=0
RESTART_READY_MS=""
SELF_RESTARTS=0
watch_instances() {
  for i in 0 1 2; do
    if [ -n "${APP_PID[$i]:-}" ] && ! kill -0 "${APP_PID[$i]}" 2>/dev/null; then
      wait "${APP_PID[$i]}" 2>/dev/null || true
      SELF_RESTARTS=$((SELF_RESTARTS + 1))
      say "instance $((i + 1)) exited by itself (see app$i.log); starting it again"
      start_app "$i"
    fi
  done
  if [ -z "$RESTART_READY_MS" ] && [ "$RESTARTED_AT" -gt 0 ] \
      && curl -sf -o /dev/null "http://127.0.0.1:${APP_PORTS[1]}/q/health/ready"; then
    RESTART_READY_MS=$(($(now_ms) - RESTARTED_AT))
    say "instance 2 ready again ${RESTART_READY_MS} ms after its restart"
  fi
}
until_percent() {
  while [ "$(now_ms)" -lt $((LOAD_START + $1 * SECONDS_OF_LOAD * 10)) ]; do
    watch_instances
    sleep 0.2
  done
}
until_percent 10
event "baseline"
until_percent 25
# The event comes first: requests cut off by the kill end after it and count against it, not the baseline.
event "instance 2 killed (-9)"
kill -9 "${APP_PID[1]}"
wait "${APP_PID[1]}" 2>/dev/null || true
unset 'APP_PID[1]'
until_percent 40
start_app 1
RESTARTED_AT=$(now_ms)
event "instance 2 restarted"
until_percent 70
event "PostgreSQL stopped and restarted"
pg_start=$(now_ms)
as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m immediate stop >/dev/null
start_postgres
PG_DOWN_MS=$(($(now_ms) - pg_start))
say "PostgreSQL back after ${PG_DOWN_MS} ms"
until_percent 100
wait "$LOAD_PID" || fail "load driver failed: $(tail -5 "$WORK/load.log")"
LOAD_PID=""
event "end"
settle_until=$(($(now_ms) + 240000))
while [ "$(now_ms)" -lt "$settle_until" ]; do
  watch_instances
  ready=0
  for i in 0 1 2; do
    curl -sf -o /dev/null "http://127.0.0.1:${APP_PORTS[$i]}/q/health/ready" && ready=$((ready + 1))
  done
  [ "$ready" = 3 ] && break
  sleep 0.5
done
MEMORY=""
for i in 0 1 2; do
  curl -sf -o /dev/null "http://127.0.0.1:${APP_PORTS[$i]}/q/health/ready" || fail "instance $((i + 1)) not ready at the end"
  MEMORY="$MEMORY $(($(ps -o rss= -p "${APP_PID[$i]}") / 1024)) MB"
done

# --- report and database check ---------------------------------------------------------------------------------
{
  echo "NewsQuiz fault-injection run, $(date -u +%FT%TZ): $STUDENTS students for ${SECONDS_OF_LOAD} s through nginx"
  echo "over 3 instances; instance 2 back to ready ${RESTART_READY_MS:-never} ms after its restart; PostgreSQL down"
  echo "${PG_DOWN_MS} ms; instances that exited by themselves and were started again: $SELF_RESTARTS."
  echo "Resident memory of the instances at the end:$MEMORY."
  echo
  java -cp "$WORK/classes" org.newsquiz.web.chaos.ChaosReport "$WORK/load/requests.csv" "$WORK/events.csv" \
    "$WORK/nginx/access.log"
  echo
  if [ "${#MODE[@]}" = 0 ]; then
    psql_q <<EOF
CREATE TEMP TABLE ack (attempt_id uuid, question_id bigint, response jsonb);
\copy ack FROM '$WORK/load/acks.csv' WITH (FORMAT csv)
CREATE TEMP TABLE graded (attempt_id uuid, score text);
\copy graded FROM '$WORK/load/submissions.csv' WITH (FORMAT csv)
SELECT 'answers acknowledged (204): ' || count(*) FROM ack;
SELECT 'acknowledged answers missing in the database: ' || count(*)
  FROM ack a LEFT JOIN attempt_answer s USING (attempt_id, question_id) WHERE s.attempt_id IS NULL;
SELECT 'acknowledged answers stored with another response: ' || count(*)
  FROM ack a JOIN attempt_answer s USING (attempt_id, question_id) WHERE s.response <> a.response;
SELECT 'answers stored more than once: ' || count(*)
  FROM (SELECT 1 FROM attempt_answer GROUP BY attempt_id, question_id HAVING count(*) > 1) twice;
SELECT 'submissions acknowledged (200): ' || count(*) FROM graded;
SELECT 'acknowledged submissions without a stored score: ' || count(*)
  FROM graded g LEFT JOIN attempt a ON a.id = g.attempt_id
  WHERE a.id IS NULL OR a.state = 'IN_PROGRESS' OR a.score IS NULL;
EOF
  else
    echo "database check skipped: the student JSON API is not available in this build"
  fi
} | tee "$REPORT"
if grep -Eq '(missing in the database|another response|more than once|without a stored score): [1-9]' "$REPORT"; then
  fail "data was lost or duplicated (see $REPORT)"
fi
say "report written to $REPORT"
