import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DEPLOY_DIR, run } from './support/tools';

const PROVISION = path.join(DEPLOY_DIR, 'provision', 'provision.sh');
const GOLDEN = path.join(DEPLOY_DIR, 'provision', 'golden', 'seed-dry-run.txt');
// The key cloud-init gives the VMs; fixed so that the plan is the same on every machine.
const SSH_PUBLIC_KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMallSeedPlanExampleKeyNotARealKey000000000 admin@mgmt-1';

function dryRun(args: string[], cwd?: string) {
  return run(
    'bash',
    [cwd ? path.join(cwd, 'deploy/provision/provision.sh') : PROVISION, '--dry-run', ...args],
    {
      env: { ...process.env, SSH_PUBLIC_KEY },
    },
  );
}

describe('provisioning (deploy/provision/provision.sh --dry-run)', () => {
  it('prints the golden command plan for the seed node plan', () => {
    const result = dryRun(['all']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // To accept a deliberate change of the plan:
    //   SSH_PUBLIC_KEY='<the key above>' deploy/provision/provision.sh --dry-run all > deploy/provision/golden/seed-dry-run.txt
    expect(result.stdout).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('creates each VM of the plan on its server with its size, and prepares it', () => {
    const plan = readFileSync(GOLDEN, 'utf8');
    const vms: Array<[string, string, number, number]> = [
      ['k8s-master-1', 'kvm-1', 4, 8192],
      ['k8s-master-3', 'kvm-3', 4, 8192],
      ['k8s-worker-9', 'kvm-3', 16, 32768],
      ['stress-1', 'kvm-4', 32, 65536],
      ['mgmt-1', 'kvm-4', 8, 16384],
    ];
    for (const [name, host, vcpu, memory] of vms) {
      expect(plan).toContain(
        `[${host}] virsh dominfo ${name} >/dev/null 2>&1 || virt-install --name ${name} --vcpus ${vcpu} --memory ${memory} `,
      );
      expect(plan).toContain(`[${name}] hostnamectl set-hostname ${name}`);
    }
    const lines = plan.split('\n');
    expect(lines.filter((line) => line.includes('virt-install --name')).length).toBe(14);
    expect(lines.filter((line) => / --control-plane --certificate-key /.test(line)).length).toBe(2);
    expect(
      lines.filter((line) =>
        /^\[(k8s-worker-\d|stress-1)\] test -f \/etc\/kubernetes\/kubelet.conf \|\| /.test(line),
      ).length,
    ).toBe(10);
    expect(plan).toContain(
      '[local] kubectl --kubeconfig deploy/provision/.state/seed/admin.conf taint node stress-1 mall/role=stress:NoSchedule --overwrite',
    );
    // keepalived carries the API address of seed.env (API_VIP) on the masters.
    expect(plan).toMatch(/^ {4}\| {9}172\.16\.106\.10\/24$/m);
  });

  it('guards every command that changes a machine, so that a second run leaves it as it is', () => {
    const plan = readFileSync(GOLDEN, 'utf8');
    const mutating = plan
      .split('\n')
      .filter((line) =>
        /^\[[\w-]+\] .*(virt-install --name|qemu-img create|kubeadm init --config|kubeadm join|nmcli connection add|helm repo add|kubectl[^|]* create -f)/.test(
          line,
        ),
      );
    expect(mutating.length).toBeGreaterThan(20);
    for (const line of mutating) expect(line).toMatch(/ \|\| /);
  });

  it('prints the plan of the single-master Ubuntu lab inventory without a load balancer', () => {
    const result = dryRun(['--inventory', 'deploy/provision/inventory/lab', 'all']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('# lb: single control-plane node, no load balancer');
    expect(result.stdout).toContain('apt-get install -y --allow-downgrades kubelet=1.31.4-1.1');
    expect(result.stdout).not.toContain('--control-plane --certificate-key');
  });

  describe('in a copy of the repository', () => {
    let root: string;
    beforeAll(() => {
      root = mkdtempSync(path.join(tmpdir(), 'mall-provision-'));
      cpSync(path.join(DEPLOY_DIR, 'provision'), path.join(root, 'deploy/provision'), {
        recursive: true,
      });
      mkdirSync(path.join(root, 'deploy/k8s'), { recursive: true });
      cpSync(path.join(DEPLOY_DIR, 'k8s/images.txt'), path.join(root, 'deploy/k8s/images.txt'));
      rmSync(path.join(root, 'deploy/provision/.state'), { recursive: true, force: true });
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('a dry run writes nothing', () => {
      expect(dryRun(['all'], root).status).toBe(0);
      expect(existsSync(path.join(root, 'deploy/provision/.state'))).toBe(false);
    });

    it('refuses an inventory that does not match its cluster mode, or CentOS 7', () => {
      const inventory = path.join(root, 'deploy/provision/inventory');
      writeFileSync(
        path.join(inventory, 'bad.env'),
        readFileSync(path.join(inventory, 'seed.env'), 'utf8').replace(
          'CLUSTER_MODE=ha',
          'CLUSTER_MODE=single',
        ),
      );
      cpSync(path.join(inventory, 'seed.nodes'), path.join(inventory, 'bad.nodes'));
      const single = dryRun(['--inventory', 'deploy/provision/inventory/bad', 'os'], root);
      expect(single.status).toBe(1);
      expect(single.stderr).toContain('CLUSTER_MODE=single needs exactly one master');

      writeFileSync(
        path.join(inventory, 'bad.nodes'),
        readFileSync(path.join(inventory, 'lab.nodes'), 'utf8').replace(
          'lab-worker-2  worker  lab-host  ubuntu2204',
          'lab-worker-2  worker  lab-host  centos7',
        ),
      );
      cpSync(path.join(inventory, 'lab.env'), path.join(inventory, 'bad.env'));
      const centos = dryRun(['--inventory', 'deploy/provision/inventory/bad', 'os'], root);
      expect(centos.status).toBe(1);
      expect(centos.stderr).toContain('CentOS 7 is end-of-life');
    });

    it('names an unknown step', () => {
      const result = dryRun(['kubespray'], root);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("unknown step 'kubespray'");
    });
  });
});
