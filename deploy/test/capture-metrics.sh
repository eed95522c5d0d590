#!/usr/bin/env bash
# Refreshes deploy/test/fixtures/metrics/<app>.prom: the /actuator/prometheus text of built services.
# The deploy tests check every metric that a Grafana dashboard or an alert rule uses against these files.
#
#   npx nx run-many -t build -p mall-gateway mall-order mall-admin
#   deploy/test/capture-metrics.sh mall-gateway mall-order mall-admin
#
# Each service runs from dist/apps/<app> against the local MariaDB/Redis/RabbitMQ (config/<app>.yaml),
# answers a few requests so that its histograms have series, and is stopped again.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out="$root/deploy/test/fixtures/metrics"
(($# > 0)) || { echo "usage: $0 <app>..." >&2; exit 2; }
mkdir -p "$out"

free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

for app in "$@"; do
  main="$root/dist/apps/$app/main.js"
  [[ -f "$main" ]] || { echo "$main is missing: npx nx build $app" >&2; exit 1; }
  port=$(free_port)
  log=$(mktemp)
  MALL_CONFIG_DIR="$root/config" PORT="$port" node "$main" >"$log" 2>&1 &
  pid=$!
  base="http://127.0.0.1:$port"
  for _ in $(seq 1 60); do
    curl -sf -o /dev/null "$base/actuator/health/liveness" && break
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 1
  done
  # One matched and one unmatched route, so the request histogram has series.
  curl -s -o /dev/null "$base/actuator/info" || true
  curl -s -o /dev/null "$base/v3/api-docs" || true
  curl -s -o /dev/null "$base/no-such-route" || true
  {
    echo "# /actuator/prometheus of $app, captured by deploy/test/capture-metrics.sh"
    curl -sf "$base/actuator/prometheus"
  } >"$out/$app.prom"
  kill -TERM "$pid"
  wait "$pid" || true
  rm -f "$log"
  echo "wrote $out/$app.prom ($(grep -c '^# TYPE' "$out/$app.prom") metrics)"
done
