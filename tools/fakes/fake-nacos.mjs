// A fake Nacos server speaking the v1 HTTP OpenAPI that the `nacos` 2.6.3 npm clients use:
// config get/publish/delete with long-polling listeners, and naming register/deregister/list/beat.
// It exists because a real Nacos (a Java server) cannot run in CI. It keeps everything in memory
// and listens on loopback only.
//
//   import { startFakeNacos } from './tools/fakes/fake-nacos.mjs';
//   const nacos = await startFakeNacos({ port: 0 });
//   await nacos.setConfig('mall-admin-dev.yaml', 'DEFAULT_GROUP', 'server:\n  port: 8087\n');
//   nacos.instances('mall-admin'); await nacos.close();
//
// Standalone: `node tools/fakes/fake-nacos.mjs` (PORT, default 8848; FAKE_NACOS_QUIET=1 to mute).
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

const DEFAULT_GROUP = 'DEFAULT_GROUP';
const DEFAULT_NAMESPACE = 'public';
const LINE_SEPARATOR = '\x01';
const WORD_SEPARATOR = '\x02';

const md5 = (text) => createHash('md5').update(text, 'utf8').digest('hex');
const configKey = (dataId, group, tenant) => `${tenant || ''}|${group || DEFAULT_GROUP}|${dataId}`;
const groupedName = (serviceName, group = DEFAULT_GROUP) =>
  serviceName.includes('@@') ? serviceName : `${group}@@${serviceName}`;
const serviceKey = (namespace, grouped) => `${namespace || DEFAULT_NAMESPACE}|${grouped}`;

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Starts the fake on 127.0.0.1.
 * @param {{ port?: number, cacheMillis?: number, longPollMaxMs?: number, log?: (line: string) => void }} [options]
 *   cacheMillis: how often naming clients are told to re-poll an instance list (real Nacos: 10000);
 *   longPollMaxMs: cap on how long a config listener request is held (real Nacos: 30000).
 */
