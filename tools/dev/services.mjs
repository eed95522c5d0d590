// The nine services, their ports and what they need, in start order (the gateway last).
export const SERVICES = [
  { name: 'mall-auth', port: 8401, deps: ['mysql', 'redis'] },
  { name: 'mall-admin', port: 8087, deps: ['mysql', 'redis', 'rabbitmq'] },
  { name: 'mall-member', port: 8083, deps: ['mysql', 'redis', 'rabbitmq'] },
  { name: 'mall-portal', port: 8085, deps: ['mysql', 'redis', 'rabbitmq'] },
  { name: 'mall-cart', port: 8086, deps: ['mysql', 'redis', 'rabbitmq'] },
  { name: 'mall-order', port: 8084, deps: ['mysql', 'redis', 'rabbitmq'] },
  { name: 'mall-search', port: 8081, deps: ['mysql', 'rabbitmq'] },
  { name: 'mall-monitor', port: 8101, deps: [] },
  { name: 'mall-gateway', port: 8201, deps: ['redis'] },
];

export const INFRA = {
  mysql: {
    label: 'MariaDB/MySQL',
    host: process.env.MYSQL_HOST ?? '127.0.0.1',
    port: Number(process.env.MYSQL_PORT ?? 3306),
  },
  redis: {
    label: 'Redis',
    host: process.env.REDIS_HOST ?? '127.0.0.1',
    port: Number(process.env.REDIS_PORT ?? 6379),
  },
  rabbitmq: {
    label: 'RabbitMQ',
    ...hostPortOf(process.env.RABBITMQ_URL ?? 'amqp://guest:guest@127.0.0.1:5672'),
  },
};

function hostPortOf(url) {
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port || 5672) };
}

export const START_HINT = {
  mysql:
    'start it with `sudo bash tools/infra/start-deps.sh` (or `sudo systemctl start mariadb`), or set MYSQL_HOST/MYSQL_PORT',
  redis:
    'start it with `sudo bash tools/infra/start-deps.sh` (or `sudo systemctl start redis-server`), or set REDIS_HOST/REDIS_PORT',
  rabbitmq:
    'start it with `sudo bash tools/infra/start-deps.sh` (or `sudo systemctl start rabbitmq-server`), or set RABBITMQ_URL',
};
