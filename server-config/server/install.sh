#!/usr/bin/env bash
# Installs OpenTVS on Payara Server 6.2025.10 (on-premises, single node).
#
#   server-config/server/install.sh [path/to/opentvs.war]
#
# Steps: install Payara Server from Maven Central (skipped when PAYARA_HOME already has it), create
# the domain, put the PostgreSQL driver in the domain's lib/, store the secrets as password aliases,
# apply domain.asadmin, restart, deploy the WAR at context root "/" and wait for /health/ready.
# Running it again reconfigures the existing domain and redeploys the WAR; data is not touched.
#
# Settings (environment):
#   PAYARA_HOME            where Payara Server goes (default /opt/payara6)
#   OPENTVS_DOMAIN         domain name (default opentvs)
#   OPENTVS_PORT_BASE      port base for create-domain (default 8000: admin 8048, HTTP 8080, HTTPS 8081)
#   OPENTVS_HTTP_PORT      HTTP port of the application (default port base + 80)
#   OPENTVS_HEAP           JVM heap, -Xms and -Xmx (default 2g)
#   OPENTVS_DB_URL         jdbc:postgresql://host[:port]/database (default jdbc:postgresql://127.0.0.1:5432/opentvs)
#   OPENTVS_DB_USER        database user (default opentvs)
#   OPENTVS_WAR            the WAR, if not given as argument (default target/opentvs.war of this checkout)
#   OPENTVS_READY_TIMEOUT  seconds to wait for /health/ready after deployment (default 300)
# Secrets (environment; stored as password aliases, never written to domain.xml or printed):
#   OPENTVS_DB_PASSWORD    database password            -> alias opentvs-db-password
#   OPENTVS_DATA_KEY       base64 32-byte AES data key  -> alias opentvs-data-key (required)
#   OPENTVS_ADMIN_PASSWORD first portal/API admin       -> alias opentvs-admin-password
#   OPENTVS_ASADMIN_PASSWORD  password of the Payara admin user "admin" of a NEW domain (optional;
#                          without it the domain has no admin password and asadmin works only locally)
#   OPENTVS_MASTER_PASSWORD   master password of a NEW domain, which encrypts the alias store
#                          (optional; default is Payara's well-known default)
# A secret left unset keeps the alias already in the domain; the first install needs
# OPENTVS_DB_PASSWORD and OPENTVS_DATA_KEY.
# Optional application settings (stored as system properties): OPENTVS_INBOX_DIRECTORY,
# OPENTVS_EXPORT_DIRECTORY, OPENTVS_AGE_MIN, OPENTVS_AGE_MAX, OPENTVS_HOME_AIRPORTS.
# Several instances (a deployment group in one Domain Data Grid, see README "Cluster"):
#   OPENTVS_INSTANCES      number of instances on this host (default 0: the DAS alone serves, as before)
#   OPENTVS_DEPLOYMENT_GROUP  name of the group (default opentvs-dg); its config is <group>-config
#   OPENTVS_INSTANCE_PORT_BASE  port base of instance 1 (default port base + 100); instance i gets
#                          base + 100 * (i - 1), HTTP on that + 80, data grid from OPENTVS_GRID_PORT (5900) + i - 1
set -euo pipefail

PAYARA_VERSION=6.2025.10
POSTGRESQL_VERSION=42.7.8
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"