export async function startFakeNacos(options = {}) {
  const { port = 0, cacheMillis = 3000, longPollMaxMs = 30000, log } = options;
  /** @type {Map<string, string>} */
  const configs = new Map();
  /** @type {Map<string, Map<string, object>>} instances by namespace|group@@service, then ip:port */
  const services = new Map();
  /** @type {Set<() => void>} held config listener requests, re-checked on every change */
  const heldListeners = new Set();
  let requestCount = 0;

  const wakeListeners = () => {
    for (const check of [...heldListeners]) check();
  };

  // The listener body lists `dataId^2group^2md5[^2tenant]^1...`; the answer names the changed ones.
  const changedConfigs = (listening) => {
    let changed = '';
    for (const line of listening.split(LINE_SEPARATOR).filter(Boolean)) {
      const [dataId, group, clientMd5 = '', tenant] = line.split(WORD_SEPARATOR);
      const content = configs.get(configKey(dataId, group, tenant));
      const serverMd5 = content === undefined ? '' : md5(content);
      if (serverMd5 !== clientMd5) {
        changed +=
          [dataId, group, ...(tenant ? [tenant] : [])].join(WORD_SEPARATOR) + LINE_SEPARATOR;
      }
    }
    return changed;
  };

  const instancesOf = (namespace, grouped) => {
    const key = serviceKey(namespace, grouped);
    if (!services.has(key)) services.set(key, new Map());
    return services.get(key);
  };

  const putInstance = (namespace, grouped, fields) => {
    const cluster = fields.clusterName || 'DEFAULT';
    const instance = {
      instanceId: `${fields.ip}#${fields.port}#${cluster}#${grouped}`,
      ip: fields.ip,
      port: Number(fields.port),
      weight: Number(fields.weight ?? 1),
      healthy: fields.healthy !== 'false' && fields.healthy !== false,
      enabled: fields.enable !== 'false' && fields.enabled !== false,
      ephemeral: fields.ephemeral !== 'false' && fields.ephemeral !== false,
      valid: true,
      marked: false,
      clusterName: cluster,
      serviceName: grouped,
      metadata:
        typeof fields.metadata === 'string'
          ? JSON.parse(fields.metadata || '{}')
          : (fields.metadata ?? {}),
    };
    instancesOf(namespace, grouped).set(`${instance.ip}:${instance.port}`, instance);
    return instance;
  };

  const server = createServer(async (req, res) => {
    requestCount++;
    const send = (status, body, type = 'text/plain;charset=UTF-8') => {
      if (res.writableEnded) return;
      res.writeHead(status, { 'content-type': type });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    let params;
    let url;
    try {
      url = new URL(req.url, 'http://fake-nacos');
      const body = await readBody(req);
      params = {
        ...Object.fromEntries(url.searchParams),
        ...Object.fromEntries(new URLSearchParams(body)),
      };
    } catch (err) {
      return send(400, `bad request: ${err.message}`);
    }
    const path = url.pathname;
    log?.(
      `${req.method} ${path} ${JSON.stringify({ ...params, beat: params.beat ? '…' : undefined })}`,
    );

    // ---- configuration ----
    if (path === '/nacos/v1/cs/configs') {
      const key = configKey(params.dataId, params.group, params.tenant);
      if (!params.dataId) return send(400, 'dataId is required');
      if (req.method === 'GET') {
        const content = configs.get(key);
        return content === undefined ? send(404, 'config data not exist') : send(200, content);
      }
      if (req.method === 'POST') {
        configs.set(key, params.content ?? '');
        wakeListeners();
        return send(200, 'true');
      }
      if (req.method === 'DELETE') {
        configs.delete(key);
        wakeListeners();
        return send(200, 'true');
      }
    }
    if (path === '/nacos/v1/cs/configs/listener' && req.method === 'POST') {
      const listening = params['Listening-Configs'] || '';
      const changedNow = changedConfigs(listening);
      if (changedNow) return send(200, encodeURIComponent(changedNow));
      const holdMs = Math.min(Number(req.headers['long-pulling-timeout'] || 30000), longPollMaxMs);
      let answered = false;
      const answer = () => {
        if (answered) return;
        answered = true;
        heldListeners.delete(check);
        clearTimeout(timer);
        send(200, encodeURIComponent(changedConfigs(listening)));
      };
      const check = () => {
        if (changedConfigs(listening)) answer();
      };
      const timer = setTimeout(answer, holdMs);
      heldListeners.add(check);
      // `res` 'close' (not `req` 'close', which fires once the body is read) means the client left.
      res.on('close', () => {
        answered = true;
        heldListeners.delete(check);
        clearTimeout(timer);
      });
      return;
    }

    // ---- naming ----
    if (path === '/nacos/v1/ns/instance') {
      if (!params.serviceName || !params.ip || !params.port) {
        return send(400, 'serviceName, ip and port are required');
      }
      const grouped = groupedName(params.serviceName, params.groupName);
      if (req.method === 'POST') {
        putInstance(params.namespaceId, grouped, params);
        return send(200, 'ok');
      }
      if (req.method === 'PUT') {
        // Real Nacos >= 1.0 treats PUT as "update an existing instance".
        const existing = instancesOf(params.namespaceId, grouped).get(
          `${params.ip}:${params.port}`,
        );
        if (!existing) return send(400, `instance not found: ${params.ip}:${params.port}`);
        putInstance(params.namespaceId, grouped, { ...existing, ...params });
        return send(200, 'ok');
      }
      if (req.method === 'DELETE') {
        instancesOf(params.namespaceId, grouped).delete(`${params.ip}:${params.port}`);
        return send(200, 'ok');
      }
    }
    if (path === '/nacos/v1/ns/instance/list' && req.method === 'GET') {
      if (!params.serviceName) return send(400, 'serviceName is required');
      const grouped = groupedName(params.serviceName, params.groupName);
      let hosts = [...instancesOf(params.namespaceId, grouped).values()];
      if (params.healthyOnly === 'true') hosts = hosts.filter((host) => host.healthy);
      return send(
        200,
        {
          name: grouped,
          groupName: grouped.split('@@')[0],
          clusters: params.clusters || '',
          cacheMillis,
          hosts,
          lastRefTime: Date.now(),
          checksum: md5(JSON.stringify(hosts)),
          allIPs: false,
          reachProtectionThreshold: false,
          valid: true,
        },
        'application/json',
      );
    }
    if (path === '/nacos/v1/ns/instance/beat' && req.method === 'PUT') {
      let beat = {};
      try {
        beat = JSON.parse(params.beat || '{}');
      } catch {
        return send(400, 'beat must be JSON');
      }
      const grouped = groupedName(params.serviceName || beat.serviceName || '');
      const known = instancesOf(params.namespaceId, grouped).has(`${beat.ip}:${beat.port}`);
      // Like real Nacos, a beat for an unknown instance re-registers it from the beat's content.
      if (!known && beat.ip && beat.port) {
        putInstance(params.namespaceId, grouped, { ...beat, clusterName: beat.cluster });
      }
      return send(
        200,
        { clientBeatInterval: 5000, code: 10200, lightBeatEnabled: false },
        'application/json',
      );
    }
    if (path === '/nacos/v1/ns/operator/metrics')
      return send(200, { status: 'UP' }, 'application/json');
    if (path === '/nacos/v1/ns/service/list') {
      const namespace = params.namespaceId || DEFAULT_NAMESPACE;
      const doms = [...services.keys()]
        .filter((key) => key.startsWith(`${namespace}|`) && services.get(key).size > 0)
        .map((key) => key.split('@@')[1]);
      return send(200, { count: doms.length, doms }, 'application/json');
    }
    if (path === '/nacos/v1/auth/login') {
      return send(
        200,
        { accessToken: 'fake-token', tokenTtl: 18000, globalAdmin: true },
        'application/json',
      );
    }
    send(404, `not implemented by the fake: ${req.method} ${path}`);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const boundPort = server.address().port;
  let closing;

  return {
    port: boundPort,
    url: `http://127.0.0.1:${boundPort}`,
    /** Number of HTTP requests served so far. */
    get requestCount() {
      return requestCount;
    },
    /** Publishes (or replaces) a config, waking every listener that watches it. */
    async setConfig(dataId, group, content, tenant = '') {
      configs.set(configKey(dataId, group, tenant), content);
      wakeListeners();
    },
    async removeConfig(dataId, group, tenant = '') {
      configs.delete(configKey(dataId, group, tenant));
      wakeListeners();
    },
    /** Registered instances of a service (`name` or `group@@name`), as the list API returns them. */
    instances(serviceName, { group = DEFAULT_GROUP, namespace = DEFAULT_NAMESPACE } = {}) {
      const grouped = groupedName(serviceName, group);
      return [...(services.get(serviceKey(namespace, grouped))?.values() ?? [])].map((instance) =>
        structuredClone(instance),
      );
    },
    /** Stops listening and drops every connection, including held long-polls. */
    close() {
      closing ??= new Promise((resolve) => {
        for (const check of [...heldListeners]) heldListeners.delete(check);
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const quiet = process.env.FAKE_NACOS_QUIET === '1';
  const nacos = await startFakeNacos({
    port: Number(process.env.PORT ?? 8848),
    log: quiet ? undefined : (line) => console.log(`[fake-nacos] ${line}`),
  });
  console.log(`fake nacos listening on ${nacos.url}`);
  const stop = () => nacos.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
