#!/usr/bin/env bash
# Makes sure PostgreSQL answers on HOST:PORT and that role USER and database NAME exist.
# Starts the local Debian cluster when it is down; installs PostgreSQL with apt when absent (root only).
# Usage: ensure-postgres.sh HOST PORT NAME USER PASSWORD
set -euo pipefail
HOST="$1"; PORT="$2"; NAME="$3"; USER_NAME="$4"; PASSWORD="$5"
SUPERUSER="${OPENTVS_DB_SUPERUSER:-postgres}"

local_host() { [[ "$HOST" == "127.0.0.1" || "$HOST" == "localhost" ]]; }

if ! command -v pg_isready >/dev/null 2>&1 && local_host; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "PostgreSQL is not installed: installing it with apt ..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
fi

if ! pg_isready -h "$HOST" -p "$PORT" -q 2>/dev/null && local_host; then
  echo "PostgreSQL is not answering on $HOST:$PORT: starting the local cluster ..."
  for version in $(ls /etc/postgresql 2>/dev/null); do
    pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
  done
  for _ in $(seq 1 30); do pg_isready -h "$HOST" -p "$PORT" -q && break; sleep 1; done
fi
pg_isready -h "$HOST" -p "$PORT" -q || { echo "PostgreSQL is not reachable on $HOST:$PORT" >&2; exit 1; }

psql_super() { psql -h "$HOST" -p "$PORT" -U "$SUPERUSER" -d postgres -v ON_ERROR_STOP=1 -tAq "$@"; }
if psql_super -c "select 1" >/dev/null 2>&1; then
  if [[ -z "$(psql_super -c "select 1 from pg_roles where rolname = '$USER_NAME'")" ]]; then
    psql_super -c "create role \"$USER_NAME\" login password '$PASSWORD'"
  fi
  if [[ -z "$(psql_super -c "select 1 from pg_database where datname = '$NAME'")" ]]; then
    psql_super -c "create database \"$NAME\" owner \"$USER_NAME\""
    echo "Created database $NAME"
  fi
else
  echo "No superuser access to $HOST:$PORT: assuming role $USER_NAME and database $NAME exist"
fi
