#!/usr/bin/env bash
# Starts MariaDB, Redis and RabbitMQ on this machine if they are not answering (Debian packages;
# installs them when missing). Needs root. Used by CI and offered by `./mall up` when one is down.
set -euo pipefail

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_port() { # name port seconds
  for _ in $(seq 1 "$3"); do port_open "$2" && return 0; sleep 1; done
  echo "[deps] $1 did not come up on 127.0.0.1:$2" >&2; return 1
}
need_pkg() { command -v "$1" >/dev/null 2>&1 || { [ -n "${APT_UPDATED:-}" ] || { apt-get update -qq; APT_UPDATED=1; }; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }

if ! port_open 3306; then
  need_pkg mariadbd mariadb-server
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql --bind-address=127.0.0.1
  wait_port MariaDB 3306 60
  echo "[deps] MariaDB started"
fi
# Local default user of config/*.yaml is root with an empty password over TCP.
if mysql -uroot -e "SELECT 1" >/dev/null 2>&1; then
  mysql -uroot -e "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '';
    GRANT ALL ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;" || true
fi

if ! port_open 6379; then
  need_pkg redis-server redis-server
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log
  wait_port Redis 6379 20
  echo "[deps] Redis started"
fi

if ! port_open 5672; then
  need_pkg rabbitmq-server rabbitmq-server
  rabbitmq-server -detached
  wait_port RabbitMQ 5672 90
  echo "[deps] RabbitMQ started"
fi
echo "[deps] MariaDB :3306, Redis :6379, RabbitMQ :5672 are up"
