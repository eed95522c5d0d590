#!/usr/bin/env bash
# Points a kustomization at the images to run: the mall's own (registry and tag) and, for clusters
# without internet access, copies of the third-party images in a mirror (see mirror-images.sh).
# Rewrites the block between "# BEGIN images" and "# END images" of <dir>/kustomization.yaml.
#
#   deploy/k8s/set-images.sh deploy/k8s/overlays/lab --registry harbor.mall.local:30010/mall --tag 0.1.0
#   deploy/k8s/set-images.sh deploy/k8s/overlays/ha --registry … --tag … --mirror harbor.mall.local:30010/library
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
usage() {
  echo "usage: $0 <kustomization dir> [--registry R --tag T] [--mirror M]" >&2
  exit 2
}
(($# >= 1)) || usage
dir=$1
shift
registry='' tag='' mirror=''
while (($# > 0)); do
  case "$1" in
    --registry) registry=${2%/}; shift 2 ;;
    --tag) tag=$2; shift 2 ;;
    --mirror) mirror=${2%/}; shift 2 ;;
    *) usage ;;
  esac
done
[[ -n "$registry" || -n "$mirror" ]] || usage
[[ -z "$registry" || -n "$tag" ]] || { echo "--registry needs --tag" >&2; exit 2; }
file="$dir/kustomization.yaml"
[[ -f "$file" ]] || { echo "$file does not exist" >&2; exit 1; }

mall_images=(mall-gateway mall-auth mall-admin mall-portal mall-member mall-cart mall-order mall-search
  mall-monitor mall-db-init)

# The repository path of an image without its registry host (docker.elastic.co/kibana/kibana → kibana/kibana).
repository_path() {
  local name=$1 first=${1%%/*}
  if [[ "$name" == */* && ( "$first" == *.* || "$first" == *:* || "$first" == localhost ) ]]; then
    name=${name#*/}
  fi
  printf '%s' "$name"
}

block=$(
  echo '# BEGIN images: written by deploy/k8s/set-images.sh (registry, tag, mirror of third-party images)'
  echo 'images:'
  if [[ -n "$registry" ]]; then
    for image in "${mall_images[@]}"; do
      printf '  - name: mall/%s\n    newName: %s/%s\n    newTag: '\''%s'\''\n' "$image" "$registry" "$image" "$tag"
    done
  fi
  if [[ -n "$mirror" ]]; then
    grep -v '^#' "$here/images.txt" | while read -r reference; do
      [[ -n "$reference" ]] || continue
      name=${reference%:*}
      printf '  - name: %s\n    newName: %s/%s\n' "$name" "$mirror" "$(repository_path "$name")"
    done
  fi
  echo '# END images'
)

if grep -q '^# BEGIN images' "$file"; then
  awk -v block="$block" '
    /^# BEGIN images/ { print block; skipping = 1; next }
    /^# END images/ { skipping = 0; next }
    !skipping { print }
  ' "$file" >"$file.new"
else
  { cat "$file"; printf '%s\n' "$block"; } >"$file.new"
fi
mv "$file.new" "$file"
echo "updated $file"
