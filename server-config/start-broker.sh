#!/usr/bin/env bash
# Starts the OpenMQ broker of the JMS manifest channel in the background, for run-dev.sh and
# run-cluster.sh: start-broker.sh PORT VAR_DIR LOG_FILE. Prints the broker's PID once it listens on
# 127.0.0.1:PORT. The broker comes from the build (target/payara/mq, OpenMQ from Maven Central,
# unpacked by dependency:unpack@unpack-openmq). Its messages persist in VAR_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="$1" VAR="$2" LOG="$3"
MQ="$PWD/target/payara/mq"
[[ -s "$MQ/lib/imqbroker.jar" ]] || { echo "no OpenMQ broker in $MQ (mvn dependency:unpack@unpack-openmq)" >&2; exit 1; }
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
  echo "port $PORT is taken: stop what listens there or set OPENTVS_JMS_PORT" >&2; exit 1
fi
mkdir -p "$VAR"
java -Xmx256m -cp "$MQ/lib/imqbroker.jar:$MQ/lib/imqutil.jar" -Dimq.home="$MQ" -Dimq.libhome="$MQ/lib" \
  -Dimq.etchome="$MQ/etc" -Dimq.varhome="$VAR" com.sun.messaging.jmq.jmsserver.Broker \
  -port "$PORT" -name opentvs -Dimq.hostname=127.0.0.1 > "$LOG" 2>&1 &
pid=$!
for _ in $(seq 120); do
  kill -0 "$pid" 2>/dev/null || { echo "the broker exited; see $LOG" >&2; exit 1; }
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then echo "$pid"; exit 0; fi
  sleep 0.5
done
kill "$pid" 2>/dev/null || true
echo "the broker did not listen on $PORT within 60 s; see $LOG" >&2; exit 1
