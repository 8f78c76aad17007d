#!/usr/bin/env bash
# Runs OpenTVS as a cluster on this machine: PostgreSQL, one OpenMQ broker for the JMS channel that
# every node consumes from, N Payara Micro instances (default 2) joined in one Payara Domain Data Grid
# (Hazelcast, TCP/IP discovery on 127.0.0.1 only) and HAProxy in front on one port, health-checking
# every node on /health/ready. Ctrl-C stops HAProxy, every node and the broker.
# Honours what run-dev.sh honours (OPENTVS_HTTP_PORT is HAProxy's port here), and:
#   OPENTVS_NODES (2)                 how many Payara Micro instances
#   OPENTVS_NODE_PORT (HTTP port + 1) the first node's HTTP port; node i listens on OPENTVS_NODE_PORT + i - 1
#   OPENTVS_GRID_PORT (5900)          the first node's data-grid port; node i on OPENTVS_GRID_PORT + i - 1
#   OPENTVS_JMS_PORT (7676)           the broker's port (127.0.0.1)
#   OPENTVS_CLUSTER_NAME (opentvs)    the data grid's name (two clusters on one machine need two names)
#   OPENTVS_NODE_XMX (1g)             heap of each node
#   OPENTVS_SKIP_BUILD=1              reuse target/opentvs.war as built before
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${OPENTVS_HTTP_PORT:-8080}"
NODES="${OPENTVS_NODES:-2}"
NODE_PORT="${OPENTVS_NODE_PORT:-$((PORT + 1))}"
GRID_PORT="${OPENTVS_GRID_PORT:-5900}"
JMS_PORT="${OPENTVS_JMS_PORT:-7676}"
CLUSTER_NAME="${OPENTVS_CLUSTER_NAME:-opentvs}"
XMX="${OPENTVS_NODE_XMX:-1g}"
DB_URL="${OPENTVS_DB_URL:-jdbc:postgresql://127.0.0.1:5432/opentvs}"
DB_USER="${OPENTVS_DB_USER:-opentvs}"
DB_PASSWORD="${OPENTVS_DB_PASSWORD:-opentvs}"
ADMIN_PASSWORD="${OPENTVS_ADMIN_PASSWORD:-opentvs-dev-admin}"
[[ "$NODES" =~ ^[1-9][0-9]?$ ]] || { echo "OPENTVS_NODES must be 1..99" >&2; exit 2; }

rest="${DB_URL#jdbc:postgresql://}"
hostport="${rest%%/*}"; DB_NAME="${rest#*/}"; DB_NAME="${DB_NAME%%\?*}"
DB_HOST="${hostport%%:*}"; DB_PORT="5432"
[[ "$hostport" == *:* ]] && DB_PORT="${hostport##*:}"

server-config/ensure-postgres.sh "$DB_HOST" "$DB_PORT" "$DB_NAME" "$DB_USER" "$DB_PASSWORD"

if ! command -v haproxy >/dev/null 2>&1; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "HAProxy is not installed: installing it with apt ..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
  else
    echo "HAProxy is not installed (apt-get install haproxy)" >&2; exit 1
  fi
fi

if [[ -z "${OPENTVS_BIOMETRIC_FACE_API_MODELS:-}" ]]; then
  models="$(server-config/ensure-face-models.sh | tail -n 1)"
  [[ -d "$models" ]] && export OPENTVS_BIOMETRIC_FACE_API_MODELS="$models"
fi

if [[ "${OPENTVS_SKIP_BUILD:-}" != 1 || ! -s target/opentvs.war ]]; then
  echo "Building OpenTVS (once for all nodes) ..."
  mvn -B -q -DskipTests package dependency:copy@copy-payara-micro dependency:unpack@unpack-openmq
fi

