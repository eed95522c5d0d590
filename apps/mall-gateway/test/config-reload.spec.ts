import { startTestService, WORKSPACE_ROOT, type TestService } from '@mall/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { serviceDefinition } from '../src/service';
import { rawRequest, startFakeService, type FakeService } from './support/raw-http';

const DATA_ID = 'mall-gateway-dev.yaml';

/** The fake Nacos of tools/fakes as a child process on a free port (it speaks the real v1 API). */
async function startNacos(): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, [join(WORKSPACE_ROOT, 'tools/fakes/fake-nacos.mjs')], {
    env: { ...process.env, PORT: '0', FAKE_NACOS_QUIET: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (data: Buffer) => {
      out += data.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`fake nacos exited with ${code}`)));
  });
  return { url, process: child };
}

async function publish(nacosUrl: string, content: string): Promise<void> {
  const res = await fetch(`${nacosUrl}/nacos/v1/cs/configs`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ dataId: DATA_ID, group: 'DEFAULT_GROUP', content }).toString(),
  });
  expect(await res.text()).toBe('true');
}

describe('mall-gateway applies configuration changes from Nacos without a restart', () => {
  let nacos: { url: string; process: ChildProcess };
  let service: FakeService;
  let gateway: TestService;

  beforeAll(async () => {
    nacos = await startNacos();
    service = await startFakeService('portal');
    await publish(
      nacos.url,
      [
        'app:',
        '  rateLimit:',
        '    routes:',
        '      - { pattern: /mall-portal/limited/**, permitsPerSecond: 0.001, burst: 1 }',
      ].join('\n'),
    );
    gateway = await startTestService(serviceDefinition, {
      env: {
        NACOS_SERVER_ADDR: new URL(nacos.url).host,
        DISCOVERY_MODE: 'static',
        'MALL__discovery__services__mall-portal': `["${service.address}"]`,
        'MALL__discovery__services__mall-order': `["${service.address}"]`,
        LOG_LEVEL: 'error',
      },
    });
  });

  afterAll(async () => {
    await gateway?.close();
    await service?.close();
    nacos?.process.kill('SIGTERM');
  });

  const get = (path: string) => rawRequest(gateway.url, path);

  it('takes rate limits and the whitelist from the Nacos document, then follows its changes', async () => {
    // From Nacos at start: one permit, then 429.
    expect((await get('/mall-portal/limited/a')).status).toBe(200);
    expect((await get('/mall-portal/limited/a')).status).toBe(429);
    expect((await get('/mall-order/open/x')).json.code).toBe(401);

    const applied = new Promise<void>((resolve) => {
      const stop = gateway.started.config.onChange(() => {
        stop();
        resolve();
      });
    });
    await publish(
      nacos.url,
      [
        'app:',
        '  secure:',
        '    ignoreUrls: [/mall-order/open/**]',
        '  rateLimit:',
        '    routes:',
        '      - { pattern: /mall-portal/limited/**, permitsPerSecond: 0.001, burst: 3 }',
      ].join('\n'),
    );
    await applied;

    // The changed limit has a new, full bucket of three permits.
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await get('/mall-portal/limited/a')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    // The new whitelist entry needs no token any more.
    expect((await get('/mall-order/open/x')).json).toMatchObject({ code: 200 });
  });
});
