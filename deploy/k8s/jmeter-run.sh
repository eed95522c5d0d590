#!/usr/bin/env bash
# Runs a JMeter plan on the in-cluster engines and copies the results back.
#
#   deploy/k8s/jmeter-run.sh [-n namespace] [plan.jmx] [-- extra jmeter arguments, e.g. -Gthreads=100]
#
# The plan defaults to mall-browse.jmx (shipped in the jmeter-plans ConfigMap); a local file is copied
# into the master first. Global properties (-G…) reach every engine: host, port, threads, rampup,
# duration for the shipped plan. Results: ./jmeter-results/<timestamp>/ (results.jtl, HTML report).
set -euo pipefail

namespace=mall
if [[ "${1:-}" == -n ]]; then
  namespace=$2
  shift 2
fi
plan=${1:-mall-browse.jmx}
[[ $# -gt 0 ]] && shift
[[ "${1:-}" == -- ]] && shift

kube=(kubectl -n "$namespace")
master=$("${kube[@]}" get pod -l app.kubernetes.io/name=jmeter-master -o jsonpath='{.items[0].metadata.name}')
engines=$("${kube[@]}" get pod -l app.kubernetes.io/name=jmeter-slave \
  --field-selector=status.phase=Running -o jsonpath='{range .items[*]}{.status.podIP}{","}{end}')
engines=${engines%,}
[[ -n "$engines" ]] || { echo "no running jmeter-slave pod in namespace $namespace" >&2; exit 1; }

run=$(date +%Y%m%d-%H%M%S)
if [[ -f "$plan" ]]; then
  "${kube[@]}" cp "$plan" "$master:/results/$(basename "$plan")"
  remote_plan=/results/$(basename "$plan")
else
  remote_plan=/plans/$plan
fi
echo "running $remote_plan on engines $engines (master $master)"
# The script runs in the master pod: its variables expand there.
# shellcheck disable=SC2016
"${kube[@]}" exec "$master" -- bash -c '
  set -e
  run=$1 plan=$2 engines=$3
  shift 3
  mkdir -p "/results/$run"
  jmeter -n -t "$plan" -R "$engines" -l "/results/$run/results.jtl" -e -o "/results/$run/report" \
    -Jserver.rmi.ssl.disable=true -Jclient.rmi.localport=60000 \
    -Djava.rmi.server.hostname="$POD_IP" "$@"
' bash "$run" "$remote_plan" "$engines" "$@"

mkdir -p jmeter-results
"${kube[@]}" cp "$master:/results/$run" "jmeter-results/$run"
echo "results in jmeter-results/$run (open report/index.html)"
