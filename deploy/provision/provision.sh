#!/usr/bin/env bash
# Builds the course's environment from bare servers: KVM on the physical servers, the VMs of the node
# plan, Kubernetes with kubeadm (one control-plane node, or three behind keepalived + haproxy), the
# workers, Calico, NFS storage, metrics-server, Kuboard and Harbor. deploy/README.md walks through it.
#
#   deploy/provision/provision.sh [--inventory deploy/provision/inventory/seed] [--dry-run] <step>… | all
#
# Steps, in order: hosts vms os lb control-plane workers calico nfs metrics-server kuboard harbor.
# Every step can run again: what is already in place is left alone. --dry-run prints each command
# ("[machine] command", files as "write <path>" with their content) and runs nothing.
#
# Run it from the repository root of a machine that reaches the servers and VMs over SSH as root
# (keys), with kubectl and helm for the last steps. Targets: Rocky/Alma Linux 8–9, Ubuntu 22.04/24.04.
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here/../.."
source "$here/lib/common.sh"
source "$here/lib/hosts.sh"
source "$here/lib/nodes.sh"
source "$here/lib/cluster.sh"

ALL_STEPS=(hosts vms os lb control-plane workers calico nfs metrics-server kuboard harbor)

usage() {
  sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
}

inventory=deploy/provision/inventory/seed
steps=()
while (($# > 0)); do
  case "$1" in
    --inventory) inventory=${2%.env}; inventory=${inventory%.nodes}; shift 2 ;;
    --dry-run) DRY_RUN=true; shift ;;
    -h | --help) usage ;;
    all) steps+=("${ALL_STEPS[@]}"); shift ;;
    -*) usage ;;
    *)
      [[ " ${ALL_STEPS[*]} " == *" $1 "* ]] || die "unknown step '$1' (steps: ${ALL_STEPS[*]})"
      steps+=("$1")
      shift
      ;;
  esac
done
((${#steps[@]} > 0)) || usage

load_inventory "$inventory"
# The plan (dry run) is written to fd 3 even from inside $(…).
exec 3>&1

if [[ "$DRY_RUN" == true ]]; then
  say "plan for inventory $INVENTORY_NAME ($CLUSTER_MODE): $(nodes_with_role kvm | wc -l) servers," \
    "$(nodes_with_role master | wc -l) masters, $(nodes_with_role worker | wc -l) workers," \
    "$(nodes_with_role stress | wc -l) stress, $(nodes_with_role mgmt | wc -l) management"
  say "steps: ${steps[*]}"
fi

for step in "${steps[@]}"; do
  say "== $step"
  "step_${step//-/_}"
done
