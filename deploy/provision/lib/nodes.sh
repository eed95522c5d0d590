# shellcheck shell=bash
# Step `os`: prepares every VM — names, kernel settings, containerd, kubeadm/kubelet/kubectl at
# K8S_VERSION on the cluster nodes; NFS client everywhere; Docker, kubectl and Helm on the management node.

k8s_minor() { echo "${K8S_VERSION%.*}"; }

registry_hosts_toml() {
  cat <<EOF
server = "http://$HARBOR_NAME:$HARBOR_PORT"

[host."http://$HARBOR_NAME:$HARBOR_PORT"]
  capabilities = ["pull", "resolve", "push"]
  skip_verify = true
EOF
}

prepare_common() {
  local name=$1 family=$2
  on "$name" "hostnamectl set-hostname $name"
  hosts_block | put "$name" /etc/hosts.mall 644
  on "$name" "sed -i '/# BEGIN mall-provision/,/# END mall-provision/d' /etc/hosts && cat /etc/hosts.mall >> /etc/hosts"
  if [[ "$family" == rhel ]]; then
    # A lab behind its own perimeter: no host firewall between nodes; SELinux permissive for kubelet.
    on "$name" "systemctl disable --now firewalld 2>/dev/null || true"
    on "$name" "setenforce 0 2>/dev/null || true; sed -i 's/^SELINUX=enforcing$/SELINUX=permissive/' /etc/selinux/config"
    on "$name" "dnf install -y dnf-plugins-core chrony nfs-utils curl tar"
  else
    on "$name" "ufw disable 2>/dev/null || true"
    on "$name" "DEBIAN_FRONTEND=noninteractive apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chrony nfs-common curl gpg apt-transport-https ca-certificates"
  fi
  on "$name" "systemctl enable --now chronyd 2>/dev/null || systemctl enable --now chrony"
}

prepare_cluster_node() {
  local name=$1 family=$2 minor
  minor=$(k8s_minor)
  on "$name" "swapoff -a && sed -ri '/\\sswap\\s/s/^([^#])/#\\1/' /etc/fstab"
  put "$name" /etc/modules-load.d/k8s.conf 644 <<'EOF'
overlay
br_netfilter
EOF
  on "$name" "modprobe overlay && modprobe br_netfilter"
  put "$name" /etc/sysctl.d/90-k8s.conf 644 <<'EOF'
net.bridge.bridge-nf-call-iptables = 1
net.bridge.bridge-nf-call-ip6tables = 1
net.ipv4.ip_forward = 1
# Elasticsearch needs it (the pod's init container sets it too).
vm.max_map_count = 262144
fs.inotify.max_user_instances = 1024
EOF
  on "$name" "sysctl --system >/dev/null"
  if [[ "$family" == rhel ]]; then
    on "$name" "test -f /etc/yum.repos.d/docker-ce.repo || dnf config-manager --add-repo https://download.docker.com/linux/centos/docker-ce.repo"
    on "$name" "dnf install -y containerd.io"
    put "$name" /etc/yum.repos.d/kubernetes.repo 644 <<EOF
[kubernetes]
name=Kubernetes $minor
baseurl=$K8S_REPO/rpm/
enabled=1
gpgcheck=1
gpgkey=$K8S_REPO/rpm/repodata/repomd.xml.key
exclude=kubelet kubeadm kubectl cri-tools kubernetes-cni
EOF
    on "$name" "dnf install -y --disableexcludes=kubernetes kubelet-$K8S_VERSION kubeadm-$K8S_VERSION kubectl-$K8S_VERSION"
  else
    on "$name" "DEBIAN_FRONTEND=noninteractive apt-get install -y containerd"
    on "$name" "mkdir -p /etc/apt/keyrings && test -f /etc/apt/keyrings/kubernetes-$minor.gpg || curl -fsSL $K8S_REPO/deb/Release.key | gpg --dearmor -o /etc/apt/keyrings/kubernetes-$minor.gpg"
    put "$name" /etc/apt/sources.list.d/kubernetes.list 644 <<EOF
deb [signed-by=/etc/apt/keyrings/kubernetes-$minor.gpg] $K8S_REPO/deb/ /
EOF
    on "$name" "apt-mark unhold kubelet kubeadm kubectl >/dev/null 2>&1; DEBIAN_FRONTEND=noninteractive apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --allow-downgrades kubelet=$K8S_VERSION-1.1 kubeadm=$K8S_VERSION-1.1 kubectl=$K8S_VERSION-1.1 && apt-mark hold kubelet kubeadm kubectl"
  fi
  # containerd: systemd cgroups (as the kubelet), registry settings in certs.d, Harbor over plain HTTP.
  on "$name" "mkdir -p /etc/containerd && test -s /etc/containerd/config.toml && grep -q 'SystemdCgroup = true' /etc/containerd/config.toml || { containerd config default > /etc/containerd/config.toml && sed -i -e 's/SystemdCgroup = false/SystemdCgroup = true/' -e 's#config_path = \"\"#config_path = \"/etc/containerd/certs.d\"#' /etc/containerd/config.toml; }"
  registry_hosts_toml | put "$name" "/etc/containerd/certs.d/$HARBOR_NAME:$HARBOR_PORT/hosts.toml" 644
  put "$name" /etc/crictl.yaml 644 <<'EOF'
runtime-endpoint: unix:///run/containerd/containerd.sock
image-endpoint: unix:///run/containerd/containerd.sock
EOF
  on "$name" "systemctl restart containerd && systemctl enable containerd && systemctl enable kubelet"
}

