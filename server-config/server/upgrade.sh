#!/usr/bin/env bash
# Upgrades OpenTVS on a domain made by install.sh: redeploys a new WAR at "/" and keeps the domain's
# configuration, password aliases and data. Flyway applies new schema migrations when the new
# version starts; the script waits for /health/ready, which reports the schema version.
#
#   server-config/server/upgrade.sh path/to/opentvs.war
#
# Back up the database first (pg_dump): migrations only go forward, so going back to an older WAR
# after a migration needs the database from before the upgrade.
# The service is unavailable while the application redeploys (typically 10-30 s).
#
# Settings: PAYARA_HOME (default /opt/payara6), OPENTVS_DOMAIN (default opentvs),
# OPENTVS_PORT_BASE (default 8000; the admin port is base + 48), OPENTVS_HTTP_PORT (default base + 80),
# OPENTVS_ASADMIN_PASSWORD (if the domain has an admin password), OPENTVS_READY_TIMEOUT (default 300),
# OPENTVS_KEEP_RELEASES (WAR copies kept in <domain>/opentvs-releases, default 5).
set -euo pipefail

say() { printf '==> %s\n' "$*"; }
fail() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }
absolute() { case "$1" in /*) printf '%s' "$1" ;; *) printf '%s/%s' "$PWD" "$1" ;; esac; }

[[ $# -eq 1 ]] || fail "usage: $0 path/to/opentvs.war"
WAR="$(absolute "$1")"
[[ -f "$WAR" ]] || fail "WAR not found: $WAR"
PAYARA_HOME="$(absolute "${PAYARA_HOME:-/opt/payara6}")"
DOMAIN="${OPENTVS_DOMAIN:-opentvs}"
PORT_BASE="${OPENTVS_PORT_BASE:-8000}"
HTTP_PORT="${OPENTVS_HTTP_PORT:-$((PORT_BASE + 80))}"
ADMIN_PORT=$((PORT_BASE + 48))
READY_TIMEOUT="${OPENTVS_READY_TIMEOUT:-300}"
KEEP="${OPENTVS_KEEP_RELEASES:-5}"
ASADMIN="$PAYARA_HOME/bin/asadmin"
DOMAINS_DIR="$PAYARA_HOME/glassfish/domains"
DOMAIN_DIR="$DOMAINS_DIR/$DOMAIN"
[[ -x "$ASADMIN" ]] || fail "no Payara Server in $PAYARA_HOME (set PAYARA_HOME)"
[[ -d "$DOMAIN_DIR" ]] || fail "no domain $DOMAIN in $DOMAINS_DIR (run install.sh first)"
unzip -tq "$WAR" >/dev/null 2>&1 || jar tf "$WAR" >/dev/null 2>&1 || fail "$WAR is not a readable WAR file"

SCRATCH="$(umask 077; mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
( umask 077; printf 'AS_ADMIN_PASSWORD=%s\n' "${OPENTVS_ASADMIN_PASSWORD:-}" > "$SCRATCH/admin" )
asadmin() { "$ASADMIN" --port "$ADMIN_PORT" --user admin --passwordfile "$SCRATCH/admin" --interactive=false "$@"; }

if ! "$ASADMIN" list-domains --domaindir "$DOMAINS_DIR" 2>/dev/null | grep -q "^$DOMAIN running"; then
  say "Starting domain $DOMAIN ..."
  "$ASADMIN" start-domain --domaindir "$DOMAINS_DIR" "$DOMAIN" >/dev/null
  # start-domain returns before the deployed version has loaded; redeploying during that load makes
  # both fail, so let the current version finish starting first.
  say "Waiting for the current version to finish loading ..."
  deadline=$((SECONDS + READY_TIMEOUT))
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/health/ready")" == 200 ]]; do
    (( SECONDS < deadline )) || { say "Warning: the current version did not become ready; redeploying anyway"; break; }
    sleep 2
  done
fi

previous="$(ls -1t "$DOMAIN_DIR"/opentvs-releases/opentvs-*.war 2>/dev/null | head -1 || true)"
mkdir -p "$DOMAIN_DIR/opentvs-releases"
release="$DOMAIN_DIR/opentvs-releases/opentvs-$(date -u +%Y%m%dT%H%M%SZ).war"
cp "$WAR" "$release"

say "Redeploying OpenTVS from $(basename "$WAR") (copy kept as $release) ..."
started=$SECONDS
asadmin deploy --force=true --name opentvs --contextroot / "$release" >/dev/null \
  || fail "deployment failed; the log is $DOMAIN_DIR/logs/server.log${previous:+ (previous WAR: $previous)}"

say "Waiting up to ${READY_TIMEOUT}s for http://127.0.0.1:$HTTP_PORT/health/ready ..."
deadline=$((SECONDS + READY_TIMEOUT))
until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/health/ready")" == 200 ]]; do
  (( SECONDS < deadline )) || fail "OpenTVS did not become ready; see $DOMAIN_DIR/logs/server.log"
  sleep 2
done
say "Ready after $((SECONDS - started)) s: $(curl -s "http://127.0.0.1:$HTTP_PORT/health/ready")"

# Keep the newest KEEP copies.
ls -1t "$DOMAIN_DIR"/opentvs-releases/opentvs-*.war | tail -n +$((KEEP + 1)) | while read -r old; do rm -f "$old"; done
[[ -n "$previous" ]] && say "Previous release: $previous (to go back, restore the pre-upgrade database, then run upgrade.sh with it)"
exit 0