say() { printf '==> %s\n' "$*"; }
fail() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }
absolute() { case "$1" in /*) printf '%s' "$1" ;; *) printf '%s/%s' "$PWD" "$1" ;; esac; }

PAYARA_HOME="$(absolute "${PAYARA_HOME:-/opt/payara6}")"
DOMAIN="${OPENTVS_DOMAIN:-opentvs}"
PORT_BASE="${OPENTVS_PORT_BASE:-8000}"
HTTP_PORT="${OPENTVS_HTTP_PORT:-$((PORT_BASE + 80))}"
ADMIN_PORT=$((PORT_BASE + 48))
HEAP="${OPENTVS_HEAP:-2g}"
DB_URL="${OPENTVS_DB_URL:-jdbc:postgresql://127.0.0.1:5432/opentvs}"
DB_USER="${OPENTVS_DB_USER:-opentvs}"
WAR="$(absolute "${1:-${OPENTVS_WAR:-$REPO/target/opentvs.war}}")"
READY_TIMEOUT="${OPENTVS_READY_TIMEOUT:-300}"
INSTANCES="${OPENTVS_INSTANCES:-0}"
GROUP="${OPENTVS_DEPLOYMENT_GROUP:-opentvs-dg}"
INSTANCE_PORT_BASE="${OPENTVS_INSTANCE_PORT_BASE:-$((PORT_BASE + 100))}"
GRID_PORT="${OPENTVS_GRID_PORT:-5900}"

ASADMIN="$PAYARA_HOME/bin/asadmin"
DOMAINS_DIR="$PAYARA_HOME/glassfish/domains"
DOMAIN_DIR="$DOMAINS_DIR/$DOMAIN"

# ---- checks before changing anything ---------------------------------------------------------------
[[ -f "$WAR" ]] || fail "WAR not found: $WAR (build it with 'mvn -B -DskipTests package' or pass its path)"
command -v java >/dev/null || fail "java is not on PATH (JDK 17 or 21 is required)"
java_major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
[[ "${java_major%%.*}" -ge 17 ]] 2>/dev/null || fail "Java 17 or newer is required (found ${java_major:-unknown})"
command -v curl >/dev/null || fail "curl is required (health checks)"
[[ "$PORT_BASE" =~ ^[0-9]+$ && "$HTTP_PORT" =~ ^[0-9]+$ ]] || fail "OPENTVS_PORT_BASE and OPENTVS_HTTP_PORT must be numbers"
[[ "$HEAP" =~ ^[0-9]+[mMgG]$ ]] || fail "OPENTVS_HEAP must look like 2g or 3072m (got $HEAP)"
[[ "$INSTANCES" =~ ^[0-9]{1,2}$ && "$INSTANCE_PORT_BASE" =~ ^[0-9]+$ && "$GRID_PORT" =~ ^[0-9]+$ ]] \
  || fail "OPENTVS_INSTANCES (0-99), OPENTVS_INSTANCE_PORT_BASE and OPENTVS_GRID_PORT must be numbers"
[[ "$GROUP" =~ ^[A-Za-z][A-Za-z0-9_-]*$ ]] || fail "OPENTVS_DEPLOYMENT_GROUP must be a plain name"

# jdbc:postgresql://host[:port]/name[?params]
[[ "$DB_URL" == jdbc:postgresql://*/* ]] || fail "OPENTVS_DB_URL must look like jdbc:postgresql://host:5432/opentvs"
rest="${DB_URL#jdbc:postgresql://}"
hostport="${rest%%/*}"; DB_NAME="${rest#*/}"; DB_NAME="${DB_NAME%%\?*}"
DB_HOST="${hostport%%:*}"; DB_PORT=5432
[[ "$hostport" == *:* ]] && DB_PORT="${hostport##*:}"
[[ "$DB_URL" == *\?* ]] && say "Note: URL parameters after '?' are ignored; set pool properties with asadmin instead."

if [[ -n "${OPENTVS_DATA_KEY:-}" ]]; then
  key_bytes="$(printf '%s' "$OPENTVS_DATA_KEY" | base64 -d 2>/dev/null | wc -c)" || key_bytes=0
  [[ "$key_bytes" -eq 32 ]] || fail "OPENTVS_DATA_KEY must be 32 random bytes, base64-encoded (make one with: head -c 32 /dev/urandom | base64)"
fi

# ---- private scratch space for password files (removed on exit) -----------------------------------
SCRATCH="$(umask 077; mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
ADMIN_PWFILE="$SCRATCH/admin"
( umask 077; printf 'AS_ADMIN_PASSWORD=%s\n' "${OPENTVS_ASADMIN_PASSWORD:-}" > "$ADMIN_PWFILE" )

# Maven prints only on failure (its -q output still carries colour codes on some versions).
maven() { ( cd "$SCRATCH" && mvn -B -q "$@" ) > "$SCRATCH/maven.log" 2>&1 || { cat "$SCRATCH/maven.log" >&2; return 1; }; }
asadmin() { "$ASADMIN" --port "$ADMIN_PORT" --user admin --passwordfile "$ADMIN_PWFILE" --interactive=false "$@"; }

# ---- 1. Payara Server -------------------------------------------------------------------------------
if [[ -x "$ASADMIN" ]]; then
  say "Payara Server already installed in $PAYARA_HOME"
