#!/bin/bash
# Run by the Job nacos-db-init (mysql image): creates the database nacos_config and the account
# nacos, and loads the schema shipped in the Nacos image (copied to /schema by an init container).
set -euo pipefail
export MYSQL_PWD="$MYSQL_ROOT_PASSWORD"
sql() { mysql --host=mysql --user=root --protocol=TCP --batch --skip-column-names "$@"; }

until sql -e 'SELECT 1' >/dev/null 2>&1; do
  echo "waiting for mysql"
  sleep 5
done
sql -e "CREATE DATABASE IF NOT EXISTS nacos_config CHARACTER SET utf8mb4"
if [[ $(sql -e "SELECT COUNT(*) FROM information_schema.TABLES
    WHERE TABLE_SCHEMA = 'nacos_config' AND TABLE_NAME = 'config_info'") == 0 ]]; then
  echo "loading the Nacos schema"
  sql nacos_config </schema/mysql-schema.sql
fi
password=${NACOS_MYSQL_PASSWORD//\'/\'\'}
sql -e "CREATE USER IF NOT EXISTS 'nacos'@'%' IDENTIFIED BY '$password';
  ALTER USER 'nacos'@'%' IDENTIFIED BY '$password';
  GRANT ALL PRIVILEGES ON nacos_config.* TO 'nacos'@'%'"
echo "nacos_config ready"
