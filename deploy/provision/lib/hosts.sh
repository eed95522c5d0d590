# shellcheck shell=bash
# Steps `hosts` (KVM on the physical servers) and `vms` (virt-install of every VM from a cloud image).

# Cloud image and libosinfo name of each VM operating system.
cloud_image_url() {
  case "$1" in
    rocky9) echo https://dl.rockylinux.org/pub/rocky/9/images/x86_64/Rocky-9-GenericCloud-Base.latest.x86_64.qcow2 ;;
    rocky8) echo https://dl.rockylinux.org/pub/rocky/8/images/x86_64/Rocky-8-GenericCloud-Base.latest.x86_64.qcow2 ;;
    alma9) echo https://repo.almalinux.org/almalinux/9/cloud/x86_64/images/AlmaLinux-9-GenericCloud-latest.x86_64.qcow2 ;;
    alma8) echo https://repo.almalinux.org/almalinux/8/cloud/x86_64/images/AlmaLinux-8-GenericCloud-latest.x86_64.qcow2 ;;
    ubuntu2204) echo https://cloud-images.ubuntu.com/jammy/current/jammy-server-cloudimg-amd64.img ;;
    ubuntu2404) echo https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img ;;
  esac
}

osinfo_name() {
  case "$1" in
    rocky9) echo rocky9 ;;
    rocky8) echo rocky8 ;;
    alma9) echo almalinux9 ;;
    alma8) echo almalinux8 ;;
    ubuntu2204) echo ubuntu22.04 ;;
    ubuntu2404) echo ubuntu24.04 ;;
  esac
}

# The base images the VMs of a server need, one per operating system.
host_vm_systems() {
  local host=$1 name
  for name in $(vms); do
    [[ "${NODE_HOST[$name]}" == "$host" ]] && echo "${NODE_OS[$name]}"
  done | sort -u
}

step_hosts() {
  local host family
  for host in $(nodes_with_role kvm); do
    say "KVM server $host (${NODE_IP[$host]})"
    family=$(os_family "${NODE_OS[$host]}")
    if [[ "$family" == rhel ]]; then
      on "$host" "dnf install -y qemu-kvm libvirt virt-install qemu-img"
      on "$host" "systemctl enable --now libvirtd"
      # The bridge takes over the server's address; the SSH session may pause while it moves.
      on "$host" "nmcli -t -f NAME connection show | grep -qx br0 || { nmcli connection add type bridge ifname br0 con-name br0 ipv4.method manual ipv4.addresses ${NODE_IP[$host]}/24 ipv4.gateway $GATEWAY ipv4.dns $DNS_SERVERS bridge.stp no && nmcli connection add type bridge-slave ifname $HOST_NIC master br0 con-name br0-$HOST_NIC && nmcli connection up br0; }"
    else
      on "$host" "DEBIAN_FRONTEND=noninteractive apt-get install -y qemu-kvm libvirt-daemon-system virtinst qemu-utils"
      on "$host" "systemctl enable --now libvirtd"
      put "$host" /etc/netplan/60-mall-br0.yaml 600 <<EOF
network:
  version: 2
  ethernets:
    $HOST_NIC:
      dhcp4: false
  bridges:
    br0:
      interfaces: [$HOST_NIC]
      addresses: [${NODE_IP[$host]}/24]
      routes:
        - to: default
          via: $GATEWAY
      nameservers:
        addresses: [$DNS_SERVERS]
      parameters:
        stp: false
EOF
      on "$host" "ip link show br0 >/dev/null 2>&1 || netplan apply"
    fi
    # Guests may use the bridge without the host's firewall filtering them.
    put "$host" /etc/sysctl.d/90-mall-bridge.conf 644 <<'EOF'
net.bridge.bridge-nf-call-iptables = 0
net.bridge.bridge-nf-call-ip6tables = 0
EOF
    on "$host" "modprobe br_netfilter && sysctl --system >/dev/null"
    on "$host" "mkdir -p $VM_IMAGES_DIR/base"
    local os
    for os in $(host_vm_systems "$host"); do
      on "$host" "test -f $VM_IMAGES_DIR/base/$os.qcow2 || { curl -fL --retry 3 -o $VM_IMAGES_DIR/base/$os.qcow2.part $(cloud_image_url "$os") && mv $VM_IMAGES_DIR/base/$os.qcow2.part $VM_IMAGES_DIR/base/$os.qcow2; }"
    done
  done
}

ssh_public_key() {
  if [[ -n "${SSH_PUBLIC_KEY:-}" ]]; then
    printf '%s' "$SSH_PUBLIC_KEY"
  elif [[ -f "$SSH_PUBLIC_KEY_FILE" ]]; then
    cat "$SSH_PUBLIC_KEY_FILE"
  else
    die "no SSH public key: create $SSH_PUBLIC_KEY_FILE or set SSH_PUBLIC_KEY"
  fi
}

step_vms() {
  local name host os disk key
  key=$(ssh_public_key)
  for name in $(vms); do
    host=${NODE_HOST[$name]}
    os=${NODE_OS[$name]}
    disk=$VM_IMAGES_DIR/$name.qcow2
    say "VM $name on $host: ${NODE_VCPU[$name]} vCPU, ${NODE_MEMORY[$name]} MB, ${NODE_DISK[$name]} GB, ${NODE_IP[$name]}"
    on "$host" "test -f $disk || qemu-img create -f qcow2 -F qcow2 -b $VM_IMAGES_DIR/base/$os.qcow2 $disk ${NODE_DISK[$name]}G"
    put "$host" "$VM_IMAGES_DIR/$name.user-data" 600 <<EOF
#cloud-config
hostname: $name
fqdn: $name
preserve_hostname: false
disable_root: false
ssh_pwauth: false
users:
  - name: root
    ssh_authorized_keys:
      - $key
growpart:
  mode: auto
  devices: ['/']
timezone: Asia/Shanghai
EOF
    put "$host" "$VM_IMAGES_DIR/$name.network-config" 600 <<EOF
version: 2
ethernets:
  $VM_INTERFACE:
    dhcp4: false
    addresses: [${NODE_IP[$name]}/24]
    routes:
      - to: default
        via: $GATEWAY
    nameservers:
      addresses: [$DNS_SERVERS]
EOF
    on "$host" "virsh dominfo $name >/dev/null 2>&1 || virt-install --name $name --vcpus ${NODE_VCPU[$name]} --memory ${NODE_MEMORY[$name]} --cpu host-passthrough --osinfo $(osinfo_name "$os") --import --disk path=$disk,format=qcow2,bus=virtio --network bridge=br0,model=virtio --cloud-init user-data=$VM_IMAGES_DIR/$name.user-data,network-config=$VM_IMAGES_DIR/$name.network-config --graphics none --noautoconsole --autostart"
  done
  for name in $(vms); do
    wait_for_ssh "$name"
  done
}
