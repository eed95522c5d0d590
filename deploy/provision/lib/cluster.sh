# shellcheck shell=bash
# Steps that build the cluster: lb, control-plane, workers, calico, nfs, metrics-server, kuboard,
# harbor. kubectl and helm run on this machine ([local]) with the cluster's admin kubeconfig, which the
# control-plane step copies into the state folder.

# Folder of generated files (kubeconfig, kustomize overlays), relative to the repository root.
state_dir() { echo "deploy/provision/.state/$INVENTORY_NAME"; }
kubectl_local() { echo "kubectl --kubeconfig $(state_dir)/admin.conf"; }

# Writes an overlay of a platform kustomization (deploy/k8s/platform/<name>) into the state folder and
# applies it: <extra> is more kustomization YAML (patches, generators); with MIRROR_REGISTRY set the
# images come from the mirror (same paths as deploy/k8s/set-images.sh --mirror).
apply_platform() {
  local name=$1 extra=${2:-} dir image
  dir="$(state_dir)/$name"
  {
    echo 'apiVersion: kustomize.config.k8s.io/v1beta1'
    echo 'kind: Kustomization'
    echo 'resources:'
    echo "  - ../../../../k8s/platform/$name"
    if [[ -n "$MIRROR_REGISTRY" ]]; then
      echo 'images:'
      while read -r image; do
        [[ -n "$image" && "$image" != \#* ]] || continue
        echo "  - name: ${image%:*}"
        echo "    newName: $MIRROR_REGISTRY/$(repository_path "${image%:*}")"
      done <deploy/k8s/images.txt
    fi
    [[ -z "$extra" ]] || printf '%s\n' "$extra"
  } | put local "$dir/kustomization.yaml" 644
  on local "$(kubectl_local) apply -k $dir"
}

step_lb() {
  [[ "$CLUSTER_MODE" == ha ]] || { say "lb: single control-plane node, no load balancer"; return; }
  local name priority=150 family state servers=""
  for name in $(nodes_with_role master); do
    servers+="    server $name ${NODE_IP[$name]}:6443 check"$'\n'
  done
  for name in $(nodes_with_role master); do
    say "keepalived + haproxy on $name: $API_NAME ($API_VIP) port $API_PORT → the API servers"
    family=$(os_family "${NODE_OS[$name]}")
    if [[ "$family" == rhel ]]; then
      on "$name" "dnf install -y keepalived haproxy"
    else
      on "$name" "DEBIAN_FRONTEND=noninteractive apt-get install -y keepalived haproxy"
    fi
    put "$name" /etc/haproxy/haproxy.cfg 644 <<EOF
global
    log /dev/log local0
    maxconn 20000
defaults
    mode tcp
    log global
    option tcplog
    timeout connect 5s
    timeout client 1h
    timeout server 1h
frontend kube-apiserver
    bind *:$API_PORT
    default_backend kube-apiserver
backend kube-apiserver
    option httpchk GET /healthz
    http-check expect status 200
    default-server inter 3s fall 3 rise 2 check-ssl verify none
${servers%$'\n'}
EOF
    state=BACKUP
    [[ "$priority" == 150 ]] && state=MASTER
    put "$name" /etc/keepalived/keepalived.conf 600 <<EOF
global_defs {
    router_id $name
    enable_script_security
    script_user root
}
vrrp_script check_haproxy {
    script "/usr/bin/systemctl is-active --quiet haproxy"
    interval 3
    fall 2
    rise 2
}
vrrp_instance k8s_api {
    state $state
    interface $VM_INTERFACE
    virtual_router_id $KEEPALIVED_ROUTER_ID
    priority $priority
    advert_int 1
    authentication {
        auth_type PASS
        auth_pass $KEEPALIVED_PASSWORD
    }
    virtual_ipaddress {
        $API_VIP/24
    }
    track_script {
        check_haproxy
    }
}
EOF
    on "$name" "sysctl -w net.ipv4.ip_nonlocal_bind=1 >/dev/null && echo 'net.ipv4.ip_nonlocal_bind = 1' > /etc/sysctl.d/91-haproxy.conf"
    on "$name" "systemctl enable haproxy keepalived && systemctl restart haproxy keepalived"
    priority=$((priority - 10))
  done
}

kubeadm_config() {
  local master=$1 name sans=""
  for name in $(nodes_with_role master); do
    sans+="    - ${NODE_IP[$name]}"$'\n'
  done
  [[ "$CLUSTER_MODE" == ha ]] && sans+="    - $API_VIP"$'\n'
  cat <<EOF
apiVersion: kubeadm.k8s.io/v1beta4
kind: InitConfiguration
localAPIEndpoint:
  advertiseAddress: ${NODE_IP[$master]}
  bindPort: 6443
nodeRegistration:
  name: $master
  criSocket: unix:///run/containerd/containerd.sock
---
apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
clusterName: mall
kubernetesVersion: v$K8S_VERSION
controlPlaneEndpoint: $API_NAME:$API_PORT
imageRepository: $K8S_IMAGE_REPOSITORY
networking:
  podSubnet: $POD_CIDR
  serviceSubnet: $SERVICE_CIDR
apiServer:
  certSANs:
    - $API_NAME
${sans%$'\n'}
---
apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
cgroupDriver: systemd
EOF
}

step_control_plane() {
  local first join key name
  first=$(first_master)
  say "control plane: kubeadm init on $first ($CLUSTER_MODE), endpoint $API_NAME:$API_PORT"
  kubeadm_config "$first" | put "$first" /etc/kubernetes/kubeadm-config.yaml 600
  on "$first" "test -f /etc/kubernetes/admin.conf || kubeadm init --config /etc/kubernetes/kubeadm-config.yaml --upload-certs"
  on local "mkdir -p $(state_dir) && scp ${SSH_OPTIONS[*]} root@${NODE_IP[$first]}:/etc/kubernetes/admin.conf $(state_dir)/admin.conf && chmod 600 $(state_dir)/admin.conf"
  # This machine may not resolve $API_NAME: address the API by IP (it is in the certificate).
  on local "$(kubectl_local) config set-cluster mall --server=https://$(api_address):$API_PORT"
  for name in $(nodes_with_role mgmt); do
    on "$name" "mkdir -p /root/.kube"
    on local "scp ${SSH_OPTIONS[*]} $(state_dir)/admin.conf root@${NODE_IP[$name]}:/root/.kube/config"
  done
  [[ "$CLUSTER_MODE" == ha ]] || return 0
  join=$(capture "$first" "kubeadm token create --print-join-command")
  key=$(capture "$first" "kubeadm init phase upload-certs --upload-certs | tail -n 1")
  for name in $(nodes_with_role master); do
    [[ "$name" == "$first" ]] && continue
    say "control plane: $name joins"
    on "$name" "test -f /etc/kubernetes/admin.conf || $join --control-plane --certificate-key $key --apiserver-advertise-address ${NODE_IP[$name]}"
  done
}

step_workers() {
  local first join name kubectl
  first=$(first_master)
  kubectl=$(kubectl_local)
  join=$(capture "$first" "kubeadm token create --print-join-command")
  for name in $(nodes_with_role worker stress); do
    say "$name joins as ${NODE_ROLE[$name]}"
    on "$name" "test -f /etc/kubernetes/kubelet.conf || $join"
    on local "$kubectl label node $name node-role.kubernetes.io/${NODE_ROLE[$name]}= --overwrite"
  done
  # Load generators get their own nodes: JMeter engines tolerate the taint, the mall does not.
  for name in $(nodes_with_role stress); do
    on local "$kubectl label node $name mall/role=stress --overwrite"
    on local "$kubectl taint node $name mall/role=stress:NoSchedule --overwrite"
  done
}

step_calico() {
  local kubectl manifest dir
  kubectl=$(kubectl_local)
  dir=$(state_dir)/calico
  manifest=https://raw.githubusercontent.com/projectcalico/calico/$CALICO_VERSION/manifests/tigera-operator.yaml
  say "Calico $CALICO_VERSION (operator), pod network $POD_CIDR"
  on local "$kubectl get namespace tigera-operator >/dev/null 2>&1 || $kubectl create -f $manifest"
  on local "$kubectl wait --for condition=established --timeout=180s crd/installations.operator.tigera.io crd/apiservers.operator.tigera.io"
  {
    echo 'apiVersion: operator.tigera.io/v1'
    echo 'kind: Installation'
    echo 'metadata:'
    echo '  name: default'
    echo 'spec:'
    [[ -n "$MIRROR_REGISTRY" ]] && echo "  registry: ${MIRROR_REGISTRY%%/*}/" && echo "  imagePath: ${MIRROR_REGISTRY#*/}"
    echo '  calicoNetwork:'
    echo '    ipPools:'
    echo '      - name: default-ipv4-ippool'
    echo "        cidr: $POD_CIDR"
    echo '        encapsulation: VXLANCrossSubnet'
    echo '        natOutgoing: Enabled'
    echo '        nodeSelector: all()'
    echo '---'
    echo 'apiVersion: operator.tigera.io/v1'
    echo 'kind: APIServer'
    echo 'metadata:'
    echo '  name: default'
    echo 'spec: {}'
  } | put local "$dir/installation.yaml" 644
  on local "$kubectl apply -f $dir/installation.yaml"
  on local "$kubectl wait --for=condition=Ready nodes --all --timeout=600s"
}

step_nfs() {
  local mgmt family
  mgmt=$(nodes_with_role mgmt)
  family=$(os_family "${NODE_OS[$mgmt]}")
  say "NFS server on $mgmt: $NFS_EXPORT for $NETWORK_CIDR, provisioner and StorageClass nfs-client"
  if [[ "$family" == rhel ]]; then
    on "$mgmt" "dnf install -y nfs-utils && systemctl enable --now nfs-server"
  else
    on "$mgmt" "DEBIAN_FRONTEND=noninteractive apt-get install -y nfs-kernel-server && systemctl enable --now nfs-kernel-server"
  fi
  on "$mgmt" "mkdir -p $NFS_EXPORT && chmod 0777 $NFS_EXPORT"
  on "$mgmt" "grep -q '^$NFS_EXPORT ' /etc/exports || echo '$NFS_EXPORT $NETWORK_CIDR(rw,sync,no_subtree_check,no_root_squash)' >> /etc/exports"
  on "$mgmt" "exportfs -ra"
  apply_platform nfs-provisioner "$(cat <<EOF
patches:
  - patch: |-
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: nfs-client-provisioner
        namespace: nfs-provisioner
      spec:
        template:
          spec:
            containers:
              - name: nfs-client-provisioner
                env:
                  - name: NFS_SERVER
                    value: $NFS_NAME
                  - name: NFS_PATH
                    value: $NFS_EXPORT
            volumes:
              - name: nfs-client-root
                nfs:
                  server: $NFS_NAME
                  path: $NFS_EXPORT
EOF
)"
}

step_metrics_server() {
  say "metrics-server"
  apply_platform metrics-server
}

step_kuboard() {
  say "Kuboard v3 on NodePort 30080"
  apply_platform kuboard "$(cat <<EOF
configMapGenerator:
  - name: kuboard-config
    namespace: kuboard
    behavior: merge
    literals:
      - KUBOARD_ENDPOINT=http://$(api_address):30080
EOF
)"
}

step_harbor() {
  local kubectl
  kubectl=$(kubectl_local)
  say "Harbor $HARBOR_CHART_VERSION (Helm) at http://$HARBOR_NAME:$HARBOR_PORT"
  on local "helm repo list 2>/dev/null | grep -q '^harbor' || helm repo add harbor https://helm.goharbor.io"
  on local "helm repo update harbor"
  # HARBOR_ADMIN_PASSWORD comes from this shell's environment, never from the inventory.
  on local "helm --kubeconfig $(state_dir)/admin.conf upgrade --install harbor harbor/harbor --version $HARBOR_CHART_VERSION -n harbor --create-namespace -f deploy/k8s/platform/harbor/values.yaml --set externalURL=http://$HARBOR_NAME:$HARBOR_PORT --set expose.nodePort.ports.http.nodePort=$HARBOR_PORT --set harborAdminPassword=\"\$HARBOR_ADMIN_PASSWORD\" --wait --timeout 15m"
  on local "$kubectl -n harbor get pods"
}
