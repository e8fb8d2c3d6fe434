#!/usr/bin/env bash
# Prepares a local Debian PostgreSQL for the `postgres` profile: installs and starts the server when
# needed, then creates the application's database (and its user, unless that is `postgres`).
#
#   sudo bash deploy/local-postgres.sh
#   mvn -B -pl monitoring-api spring-boot:run -Dspring-boot.run.profiles=postgres
#
# Honours the profile's variables: PARCELWATCH_DB_NAME (default parcelwatch), PARCELWATCH_DB_USER
# (default postgres) and PARCELWATCH_DB_PASSWORD (default empty). An empty password for `postgres`
# only works with trust authentication on the loopback interface, which this script then switches on:
# fine for a workstation, not for a shared server (set a password there).
set -euo pipefail

DB_NAME="${PARCELWATCH_DB_NAME:-parcelwatch}"
DB_USER="${PARCELWATCH_DB_USER:-postgres}"
DB_PASSWORD="${PARCELWATCH_DB_PASSWORD:-}"

log() { echo "[local-postgres] $*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
    log "run as root (sudo): it may install packages and edits the cluster's configuration"
    exit 1
fi

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
    log "installing PostgreSQL from the Debian packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y postgresql
fi
VERSION="$(ls /etc/postgresql | sort -V | tail -n 1)"
[ -d "/etc/postgresql/$VERSION/main" ] || pg_createcluster "$VERSION" main

if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    log "starting cluster $VERSION/main"
    pg_ctlcluster --skip-systemctl-redirect "$VERSION" main start
fi
for _ in $(seq 1 60); do
    pg_isready -q -h 127.0.0.1 -p 5432 && break
    sleep 1
done
pg_isready -h 127.0.0.1 -p 5432

# Administration goes through the Unix socket with peer authentication, whatever TCP allows.
as_postgres() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -Atq "$@"; }
sql_literal() { printf "'%s'" "${1//\'/\'\'}"; }

if [ "$DB_USER" != "postgres" ]; then
    if [ -z "$DB_PASSWORD" ]; then
        log "set PARCELWATCH_DB_PASSWORD for user $DB_USER"
        exit 1
    fi
    if [ -z "$(as_postgres -c "SELECT 1 FROM pg_roles WHERE rolname = $(sql_literal "$DB_USER")")" ]; then
        log "creating role $DB_USER"
        as_postgres -c "CREATE ROLE \"$DB_USER\" LOGIN PASSWORD $(sql_literal "$DB_PASSWORD")"
    else
        as_postgres -c "ALTER ROLE \"$DB_USER\" LOGIN PASSWORD $(sql_literal "$DB_PASSWORD")"
    fi
elif [ -z "$DB_PASSWORD" ]; then
    HBA="/etc/postgresql/$VERSION/main/pg_hba.conf"
    if ! env -u PGPASSWORD psql -w -h 127.0.0.1 -U postgres -d postgres -Atqc 'SELECT 1' >/dev/null 2>&1; then
        log "switching loopback TCP authentication in $HBA to trust"
        sed -i -E 's/^(host[[:space:]]+all[[:space:]]+all[[:space:]]+(127\.0\.0\.1\/32|::1\/128)[[:space:]]+)[^[:space:]]+/\1trust/' "$HBA"
        pg_ctlcluster --skip-systemctl-redirect "$VERSION" main reload
    fi
fi

if [ -z "$(as_postgres -c "SELECT 1 FROM pg_database WHERE datname = $(sql_literal "$DB_NAME")")" ]; then
    log "creating database $DB_NAME owned by $DB_USER"
    as_postgres -c "CREATE DATABASE \"$DB_NAME\" OWNER \"$DB_USER\" ENCODING 'UTF8' TEMPLATE template0"
else
    log "database $DB_NAME already exists"
fi

log "ready: PARCELWATCH_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB_NAME PARCELWATCH_DB_USER=$DB_USER"
