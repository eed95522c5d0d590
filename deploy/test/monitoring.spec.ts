import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse, stringify } from 'yaml';
import { exposedMetricNames, metricNames } from './support/promql';
import { describeWithTools, DEPLOY_DIR, run } from './support/tools';

const FIXTURES = path.join(DEPLOY_DIR, 'test', 'fixtures');
const RULES_FILE = path.join(DEPLOY_DIR, 'k8s', 'base', 'monitoring', 'rules.yaml');
const DASHBOARDS_DIR = path.join(DEPLOY_DIR, 'k8s', 'grafana', 'dashboards');

interface RuleGroup {
  name: string;
  rules: Array<{
    record?: string;
    alert?: string;
    expr: string;
    annotations?: Record<string, string>;
  }>;
}

interface Panel {
  type: string;
  title: string;
  datasource?: { type: string; uid: string };
  targets?: Array<{ expr: string }>;
  gridPos: { x: number; y: number; w: number; h: number };
}

interface Dashboard {
  uid: string;
  title: string;
  panels: Panel[];
  templating: { list: Array<{ name: string; type: string; query?: { query: string } | string }> };
}

const ruleGroups = (): RuleGroup[] =>
  (parse(readFileSync(RULES_FILE, 'utf8')) as { spec: { groups: RuleGroup[] } }).spec.groups;

const dashboards = (): Dashboard[] =>
  readdirSync(DASHBOARDS_DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(path.join(DASHBOARDS_DIR, file), 'utf8')) as Dashboard);

/** Every series the services expose (captured from running services) or an exporter provides. */
function knownMetrics(): Set<string> {
  const known = new Set<string>();
  const metricsDir = path.join(FIXTURES, 'metrics');
  for (const file of readdirSync(metricsDir)) {
    for (const name of exposedMetricNames(readFileSync(path.join(metricsDir, file), 'utf8')))
      known.add(name);
  }
  for (const line of readFileSync(path.join(FIXTURES, 'exporter-metrics.txt'), 'utf8').split(
    '\n',
  )) {
    if (line.trim() && !line.startsWith('#')) known.add(line.trim());
  }
  return known;
}

/** Queries of a dashboard: panel targets and query variables. */
function dashboardQueries(dashboard: Dashboard): Array<{ where: string; expr: string }> {
  const queries = dashboard.panels.flatMap((panel) =>
    (panel.targets ?? []).map((target) => ({
      where: `${dashboard.uid} / ${panel.title}`,
      expr: target.expr,
    })),
  );
  for (const variable of dashboard.templating.list) {
    if (variable.type !== 'query' || !variable.query) continue;
    const query = typeof variable.query === 'string' ? variable.query : variable.query.query;
    queries.push({ where: `${dashboard.uid} / $${variable.name}`, expr: query });
  }
  return queries;
}

describe('metric names', () => {
  it('are read from PromQL without functions, labels, ranges or grouping', () => {
    expect(
      metricNames(
        'histogram_quantile(0.99, sum by (le, service) (rate(http_server_requests_seconds_bucket{service=~"$service", code!~"200|none"}[$__rate_interval]))) > 1',
      ),
    ).toEqual(['http_server_requests_seconds_bucket']);
    expect(
      metricNames(
        'redis_memory_max_bytes > 0 and redis_memory_used_bytes / redis_memory_max_bytes > 0.9',
      ),
    ).toEqual(['redis_memory_max_bytes', 'redis_memory_used_bytes']);
    expect(metricNames('label_values(nodejs_version_info{service=~"$service"}, pod)')).toEqual([
      'nodejs_version_info',
    ]);
    expect(metricNames('sum(rate(mall_orders_created_total[5m] offset 1h)) * 60')).toEqual([
      'mall_orders_created_total',
    ]);
  });

  it('the fixtures hold the services’ HTTP histogram, runtime, pool and business metrics', () => {
    const known = knownMetrics();
    for (const name of [
      'http_server_requests_seconds_bucket',
      'http_server_requests_in_flight',
      'nodejs_eventloop_lag_p99_seconds',
      'db_pool_connections',
      'redis_connected',
      'rabbitmq_connected',
      'mall_orders_created_total',
      'gateway_upstream_failures_total',
    ]) {
      expect(known).toContain(name);
    }
  });

  it('every dashboard query uses metrics the services or the exporters expose', () => {
    const known = knownMetrics();
    const unknown = dashboards().flatMap((dashboard) =>
      dashboardQueries(dashboard).flatMap(({ where, expr }) =>
        metricNames(expr)
          .filter((name) => !known.has(name))
          .map((name) => `${where}: ${name}`),
      ),
    );
    expect(unknown).toEqual([]);
  });

  it('every alert and recording rule uses metrics the services, the exporters or other rules provide', () => {
    const known = knownMetrics();
    for (const group of ruleGroups())
      for (const rule of group.rules) if (rule.record) known.add(rule.record);
    const unknown = ruleGroups().flatMap((group) =>
      group.rules.flatMap((rule) =>
        metricNames(rule.expr)
          .filter((name) => !known.has(name))
          .map((name) => `${rule.alert ?? rule.record}: ${name}`),
      ),
    );
    expect(unknown).toEqual([]);
  });
});

describe('Grafana dashboards', () => {
  it('cover the services, the Node runtime, MySQL, Redis, RabbitMQ and MongoDB', () => {
    expect(
      dashboards()
        .map((dashboard) => dashboard.uid)
        .sort(),
    ).toEqual([
      'mall-mongodb',
      'mall-mysql',
      'mall-node-runtime',
      'mall-rabbitmq',
      'mall-redis',
      'mall-services',
    ]);
  });

  it('have unique panel ids, queries on the Prometheus data source variable and a 24-column layout', () => {
    for (const dashboard of dashboards()) {
      const ids = dashboard.panels.map((panel) => (panel as unknown as { id: number }).id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(dashboard.templating.list[0]).toMatchObject({
        name: 'datasource',
        type: 'datasource',
      });
      for (const panel of dashboard.panels) {
        expect(panel.gridPos.x + panel.gridPos.w).toBeLessThanOrEqual(24);
        if (panel.type === 'row') continue;
        expect(panel.datasource).toEqual({ type: 'prometheus', uid: '${datasource}' });
        expect(panel.targets?.length).toBeGreaterThan(0);
      }
    }
  });
});

describeWithTools(['promtool'], 'Prometheus rules (promtool)', () => {
  let workDir: string;

  beforeAll(() => {
    workDir = mkdtempSync(path.join(tmpdir(), 'mall-rules-'));
    // promtool reads plain rule files: the PrometheusRule's spec is one.
    writeFileSync(path.join(workDir, 'rules.yml'), stringify({ groups: ruleGroups() }));
    copyFileSync(path.join(FIXTURES, 'rules-test.yaml'), path.join(workDir, 'rules-test.yaml'));
  });
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('promtool check rules accepts every group', () => {
    const result = run('promtool', ['check', 'rules', path.join(workDir, 'rules.yml')]);
    expect(result.stderr + result.stdout).toContain('SUCCESS');
    expect(result.status).toBe(0);
  });

  it('promtool test rules: failure ratio, a pod down and dead letters alert as expected', () => {
    const result = run('promtool', ['test', 'rules', 'rules-test.yaml'], { cwd: workDir });
    expect(result.stdout + result.stderr).toContain('SUCCESS');
    expect(result.status).toBe(0);
  });
});