CLUSTER_DIR=target/cluster
rm -rf "$CLUSTER_DIR"
mkdir -p "$CLUSTER_DIR" .opentvs-dev
escape() { printf '%s' "$1" | sed -e 's/[\\:=]/\\\\&/g' -e 's/[&|]/\\&/g'; }
sed -e "s|@DB_HOST@|$(escape "$DB_HOST")|" -e "s|@DB_PORT@|$DB_PORT|" -e "s|@DB_NAME@|$(escape "$DB_NAME")|" \
    -e "s|@DB_USER@|$(escape "$DB_USER")|" -e "s|@DB_PASSWORD@|$(escape "$DB_PASSWORD")|" -e "s|@JMS_PORT@|$JMS_PORT|" \
    server-config/micro/post-boot.asadmin.template > "$CLUSTER_DIR/post-boot.asadmin"

if [[ -z "${OPENTVS_DATA_KEY:-}" ]]; then
  [[ -s .opentvs-dev/data-key ]] || head -c 32 /dev/urandom | base64 > .opentvs-dev/data-key
  OPENTVS_DATA_KEY="$(cat .opentvs-dev/data-key)"
fi
export OPENTVS_ADMIN_PASSWORD="$ADMIN_PASSWORD" OPENTVS_DATA_KEY
export OPENTVS_EXPORT_DIRECTORY="${OPENTVS_EXPORT_DIRECTORY:-$PWD/.opentvs-dev/exports}"
INBOX="${OPENTVS_INBOX_DIRECTORY:-$PWD/.opentvs-dev/inbox}"
mkdir -p "$INBOX" "$OPENTVS_EXPORT_DIRECTORY"

# every node's data-grid address: discovery asks these and nothing else (loopback only)
members=""
for ((i = 0; i < NODES; i++)); do members+="${members:+,}127.0.0.1:$((GRID_PORT + i))"; done

declare -a PIDS=()
HAPROXY_PID=""
BROKER_PID=""
stopping=0
stop_all() {
  [[ $stopping == 1 ]] && return; stopping=1
  echo; echo "Stopping HAProxy, ${#PIDS[@]} node(s) and the broker ..."
  [[ -n "$HAPROXY_PID" ]] && kill "$HAPROXY_PID" 2>/dev/null || true
  for pid in "${PIDS[@]}"; do [[ "$pid" != 0 ]] && kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    [[ "$pid" == 0 ]] && continue
    for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  done
  [[ -n "$BROKER_PID" ]] && kill "$BROKER_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  echo "Stopped."
}
trap stop_all EXIT
trap 'exit 130' INT TERM

start_node() {
  local i="$1" dir="$CLUSTER_DIR/node-$1"
  mkdir -p "$dir" ".opentvs-dev/journal-node-$i"
  # the manifest file inbox is read by node 1 only (two readers would race for the same files)
  local inbox=""
  [[ "$i" == 1 ]] && inbox="$INBOX"
  OPENTVS_INBOX_DIRECTORY="$inbox" OPENTVS_VERIFICATION_JOURNAL_DIRECTORY="$PWD/.opentvs-dev/journal-node-$i" \
  java "-Xmx$XMX" --add-modules jdk.incubator.vector -Dhazelcast.phone.home.enabled=false \
    -jar target/payara/payara-micro.jar --deploy target/payara/mq/lib/imqjmsra.rar --deploy target/opentvs.war \
    --contextroot / --port "$((NODE_PORT + i - 1))" \
    --name "opentvs-node-$i" --clustername "$CLUSTER_NAME" --clustermode "tcpip:$members" \
    --startport "$((GRID_PORT + i - 1))" --interfaces 127.0.0.1 --nohostaware \
    --disablephonehome --addlibs target/payara/postgresql.jar \
    --prebootcommandfile server-config/micro/pre-boot.asadmin --postbootcommandfile "$CLUSTER_DIR/post-boot.asadmin" \
    --rootdir "$dir/root" > "$dir/server.log" 2>&1 &
  PIDS+=("$!")
}

