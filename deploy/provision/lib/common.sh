# shellcheck shell=bash
# Inventory and command helpers of deploy/provision/provision.sh.
#
# Every action on a machine goes through `on`, `put` or `capture`. With --dry-run they print what they
# would do, one line per command ("[target] command"), and touch nothing: that output is the plan that
# deploy/provision/golden/ keeps for the seed inventory. Commands carry their own guards (test -f …,
# … || …), so running a step again changes nothing that is already in place.

DRY_RUN=false
SSH_OPTIONS=(-o BatchMode=yes -o StrictHostKeyChecking=accept-new -o ConnectTimeout=10)

NODE_NAMES=()
# The columns of the .nodes file, by node name (read by the step files).
# shellcheck disable=SC2034
declare -A NODE_ROLE NODE_HOST NODE_OS NODE_VCPU NODE_MEMORY NODE_DISK NODE_IP

die() {
  printf 'provision: %s\n' "$*" >&2
  exit 1
}

say() { printf '# %s\n' "$*"; }

# Expands ${NAME} references to variables of the inventory's .env file; nothing else is evaluated.
expand_vars() {
  local text=$1 name
  while [[ "$text" =~ \$\{([A-Za-z_][A-Za-z0-9_]*)\} ]]; do
    name=${BASH_REMATCH[1]}
    [[ -v "$name" ]] || die "unknown variable \${$name} in the inventory"
    text=${text//"\${$name}"/${!name}}
  done
  printf '%s' "$text"
}

# NODE_VCPU, NODE_MEMORY, NODE_DISK are read by the step files.
# shellcheck disable=SC2034
load_inventory() {
  local base=$1 line name role host os vcpu memory disk ip
  [[ -f "$base.env" && -f "$base.nodes" ]] || die "inventory $base.env / $base.nodes not found"
  # shellcheck source=/dev/null
  source "$base.env"
  while read -r line || [[ -n "$line" ]]; do
    line=${line%%#*}
    [[ -n "${line// /}" ]] || continue
    read -r name role host os vcpu memory disk ip extra <<<"$line"
    [[ -n "$ip" && -z "${extra:-}" ]] || die "$base.nodes: expected 8 columns in '$line'"
    [[ "$role" =~ ^(kvm|master|worker|stress|mgmt)$ ]] || die "$name: unknown role '$role'"
    [[ -z "${NODE_ROLE[$name]:-}" ]] || die "$name is listed twice"
    NODE_NAMES+=("$name")
    NODE_ROLE[$name]=$role
    NODE_HOST[$name]=$host
    NODE_OS[$name]=$os
    NODE_VCPU[$name]=$vcpu
    NODE_MEMORY[$name]=$memory
    NODE_DISK[$name]=$disk
    NODE_IP[$name]=$(expand_vars "$ip")
  done <"$base.nodes"
  validate_inventory
}

nodes_with_role() {
  local name
  for name in "${NODE_NAMES[@]}"; do
    [[ " $* " == *" ${NODE_ROLE[$name]} "* ]] && printf '%s\n' "$name"
  done
  return 0
}

# The VMs (every machine that is not a physical server), in inventory order.
vms() { nodes_with_role master worker stress mgmt; }
# Machines in the Kubernetes cluster.
cluster_nodes() { nodes_with_role master worker stress; }
first_master() { nodes_with_role master | head -n 1; }

os_family() {
  case "$1" in
    rocky8 | rocky9 | alma8 | alma9) echo rhel ;;
    ubuntu2204 | ubuntu2404) echo debian ;;
    centos7) die "CentOS 7 is end-of-life and not provisioned by this script (see deploy/README.md)" ;;
    *) die "unsupported OS '$1' (rocky8, rocky9, alma8, alma9, ubuntu2204, ubuntu2404)" ;;
  esac
}