else
  command -v mvn >/dev/null || fail "mvn is required to fetch Payara Server $PAYARA_VERSION from Maven Central"
  [[ -e "$PAYARA_HOME" && -n "$(ls -A "$PAYARA_HOME" 2>/dev/null)" ]] && fail "$PAYARA_HOME exists, is not empty and has no bin/asadmin"
  say "Installing Payara Server $PAYARA_VERSION into $PAYARA_HOME (162 MB download on first use) ..."
  parent="$(dirname "$PAYARA_HOME")"; mkdir -p "$parent"
  stage="$(mktemp -d "$parent/.payara-unpack.XXXXXX")"
  # maven() runs from the scratch directory: the plugin keeps "already unpacked" markers under ./target.
  ( maven "$DEPENDENCY_PLUGIN:unpack" -Dmdep.overWriteReleases=true \
      -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" -DoutputDirectory="$stage/out" ) \
    && [[ -x "$stage/out/payara6/bin/asadmin" ]] || { rm -rf "$stage"; fail "could not fetch or unpack Payara Server"; }
  rmdir "$PAYARA_HOME" 2>/dev/null || true
  mv "$stage/out/payara6" "$PAYARA_HOME"
  rm -rf "$stage"
  # The template domain is not used; removing it avoids a second domain listening on 4848/8080 by mistake.
  rm -rf "$DOMAINS_DIR/domain1"
fi

# ---- 2. domain ----------------------------------------------------------------------------------------
if [[ -d "$DOMAIN_DIR" ]]; then
  say "Domain $DOMAIN exists (admin port $ADMIN_PORT); reconfiguring it"
else
  say "Creating domain $DOMAIN with port base $PORT_BASE (admin $ADMIN_PORT, HTTP $((PORT_BASE + 80)), HTTPS $((PORT_BASE + 81))) ..."
  create_file="$SCRATCH/create"
  ( umask 077; { cat "$ADMIN_PWFILE"
      [[ -n "${OPENTVS_MASTER_PASSWORD:-}" ]] && printf 'AS_ADMIN_MASTERPASSWORD=%s\n' "$OPENTVS_MASTER_PASSWORD"; true; } > "$create_file" )
  create_options=(--portbase "$PORT_BASE")
  [[ -n "${OPENTVS_ASADMIN_PASSWORD:-}" ]] || create_options+=(--nopassword=true)
  # The master password encrypts the alias store; it is saved in <domain>/config/master-password so
  # that the domain starts unattended.
  [[ -n "${OPENTVS_MASTER_PASSWORD:-}" ]] && create_options+=(--savemasterpassword=true)
  "$ASADMIN" --user admin --passwordfile "$create_file" --interactive=false create-domain "${create_options[@]}" "$DOMAIN" >/dev/null \
    || fail "create-domain failed"
  rm -f "$create_file"
  [[ -n "${OPENTVS_ASADMIN_PASSWORD:-}" ]] \
    || say "Note: the domain's admin user has no password; asadmin works from this host only (secure admin is off)."
  [[ -n "${OPENTVS_MASTER_PASSWORD:-}" ]] \
    || say "Note: the master password is Payara's default; set OPENTVS_MASTER_PASSWORD on a new domain to change it."
fi

say "PostgreSQL driver $POSTGRESQL_VERSION -> $DOMAIN_DIR/lib/"
if [[ ! -f "$DOMAIN_DIR/lib/postgresql-$POSTGRESQL_VERSION.jar" ]]; then
  command -v mvn >/dev/null || fail "mvn is required to fetch the PostgreSQL driver"
  ( maven "$DEPENDENCY_PLUGIN:copy" -Dartifact="org.postgresql:postgresql:$POSTGRESQL_VERSION" \
      -DoutputDirectory="$DOMAIN_DIR/lib" ) || fail "could not fetch the PostgreSQL driver"
fi
find "$DOMAIN_DIR/lib" -maxdepth 1 -name 'postgresql-*.jar' ! -name "postgresql-$POSTGRESQL_VERSION.jar" -delete

running() { "$ASADMIN" list-domains --domaindir "$DOMAINS_DIR" 2>/dev/null | grep -q "^$DOMAIN running"; }
if running; then
  say "Domain $DOMAIN is running"
else
  say "Starting domain $DOMAIN ..."
  "$ASADMIN" start-domain --domaindir "$DOMAINS_DIR" "$DOMAIN" >/dev/null
fi

# ---- 3. secrets as password aliases -------------------------------------------------------------------
aliases="$(asadmin list-password-aliases 2>/dev/null || true)"
has_alias() { grep -qx "$1" <<<"$aliases"; }
store_alias() {  # store_alias NAME VALUE: create or update without the value touching argv or output
  local name="$1" file="$SCRATCH/alias"
  ( umask 077; { cat "$ADMIN_PWFILE"; printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$2"; } > "$file" )
  local verb=create-password-alias
  has_alias "$name" && verb=update-password-alias
  "$ASADMIN" --port "$ADMIN_PORT" --user admin --passwordfile "$file" --interactive=false "$verb" "$name" >/dev/null \
    || fail "could not store password alias $name"
  rm -f "$file"
  say "Password alias $name: ${verb%%-*}d"
}
for pair in OPENTVS_DB_PASSWORD:opentvs-db-password OPENTVS_DATA_KEY:opentvs-data-key OPENTVS_ADMIN_PASSWORD:opentvs-admin-password; do
  var="${pair%%:*}"; alias_name="${pair#*:}"
  if [[ -n "${!var:-}" ]]; then
    store_alias "$alias_name" "${!var}"
  elif has_alias "$alias_name"; then
    say "Password alias $alias_name: kept ($var not set)"
  elif [[ "$var" == OPENTVS_ADMIN_PASSWORD ]]; then
    say "Warning: OPENTVS_ADMIN_PASSWORD is not set: an empty database gets no 'admin' user."
  else
    fail "$var is required on the first install (it is stored as password alias $alias_name)"
  fi
done
aliases="$(asadmin list-password-aliases 2>/dev/null || true)"
# The alias store and the saved master password are for the server's user only.
chmod 600 "$DOMAIN_DIR/config/domain-passwords" "$DOMAIN_DIR/config/master-password" 2>/dev/null || true
chmod 700 "$DOMAIN_DIR/config"

# ---- 4. domain.asadmin --------------------------------------------------------------------------------
# Replace an earlier heap size so that a re-run with another OPENTVS_HEAP leaves one -Xms and one -Xmx.
for option in $(asadmin list-jvm-options 2>/dev/null | grep -E '^-Xm[sx][0-9]+[kKmMgG]$' || true); do
  [[ "$option" == "-Xms$HEAP" || "$option" == "-Xmx$HEAP" ]] || asadmin delete-jvm-options "$option" >/dev/null
done

commands="$DOMAIN_DIR/config/opentvs-domain.asadmin"
sed -e "s|\${OPENTVS_DB_HOST}|$DB_HOST|g" -e "s|\${OPENTVS_DB_PORT}|$DB_PORT|g" \
    -e "s|\${OPENTVS_DB_NAME}|$DB_NAME|g" -e "s|\${OPENTVS_DB_USER}|$DB_USER|g" \
    -e "s|\${OPENTVS_HTTP_PORT}|$HTTP_PORT|g" -e "s|\${OPENTVS_HEAP}|$HEAP|g" \
    "$HERE/domain.asadmin" > "$commands"
if grep -v '^ *#' "$commands" | grep -q '\${OPENTVS_'; then fail "unfilled placeholder in $commands"; fi
{
  has_alias opentvs-admin-password && echo 'create-jvm-options -Dopentvs.admin.password=${ALIAS=opentvs-admin-password}'
  [[ -n "${OPENTVS_INBOX_DIRECTORY:-}" ]] && echo "create-system-properties opentvs.inbox.directory=$OPENTVS_INBOX_DIRECTORY"
  [[ -n "${OPENTVS_EXPORT_DIRECTORY:-}" ]] && echo "create-system-properties opentvs.export.directory=$OPENTVS_EXPORT_DIRECTORY"
  [[ -n "${OPENTVS_AGE_MIN:-}" ]] && echo "create-system-properties opentvs.age.min=$OPENTVS_AGE_MIN"
  [[ -n "${OPENTVS_AGE_MAX:-}" ]] && echo "create-system-properties opentvs.age.max=$OPENTVS_AGE_MAX"
  [[ -n "${OPENTVS_HOME_AIRPORTS:-}" ]] && echo "create-system-properties opentvs.home-airports=${OPENTVS_HOME_AIRPORTS//,/\\\\,}"
  true
} >> "$commands"

# Splits a command line into words the way "asadmin multimode --file" does: blanks separate words
# outside double quotes, quotes are removed, a backslash takes the next character literally (so the
# file writes "\\:" to pass asadmin the "\:" that escapes a colon), and nothing else is expanded.
split_words() {
  local line="$1" word="" quoted=0 started=0 char i
  words=()
  for ((i = 0; i < ${#line}; i++)); do
    char="${line:i:1}"
    if [[ "$char" == '\' && $((i + 1)) -lt ${#line} ]]; then i=$((i + 1)); word+="${line:i:1}"; started=1
    elif [[ "$char" == '"' ]]; then quoted=$((1 - quoted)); started=1
    elif [[ "$char" == [[:blank:]] && $quoted -eq 0 ]]; then
      (( started )) && words+=("$word"); word=""; started=0
    else word+="$char"; started=1
    fi
  done
  (( started )) && words+=("$word")
  (( quoted == 0 )) || fail "unbalanced double quote in: ${line:0:120}"
}

say "Applying $commands ..."
applied=0
while IFS= read -r line || [[ -n "$line" ]]; do
  [[ "$line" =~ ^[[:space:]]*(#|$) ]] && continue
  split_words "$line"
  if output="$(asadmin "${words[@]}" 2>&1)"; then
    applied=$((applied + 1))
  elif grep -qiE 'already exists|already (been )?(set|disabled)|does not exist|doesn.t exist' <<<"$output" \
       && [[ "${words[0]}" == create-* || "${words[0]}" == delete-* ]]; then
    applied=$((applied + 1))   # idempotent re-run
  else
    printf '%s\n' "$output" >&2
    fail "asadmin command failed: ${words[0]} (line: ${line:0:120})"
  fi
done < "$commands"
say "$applied commands applied"

# ---- 5. restart (batch runtime, JVM options, HTTP port) and deploy -------------------------------------
# restart-domain returns before the applications have loaded; a deploy issued at that moment races
# the reload of the old version and both fail. So the old version goes first; data is not touched.
if asadmin list-applications 2>/dev/null | grep -q '^opentvs '; then
  say "Undeploying the running version before the restart ..."
  asadmin undeploy opentvs >/dev/null
fi
say "Restarting domain $DOMAIN (batch runtime and JVM options take effect) ..."
asadmin restart-domain --domaindir "$DOMAINS_DIR" "$DOMAIN" >/dev/null
asadmin ping-connection-pool opentvsPool >/dev/null \
  || fail "PostgreSQL is not reachable as $DB_USER@$DB_HOST:$DB_PORT/$DB_NAME (check OPENTVS_DB_URL, user and password)"
say "Connection pool opentvsPool reaches PostgreSQL"

mkdir -p "$DOMAIN_DIR/opentvs-releases"
release="$DOMAIN_DIR/opentvs-releases/opentvs-$(date -u +%Y%m%dT%H%M%SZ).war"
cp "$WAR" "$release"
say "Deploying $(basename "$WAR") at / (copy kept as $release) ..."
asadmin deploy --force=true --name opentvs --contextroot / "$release" >/dev/null

# ---- 6. wait for readiness -----------------------------------------------------------------------------
say "Waiting up to ${READY_TIMEOUT}s for http://127.0.0.1:$HTTP_PORT/health/ready ..."
deadline=$((SECONDS + READY_TIMEOUT))
until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/health/ready")" == 200 ]]; do
  if (( SECONDS >= deadline )); then
    curl -s "http://127.0.0.1:$HTTP_PORT/health/ready" >&2 || true
    fail "OpenTVS did not become ready; see $DOMAIN_DIR/logs/server.log"
  fi
  sleep 2
done

# ---- 7. deployment group (OPENTVS_INSTANCES > 0) -------------------------------------------------------
# The instances share one config copied from the DAS's (so everything above applies to them), join
# one Domain Data Grid (discovery through the DAS: "domain" mode) and run the same release. The DAS
# keeps its own deployment for administration; a load balancer (HAProxy, see README "Cluster")
# spreads devices over the instances and health-checks /health/ready on each.
if (( INSTANCES > 0 )); then
  CONFIG="$GROUP-config"
  NODE="localhost-$DOMAIN"   # the CONFIG node create-domain made for this host
  say "Deployment group $GROUP with $INSTANCES instance(s) on node $NODE (config $CONFIG) ..."
  asadmin list-deployment-groups 2>/dev/null | grep -q "^$GROUP\b" || asadmin create-deployment-group "$GROUP" >/dev/null
  if ! asadmin list-configs 2>/dev/null | grep -qx "$CONFIG"; then
    asadmin copy-config server-config "$CONFIG" >/dev/null
    # each instance's HTTP port comes from its port base, not the DAS's fixed one
    asadmin set "configs.config.$CONFIG.network-config.network-listeners.network-listener.http-listener-1.port=\${HTTP_LISTENER_PORT}" >/dev/null
  fi
  # the grid the single-node domain.asadmin switches off, on for the group: members find each other through the DAS
  asadmin set-hazelcast-configuration --target "$CONFIG" --enabled=true --dynamic=false --clustermode=domain \
    --startport="$GRID_PORT" >/dev/null
  # per instance: its own verification journal (a local file), under its own instance root
  asadmin create-system-properties --target "$CONFIG" \
    'opentvs.verification.journal.directory=${com.sun.aas.instanceRoot}/opentvs-journal' >/dev/null 2>&1 || true
  # the manifest file inbox is read by instance 1 only (two readers would race for the same files)
  asadmin delete-system-property --target "$CONFIG" opentvs.inbox.directory >/dev/null 2>&1 || true
  for ((i = 1; i <= INSTANCES; i++)); do
    instance="$GROUP-$i"
    if ! asadmin list-instances 2>/dev/null | grep -q "^$instance\b"; then
      asadmin create-instance --node "$NODE" --config "$CONFIG" --portbase "$((INSTANCE_PORT_BASE + 100 * (i - 1)))" \
        "$instance" >/dev/null || fail "create-instance $instance failed"
      asadmin add-instance-to-deployment-group --instance "$instance" --deploymentgroup "$GROUP" >/dev/null
    fi
    if [[ "$i" == 1 && -n "${OPENTVS_INBOX_DIRECTORY:-}" ]]; then
      asadmin create-system-properties --target "$instance" "opentvs.inbox.directory=$OPENTVS_INBOX_DIRECTORY" >/dev/null
    fi
  done
  asadmin create-resource-ref --target "$GROUP" jdbc/opentvs >/dev/null 2>&1 || true
  asadmin create-application-ref --target "$GROUP" opentvs >/dev/null 2>&1 || true
  say "Starting deployment group $GROUP ..."
  asadmin start-deployment-group "$GROUP" >/dev/null || fail "start-deployment-group $GROUP failed"
  for ((i = 1; i <= INSTANCES; i++)); do
    port=$((INSTANCE_PORT_BASE + 100 * (i - 1) + 80))
    deadline=$((SECONDS + READY_TIMEOUT))
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" == 200 ]]; do
      (( SECONDS >= deadline )) && fail "instance $GROUP-$i (HTTP $port) did not become ready"
      sleep 2
    done
    say "Instance $GROUP-$i ready on HTTP $port"
  done
  echo "  HAProxy backend for the group (health check on /health/ready):"
  for ((i = 1; i <= INSTANCES; i++)); do
    echo "    server $GROUP-$i $(hostname -f 2>/dev/null || hostname):$((INSTANCE_PORT_BASE + 100 * (i - 1) + 80)) check cookie $GROUP-$i"
  done
fi

cat <<MSG

  OpenTVS is ready.
  Portal and API:  http://$(hostname -f 2>/dev/null || hostname):$HTTP_PORT/   (API under /api/v1/)
  Health:          http://127.0.0.1:$HTTP_PORT/health/ready  /health/live  /health
  Metrics/OpenAPI: http://127.0.0.1:$HTTP_PORT/metrics  /openapi
  Admin console:   http://127.0.0.1:$ADMIN_PORT/  (asadmin --port $ADMIN_PORT ...)
  Logs:            $DOMAIN_DIR/logs/server.log, access log in $DOMAIN_DIR/logs/access/
  Back up the data key (alias opentvs-data-key) separately from the database: without it
  biometric data cannot be decrypted.

MSG