await_ready() {
  local i="$1" pid="${PIDS[$(($1 - 1))]}"
  for _ in $(seq 300); do
    kill -0 "$pid" 2>/dev/null || { echo "node $i exited; see $CLUSTER_DIR/node-$i/server.log" >&2; exit 1; }
    curl -fsS -o /dev/null "http://127.0.0.1:$((NODE_PORT + i - 1))/health/ready" 2>/dev/null && return 0
    sleep 1
  done
  echo "node $i not ready after 300 s; see $CLUSTER_DIR/node-$i/server.log" >&2; exit 1
}

# one broker for all nodes (messages kept in .opentvs-dev/broker); each node's resource adapter consumes from it
echo "Starting the OpenMQ broker on port $JMS_PORT ..."
BROKER_PID="$(server-config/start-broker.sh "$JMS_PORT" "$PWD/.opentvs-dev/broker" "$CLUSTER_DIR/broker.log")"

# node 1 migrates the schema and founds the grid; the others join it and load the galleries before they are ready
echo "Starting node 1 of $NODES ..."
start_node 1
await_ready 1
for ((i = 2; i <= NODES; i++)); do echo "Starting node $i of $NODES ..."; start_node "$i"; done
for ((i = 2; i <= NODES; i++)); do await_ready "$i"; done

{
  cat <<CFG
global
    maxconn 4096
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout tunnel 1h
    option redispatch
    retries 2
frontend opentvs
    bind 127.0.0.1:$PORT
    default_backend nodes
backend nodes
    balance roundrobin
    option httpchk GET /health/ready
    http-check expect status 200
    # a node that comes back (restarted, cold) gets its share of traffic over a minute, not at once
    default-server inter 1s fastinter 500ms downinter 1s fall 2 rise 2 slowstart 60s
    # portal sessions stick to their node (the API is stateless and is spread evenly)
    cookie OPENTVS_NODE insert indirect nocache httponly
CFG
  for ((i = 1; i <= NODES; i++)); do
    echo "    server node-$i 127.0.0.1:$((NODE_PORT + i - 1)) check cookie node-$i"
  done
} > "$CLUSTER_DIR/haproxy.cfg"
haproxy -c -q -f "$CLUSTER_DIR/haproxy.cfg"
haproxy -db -f "$CLUSTER_DIR/haproxy.cfg" > "$CLUSTER_DIR/haproxy.log" 2>&1 &
HAPROXY_PID=$!

cat <<MSG

  OpenTVS cluster: $NODES Payara Micro node(s) in data grid "$CLUSTER_NAME" behind HAProxy
  Portal:          http://127.0.0.1:$PORT/            user admin, password: $ADMIN_PASSWORD
  API:             http://127.0.0.1:$PORT/api/v1/     (admin: HTTP Basic admin:$ADMIN_PASSWORD)
  Health:          http://127.0.0.1:$PORT/health/ready
MSG
for ((i = 1; i <= NODES; i++)); do
  echo "  Node $i:          http://127.0.0.1:$((NODE_PORT + i - 1))/  (grid port $((GRID_PORT + i - 1)), log $CLUSTER_DIR/node-$i/server.log, pid ${PIDS[$((i - 1))]})"
done
cat <<MSG
  Manifest inbox:  $INBOX (read by node 1)
  Manifest queue:  OPENTVS_MANIFESTS on mq://127.0.0.1:$JMS_PORT/ (every node consumes; log $CLUSTER_DIR/broker.log)
  Database:        $DB_URL (user $DB_USER)
  Ctrl-C stops everything.

MSG
# wait for Ctrl-C; a node that dies is reported (HAProxy routes around it), HAProxy's death ends the run
while kill -0 "$HAPROXY_PID" 2>/dev/null; do
  for ((i = 1; i <= NODES; i++)); do
    pid="${PIDS[$((i - 1))]}"
    if [[ "$pid" != 0 ]] && ! kill -0 "$pid" 2>/dev/null; then
      echo "node $i (pid $pid) has stopped; see $CLUSTER_DIR/node-$i/server.log"; PIDS[$((i - 1))]=0
    fi
  done
  sleep 2
done
echo "HAProxy stopped; see $CLUSTER_DIR/haproxy.log" >&2
exit 1
