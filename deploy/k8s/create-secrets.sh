#!/usr/bin/env bash
# Creates the Secrets the mall's manifests read, with random passwords and a fresh RS256 key for
# mall-auth. A Secret that already exists is left alone (its passwords are in the databases' volumes by
# then): to change one, delete it, run this again and restart what uses it.
#
#   deploy/k8s/create-secrets.sh [-n namespace]     create what is missing (needs kubectl access)
#   deploy/k8s/create-secrets.sh --print            print the Secrets' YAML with new values (offline)
set -euo pipefail

namespace=mall
print=false
while (($# > 0)); do
  case "$1" in
    -n) namespace=$2; shift 2 ;;
    --print) print=true; shift ;;
    *) echo "usage: $0 [-n namespace] [--print]" >&2; exit 2 ;;
  esac
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Letters and digits only: the values end up in URLs (RABBITMQ_URL, MONGODB_URL) and SQL.
password() { openssl rand -base64 48 | tr -dc 'A-Za-z0-9' | head -c 24; }

# secret <name> <key=value | key=@file>...
secret() {
  local name=$1
  shift
  if [[ "$print" == false ]] && kubectl -n "$namespace" get secret "$name" >/dev/null 2>&1; then
    echo "secret/$name exists: kept"
    return
  fi
  local args=()
  for pair in "$@"; do
    if [[ "${pair#*=}" == @* ]]; then
      args+=("--from-file=${pair%%=*}=${pair#*=@}")
    else
      args+=("--from-literal=$pair")
    fi
  done
  local manifest
  manifest=$(kubectl create secret generic "$name" -n "$namespace" "${args[@]}" --dry-run=client -o yaml)
  if [[ "$print" == true ]]; then
    printf '%s\n---\n' "$manifest"
  else
    kubectl apply -f - <<<"$manifest"
  fi
}

if [[ "$print" == false ]]; then
  kubectl create namespace "$namespace" --dry-run=client -o yaml | kubectl apply -f -
fi

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/jwt.pem" 2>/dev/null

secret mysql-credentials \
  username=mall "password=$(password)" "root-password=$(password)" "exporter-password=$(password)"
secret redis-credentials "password=$(password)"
secret rabbitmq-credentials username=mall "password=$(password)"
secret mongodb-credentials username=root "password=$(password)"
secret elasticsearch-credentials "elastic-password=$(password)" "kibana-password=$(password)"
secret nacos-credentials \
  "auth-token=$(openssl rand -base64 32)" identity-key=mall "identity-value=$(password)" \
  "mysql-password=$(password)"
secret mall-auth-jwt "jwt.pem=@$work/jwt.pem"
