#!/usr/bin/env bash
# Runs OpenTVS for development: builds the WAR, makes sure PostgreSQL has the database, starts the
# OpenMQ broker of the JMS channel on OPENTVS_JMS_PORT (default 7676) and Payara Micro on
# OPENTVS_HTTP_PORT (default 8080), and prints the admin password and the URLs. Ctrl-C stops both.
# Honours OPENTVS_HTTP_PORT, OPENTVS_JMS_PORT, OPENTVS_DB_URL, OPENTVS_DB_USER, OPENTVS_DB_PASSWORD, OPENTVS_ADMIN_PASSWORD,
# OPENTVS_BIOMETRIC_FACE_API_MODELS (else server-config/ensure-face-models.sh provides the face models).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${OPENTVS_HTTP_PORT:-8080}"
JMS_PORT="${OPENTVS_JMS_PORT:-7676}"
DB_URL="${OPENTVS_DB_URL:-jdbc:postgresql://127.0.0.1:5432/opentvs}"
DB_USER="${OPENTVS_DB_USER:-opentvs}"
DB_PASSWORD="${OPENTVS_DB_PASSWORD:-opentvs}"
ADMIN_PASSWORD="${OPENTVS_ADMIN_PASSWORD:-opentvs-dev-admin}"

# jdbc:postgresql://host[:port]/name
rest="${DB_URL#jdbc:postgresql://}"
hostport="${rest%%/*}"; DB_NAME="${rest#*/}"; DB_NAME="${DB_NAME%%\?*}"
DB_HOST="${hostport%%:*}"; DB_PORT="5432"
[[ "$hostport" == *:* ]] && DB_PORT="${hostport##*:}"

server-config/ensure-postgres.sh "$DB_HOST" "$DB_PORT" "$DB_NAME" "$DB_USER" "$DB_PASSWORD"

# The face-api engine's networks (cached outside target/; the engine is absent without them).
if [[ -z "${OPENTVS_BIOMETRIC_FACE_API_MODELS:-}" ]]; then
  models="$(server-config/ensure-face-models.sh | tail -n 1)"
  [[ -d "$models" ]] && export OPENTVS_BIOMETRIC_FACE_API_MODELS="$models"
fi

echo "Building OpenTVS ..."
mvn -B -q -DskipTests package dependency:copy@copy-payara-micro dependency:unpack@unpack-openmq

rm -rf target/dev/micro-root   # a stale exploded copy of an older build must never deploy
mkdir -p target/dev .opentvs-dev
escape() { printf '%s' "$1" | sed -e 's/[\\:=]/\\\\&/g' -e 's/[&|]/\\&/g'; }
sed -e "s|@DB_HOST@|$(escape "$DB_HOST")|" -e "s|@DB_PORT@|$DB_PORT|" -e "s|@DB_NAME@|$(escape "$DB_NAME")|" \
    -e "s|@DB_USER@|$(escape "$DB_USER")|" -e "s|@DB_PASSWORD@|$(escape "$DB_PASSWORD")|" -e "s|@JMS_PORT@|$JMS_PORT|" \
    server-config/micro/post-boot.asadmin.template > target/dev/post-boot.asadmin

# Development data-encryption key, kept outside the WAR and the repository.
if [[ -z "${OPENTVS_DATA_KEY:-}" ]]; then
  [[ -s .opentvs-dev/data-key ]] || head -c 32 /dev/urandom | base64 > .opentvs-dev/data-key
  OPENTVS_DATA_KEY="$(cat .opentvs-dev/data-key)"
fi
mkdir -p .opentvs-dev/inbox .opentvs-dev/exports .opentvs-dev/journal
export OPENTVS_ADMIN_PASSWORD="$ADMIN_PASSWORD" OPENTVS_DATA_KEY
export OPENTVS_INBOX_DIRECTORY="${OPENTVS_INBOX_DIRECTORY:-$PWD/.opentvs-dev/inbox}"
export OPENTVS_EXPORT_DIRECTORY="${OPENTVS_EXPORT_DIRECTORY:-$PWD/.opentvs-dev/exports}"
# verifications answered while PostgreSQL is unreachable wait here (MicroProfile Config reads the variable)
export OPENTVS_VERIFICATION_JOURNAL_DIRECTORY="${OPENTVS_VERIFICATION_JOURNAL_DIRECTORY:-$PWD/.opentvs-dev/journal}"

cat <<MSG

  OpenTVS (development) is starting on port $PORT
  Portal:          http://127.0.0.1:$PORT/            user admin, password: $ADMIN_PASSWORD
  API:             http://127.0.0.1:$PORT/api/v1/     (admin: HTTP Basic admin:$ADMIN_PASSWORD)
  Health:          http://127.0.0.1:$PORT/health/ready
  OpenAPI:         http://127.0.0.1:$PORT/openapi
  Manifest inbox:  $OPENTVS_INBOX_DIRECTORY
  Manifest queue:  OPENTVS_MANIFESTS on mq://127.0.0.1:$JMS_PORT/ (log target/dev/broker.log)
  Database:        $DB_URL (user $DB_USER)

MSG
# the JMS channel's broker (messages kept in .opentvs-dev/broker), stopped when this script ends
BROKER_PID="$(server-config/start-broker.sh "$JMS_PORT" "$PWD/.opentvs-dev/broker" target/dev/broker.log)"
trap 'kill "$BROKER_PID" 2>/dev/null || true' EXIT
trap 'exit 130' INT TERM
# OpenMQ's resource adapter is deployed first: the WAR's message-driven bean needs it
java -Xmx2g --add-modules jdk.incubator.vector -Dhazelcast.phone.home.enabled=false \
  -jar target/payara/payara-micro.jar --deploy target/payara/mq/lib/imqjmsra.rar --deploy target/opentvs.war \
  --contextroot / --port "$PORT" --nohazelcast --disablephonehome --addlibs target/payara/postgresql.jar \
  --prebootcommandfile server-config/micro/pre-boot.asadmin --postbootcommandfile target/dev/post-boot.asadmin \
  --rootdir target/dev/micro-root