prepare_mgmt_node() {
  local name=$1 family=$2 minor
  minor=$(k8s_minor)
  # Builds and pushes the images (Docker, trusting Harbor over HTTP), runs kubectl and Helm.
  if [[ "$family" == rhel ]]; then
    on "$name" "test -f /etc/yum.repos.d/docker-ce.repo || dnf config-manager --add-repo https://download.docker.com/linux/centos/docker-ce.repo"
    on "$name" "dnf install -y docker-ce docker-ce-cli containerd.io docker-buildx-plugin git"
    put "$name" /etc/yum.repos.d/kubernetes.repo 644 <<EOF
[kubernetes]
name=Kubernetes $minor
baseurl=$K8S_REPO/rpm/
enabled=1
gpgcheck=1
gpgkey=$K8S_REPO/rpm/repodata/repomd.xml.key
exclude=kubelet kubeadm kubectl cri-tools kubernetes-cni
EOF
    on "$name" "dnf install -y --disableexcludes=kubernetes kubectl-$K8S_VERSION"
  else
    on "$name" "DEBIAN_FRONTEND=noninteractive apt-get install -y docker.io docker-buildx git"
    on "$name" "mkdir -p /etc/apt/keyrings && test -f /etc/apt/keyrings/kubernetes-$minor.gpg || curl -fsSL $K8S_REPO/deb/Release.key | gpg --dearmor -o /etc/apt/keyrings/kubernetes-$minor.gpg"
    put "$name" /etc/apt/sources.list.d/kubernetes.list 644 <<EOF
deb [signed-by=/etc/apt/keyrings/kubernetes-$minor.gpg] $K8S_REPO/deb/ /
EOF
    on "$name" "DEBIAN_FRONTEND=noninteractive apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y kubectl=$K8S_VERSION-1.1"
  fi
  put "$name" /etc/docker/daemon.json 644 <<EOF
{
  "insecure-registries": ["$HARBOR_NAME:$HARBOR_PORT"],
  "log-driver": "json-file",
  "log-opts": { "max-size": "50m", "max-file": "3" }
}
EOF
  on "$name" "systemctl enable docker && systemctl restart docker"
  on "$name" "command -v helm >/dev/null || { curl -fsSL https://get.helm.sh/helm-v3.16.3-linux-amd64.tar.gz | tar -xz -C /tmp linux-amd64/helm && install -m 755 /tmp/linux-amd64/helm /usr/local/bin/helm; }"
}

step_os() {
  local name family
  for name in $(vms); do
    family=$(os_family "${NODE_OS[$name]}")
    say "operating system of $name (${NODE_ROLE[$name]}, ${NODE_OS[$name]})"
    prepare_common "$name" "$family"
    if [[ "${NODE_ROLE[$name]}" == mgmt ]]; then
      prepare_mgmt_node "$name" "$family"
    else
      prepare_cluster_node "$name" "$family"
    fi
  done
}
