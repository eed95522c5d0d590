// HEALTHCHECK of the mall images: GET /actuator/health/liveness on the port the service listens on,
// found the way the service finds it (SERVER_PORT, PORT, then server.port of its config files).
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

function configuredPort() {
  const fromEnv = process.env.SERVER_PORT || process.env.PORT;
  if (fromEnv) return Number(fromEnv);
  const { parse } = require('yaml');
  const dir = process.env.MALL_CONFIG_DIR || path.join(__dirname, 'config');
  const app = process.env.MALL_APP;
  const profile = process.env.MALL_PROFILE || 'dev';
  let port;
  for (const name of [`${app}.yaml`, `${app}-${profile}.yaml`]) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) continue;
    const value = parse(fs.readFileSync(file, 'utf8'))?.server?.port;
    if (value !== undefined && value !== null) port = Number(value);
  }
  return port;
}

const port = configuredPort();
if (!Number.isInteger(port) || port <= 0) {
  console.error('healthcheck: no server port (SERVER_PORT, PORT or server.port in the config)');
  process.exit(1);
}
const request = http.get(
  { host: '127.0.0.1', port, path: '/actuator/health/liveness', timeout: 3000 },
  (response) => {
    response.resume();
    process.exit(response.statusCode === 200 ? 0 : 1);
  },
);
request.on('timeout', () => request.destroy(new Error('timeout')));
request.on('error', (error) => {
  console.error(`healthcheck: ${error.message}`);
  process.exit(1);
});