validate_inventory() {
  local name seen_ips=" " masters
  for name in "${NODE_NAMES[@]}"; do
    os_family "${NODE_OS[$name]}" >/dev/null
    [[ "${NODE_IP[$name]}" =~ ^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "$name: bad address '${NODE_IP[$name]}'"
    [[ "$seen_ips" != *" ${NODE_IP[$name]} "* ]] || die "$name: address ${NODE_IP[$name]} is used twice"
    seen_ips+="${NODE_IP[$name]} "
    if [[ "${NODE_ROLE[$name]}" != kvm ]]; then
      [[ "${NODE_ROLE[${NODE_HOST[$name]}]:-}" == kvm ]] || die "$name: host '${NODE_HOST[$name]}' is not a kvm server"
    fi
  done
  masters=$(nodes_with_role master | wc -l)
  [[ $(nodes_with_role mgmt | wc -l) -eq 1 ]] || die "the inventory needs exactly one mgmt node"
  case "$CLUSTER_MODE" in
    ha) ((masters >= 3 && masters % 2 == 1)) || die "CLUSTER_MODE=ha needs an odd number (≥3) of masters"
      [[ -n "$API_VIP" ]] || die "CLUSTER_MODE=ha needs API_VIP" ;;
    single) ((masters == 1)) || die "CLUSTER_MODE=single needs exactly one master" ;;
    *) die "CLUSTER_MODE must be ha or single" ;;
  esac
}

# The address clients use for the API server: the keepalived VIP, or the only master.
api_address() {
  if [[ "$CLUSTER_MODE" == ha ]]; then echo "$API_VIP"; else echo "${NODE_IP[$(first_master)]}"; fi
}

# on <target> <command>: runs a shell command on a machine of the inventory, or "local".
on() {
  local target=$1 command=$2
  if [[ "$DRY_RUN" == true ]]; then
    printf '[%s] %s\n' "$target" "$command"
  elif [[ "$target" == local ]]; then
    bash -c "$command"
  else
    # The command is meant to expand on the remote machine: it was composed here as one string.
    # shellcheck disable=SC2029
    ssh "${SSH_OPTIONS[@]}" "root@${NODE_IP[$target]}" "$command"
  fi
}

# put <target> <path> <mode>: writes stdin to a file (replaced whole, so rewriting is harmless).
put() {
  local target=$1 path=$2 mode=$3 content
  content=$(cat)
  if [[ "$DRY_RUN" == true ]]; then
    printf '[%s] write %s (mode %s)\n' "$target" "$path" "$mode"
    printf '%s\n' "$content" | sed 's/^/    | /'
    return
  fi
  local script="mkdir -p \"\$(dirname '$path')\" && cat > '$path.tmp' && chmod $mode '$path.tmp' && mv '$path.tmp' '$path'"
  if [[ "$target" == local ]]; then
    printf '%s\n' "$content" | bash -c "$script"
  else
    # shellcheck disable=SC2029
    printf '%s\n' "$content" | ssh "${SSH_OPTIONS[@]}" "root@${NODE_IP[$target]}" "$script"
  fi
}

# capture <target> <command>: the command's output (dry run: a placeholder naming it).
capture() {
  local target=$1 command=$2
  if [[ "$DRY_RUN" == true ]]; then
    # The plan goes to fd 3 (the script's stdout), the placeholder to the caller's $(…).
    printf '[%s] %s\n' "$target" "$command" >&3
    printf '<output of [%s] %s>' "$target" "$command"
  else
    on "$target" "$command"
  fi
}

# Waits until a VM accepts SSH (after virt-install or a reboot).
wait_for_ssh() {
  local name=$1
  on local "until ssh ${SSH_OPTIONS[*]} root@${NODE_IP[$name]} true 2>/dev/null; do sleep 5; done"
}

# The /etc/hosts block every machine gets: the inventory's names and the service names used by the
# manifests (API endpoint, NFS server, registry).
hosts_block() {
  local name
  echo '# BEGIN mall-provision'
  for name in "${NODE_NAMES[@]}"; do
    printf '%s %s\n' "${NODE_IP[$name]}" "$name"
  done
  printf '%s %s\n' "$(api_address)" "$API_NAME"
  printf '%s %s\n' "${NODE_IP[$(nodes_with_role mgmt)]}" "$NFS_NAME"
  # Harbor answers on its NodePort on every node; the API address is the one that moves on failure.
  printf '%s %s\n' "$(api_address)" "$HARBOR_NAME"
  echo '# END mall-provision'
}

# The repository path of an image without its registry host (docker.elastic.co/kibana/kibana → kibana/kibana).
repository_path() {
  local name=$1 first=${1%%/*}
  if [[ "$name" == */* && ( "$first" == *.* || "$first" == *:* || "$first" == localhost ) ]]; then
    name=${name#*/}
  fi
  printf '%s' "$name"
}
