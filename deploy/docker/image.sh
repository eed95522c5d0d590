#!/usr/bin/env bash
# Builds or pushes the image of one mall service, or of mall-db-init. The Nx targets docker-build and
# docker-push call it (`npx nx run-many -t docker-push` publishes every image), after `nx build`.
#
#   deploy/docker/image.sh build|push <mall-admin|…|mall-db-init>
#
# Environment:
#   DOCKER_REGISTRY    registry and project the images go to, e.g. harbor.mall.local/mall (default: mall)
#   IMAGE_TAG          default: the short commit, with -dirty when the work tree has changes
#   DOCKER             the CLI: docker (default), podman or nerdctl
#   NODE_IMAGE         base image of the services (default in the Dockerfile: node:20.20-bookworm-slim)
#   MYSQL_IMAGE        base image of mall-db-init (default in its Dockerfile: mysql:8.4)
#   DOCKER_PLATFORM    e.g. linux/amd64 when building on another architecture
#   DOCKER_BUILD_ARGS  more arguments for the build command, split on spaces
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
usage() {
  echo "usage: $0 build|push <app>|mall-db-init" >&2
  exit 2
}
(($# == 2)) || usage
action=$1 image=$2
docker_cli=${DOCKER:-docker}
registry=${DOCKER_REGISTRY:-mall}
registry=${registry%/}

tag=${IMAGE_TAG:-}
if [[ -z "$tag" ]]; then
  tag=$(git -C "$root" rev-parse --short HEAD)
  git -C "$root" diff --quiet HEAD -- 2>/dev/null || tag="$tag-dirty"
fi
ref="$registry/$image:$tag"

build_args=()
[[ -n "${DOCKER_PLATFORM:-}" ]] && build_args+=(--platform "$DOCKER_PLATFORM")
if [[ "$image" == mall-db-init ]]; then
  dockerfile=deploy/docker/db-init/Dockerfile
  [[ -n "${NODE_IMAGE:-}" ]] && build_args+=(--build-arg "NODE_IMAGE=$NODE_IMAGE")
  [[ -n "${MYSQL_IMAGE:-}" ]] && build_args+=(--build-arg "MYSQL_IMAGE=$MYSQL_IMAGE")
else
  [[ -f "$root/config/$image.yaml" ]] || { echo "unknown app '$image' (no config/$image.yaml)" >&2; exit 2; }
  [[ "$action" == push || -f "$root/dist/apps/$image/main.js" ]] ||
    { echo "dist/apps/$image/main.js is missing: run npx nx build $image first" >&2; exit 1; }
  dockerfile=deploy/docker/Dockerfile
  port=$(sed -n '/^server:/,/^[^ #]/s/^  port: *\([0-9][0-9]*\).*/\1/p' "$root/config/$image.yaml" | head -n 1)
  build_args+=(--build-arg "APP=$image" --build-arg "PORT=${port:-8080}" --build-arg "VERSION=$tag")
  [[ -n "${NODE_IMAGE:-}" ]] && build_args+=(--build-arg "NODE_IMAGE=$NODE_IMAGE")
fi
if [[ -n "${DOCKER_BUILD_ARGS:-}" ]]; then
  read -r -a extra <<<"$DOCKER_BUILD_ARGS"
  build_args+=("${extra[@]}")
fi

cd "$root"
case "$action" in
  build)
    revision=$(git rev-parse --verify -q HEAD || echo unknown)
    "$docker_cli" build -f "$dockerfile" "${build_args[@]}" \
      --label "org.opencontainers.image.revision=$revision" \
      --label "org.opencontainers.image.version=$tag" \
      -t "$ref" .
    ;;
  push) "$docker_cli" push "$ref" ;;
  *) usage ;;
esac
echo "$action $ref"
