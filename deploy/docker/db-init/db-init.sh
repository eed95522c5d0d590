#!/usr/bin/env bash
# Creates and fills the `mall` database with the mysql client: sql/schema.sql, the rows of TypeORM's
# `migrations` table that schema.sql corresponds to (so a later `npm run db:migrate` has nothing to do),
# then sql/seed/*.sql (idempotent), plus the application and exporter accounts when asked.
# Run by the Kubernetes Job mall-db-init (image deploy/docker/db-init/Dockerfile); safe to run again.
#
# Environment:
#   MYSQL_HOST (required) MYSQL_PORT (3306) MYSQL_DATABASE (mall)
#   MYSQL_ADMIN_USER (root) MYSQL_ADMIN_PASSWORD      an account that may create databases and users
#   MYSQL_APP_USER MYSQL_APP_PASSWORD                 optional: account granted everything on the database
#   MYSQL_EXPORTER_USER (exporter) MYSQL_EXPORTER_PASSWORD  optional: account for mysqld-exporter
#   SEED (true)                                       false: schema only
#   WAIT_SECONDS (300)                                how long to wait for the server to accept connections
#   DB_INIT_DIR (the script's folder)                 where schema.sql, seed/ and migrations.tsv are
set -euo pipefail

dir=${DB_INIT_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}
host=${MYSQL_HOST:?MYSQL_HOST is required}
port=${MYSQL_PORT:-3306}
database=${MYSQL_DATABASE:-mall}
admin_user=${MYSQL_ADMIN_USER:-root}
wait_seconds=${WAIT_SECONDS:-300}
migrations_table=migrations

log() { printf '[db-init] %s\n' "$*"; }
die() { printf '[db-init] error: %s\n' "$*" >&2; exit 1; }

# The password travels in MYSQL_PWD, never on a command line.
export MYSQL_PWD=${MYSQL_ADMIN_PASSWORD:-}
sql() {
  mysql --host="$host" --port="$port" --user="$admin_user" --protocol=TCP \
    --default-character-set=utf8mb4 --batch --skip-column-names "$@"
}

# A quoted SQL string literal.
sql_string() {
  local value=${1//\\/\\\\}
  printf "'%s'" "${value//\'/\'\'}"
}

# An identifier quoted with backticks.
sql_name() {
  local tick='`'
  printf '%s%s%s' "$tick" "${1//$tick/$tick$tick}" "$tick"
}

[[ -f "$dir/schema.sql" && -d "$dir/seed" && -f "$dir/migrations.tsv" ]] ||
  die "schema.sql, seed/ and migrations.tsv must be in $dir"

log "waiting for ${host}:${port} (up to ${wait_seconds}s)"
deadline=$((SECONDS + wait_seconds))
until sql -e 'SELECT 1' >/dev/null 2>&1; do
  ((SECONDS < deadline)) || die "no answer from ${host}:${port} as '${admin_user}' within ${wait_seconds}s"
  sleep 2
done

db=$(sql_name "$database")
db_literal=$(sql_string "$database")
sql -e "CREATE DATABASE IF NOT EXISTS $db CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci"

tables=$(sql -e "SELECT COUNT(*) FROM information_schema.TABLES
  WHERE TABLE_SCHEMA = $db_literal AND TABLE_NAME <> '$migrations_table'")
has_migrations_table=$(sql -e "SELECT COUNT(*) FROM information_schema.TABLES
  WHERE TABLE_SCHEMA = $db_literal AND TABLE_NAME = '$migrations_table'")
recorded=""
if [[ "$has_migrations_table" == 1 ]]; then
  recorded=$(sql "$database" -e "SELECT name FROM $(sql_name "$migrations_table")")
fi

missing=()
while IFS=$'\t' read -r _timestamp name; do
  [[ -n "$name" ]] || continue
  grep -qxF "$name" <<<"$recorded" || missing+=("$name")
done <"$dir/migrations.tsv"

if [[ "$tables" == 0 ]]; then
  log "creating the schema of '$database' from schema.sql"
  {
    cat "$dir/schema.sql"
    # The table TypeORM creates for its migration records (libs/db: migrationsTableName).
    cat <<SQL

CREATE TABLE IF NOT EXISTS $(sql_name "$migrations_table") (
  $(sql_name id) int(11) NOT NULL AUTO_INCREMENT,
  $(sql_name timestamp) bigint(20) NOT NULL,
  $(sql_name name) varchar(255) NOT NULL,
  PRIMARY KEY ($(sql_name id))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
SQL
    while IFS=$'\t' read -r timestamp name; do
      [[ -n "$name" ]] || continue
      printf 'INSERT INTO %s (%s, %s) VALUES (%s, %s);\n' "$(sql_name "$migrations_table")" \
        "$(sql_name timestamp)" "$(sql_name name)" "$timestamp" "$(sql_string "$name")"
    done <"$dir/migrations.tsv"
  } | sql "$database"
elif ((${#missing[@]} == 0)); then
  log "schema of '$database' is up to date"
else
  die "'$database' has tables but these migrations are not recorded: ${missing[*]}.
  Upgrade it with the migrations instead (from a checkout: MYSQL_HOST=… npm run db:migrate; see deploy/README.md)."
fi

if [[ "${SEED:-true}" == true ]]; then
  for file in "$dir"/seed/*.sql; do
    log "seeding $(basename "$file")"
    # One transaction per file: the client stops at the first error and the server rolls back.
    { echo 'START TRANSACTION;'; cat "$file"; echo; echo 'COMMIT;'; } | sql "$database"
  done
fi

if [[ -n "${MYSQL_APP_USER:-}" ]]; then
  log "granting '$MYSQL_APP_USER' every privilege on '$database'"
  user=$(sql_string "$MYSQL_APP_USER")
  password=$(sql_string "${MYSQL_APP_PASSWORD:?MYSQL_APP_PASSWORD is required with MYSQL_APP_USER}")
  # Created once, then kept in step with the Secret the password comes from.
  sql -e "CREATE USER IF NOT EXISTS $user@'%' IDENTIFIED BY $password;
    ALTER USER $user@'%' IDENTIFIED BY $password;
    GRANT ALL PRIVILEGES ON $db.* TO $user@'%'"
fi

if [[ -n "${MYSQL_EXPORTER_PASSWORD:-}" ]]; then
  exporter=$(sql_string "${MYSQL_EXPORTER_USER:-exporter}")
  log "ensuring the metrics account ${MYSQL_EXPORTER_USER:-exporter}"
  password=$(sql_string "$MYSQL_EXPORTER_PASSWORD")
  sql -e "CREATE USER IF NOT EXISTS $exporter@'%' IDENTIFIED BY $password WITH MAX_USER_CONNECTIONS 3;
    ALTER USER $exporter@'%' IDENTIFIED BY $password;
    GRANT PROCESS, REPLICATION CLIENT, SELECT ON *.* TO $exporter@'%'"
fi

log "done"
