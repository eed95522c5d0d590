#!/usr/bin/env bash
# Copies every third-party image of deploy/k8s/images.txt (and the base images of the mall's own
# Dockerfiles) into a registry inside the network, under the same repository paths that
# set-images.sh --mirror expects.
#
#   deploy/k8s/mirror-images.sh harbor.mall.local:30010/library
# Environment: DOCKER (docker, podman or nerdctl; default docker).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
(($# == 1)) || { echo "usage: $0 <mirror registry/project>" >&2; exit 2; }
mirror=${1%/}
docker_cli=${DOCKER:-docker}

repository_path() {
  local name=$1 first=${1%%/*}
  if [[ "$name" == */* && ( "$first" == *.* || "$first" == *:* || "$first" == localhost ) ]]; then
    name=${name#*/}
  fi
  printf '%s' "$name"
}

images=(node:20.20-bookworm-slim mysql:8.4)
while read -r reference; do
  [[ -n "$reference" && "$reference" != \#* ]] && images+=("$reference")
done <"$here/images.txt"

for reference in "${images[@]}"; do
  target="$mirror/$(repository_path "${reference%:*}"):${reference##*:}"
  echo "$reference -> $target"
  "$docker_cli" pull "$reference"
  "$docker_cli" tag "$reference" "$target"
  "$docker_cli" push "$target"
done
