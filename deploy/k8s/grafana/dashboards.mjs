// The Grafana dashboards of the mall, as data. deploy/k8s/generate.mjs writes each one to
// grafana/dashboards/<uid>.json, which grafana/kustomization.yaml turns into ConfigMaps.
// Every metric used here must be one the services expose (deploy/test/fixtures/metrics/) or one of the
// exporters listed in deploy/test/fixtures/exporter-metrics.txt: the deploy tests check it.

const RATE = '$__rate_interval';
const DATASOURCE = { type: 'prometheus', uid: '${datasource}' };

/** Lays panels out left to right, wrapping at Grafana's 24 columns. */
function layout(rows) {
  const panels = [];
  let y = 0;
  let id = 1;
  for (const row of rows) {
    if (row.title) {
      panels.push({
        id: id++,
        type: 'row',
        title: row.title,
        collapsed: false,
        gridPos: { x: 0, y, w: 24, h: 1 },
        panels: [],
      });
      y += 1;
    }
    let x = 0;
    let rowHeight = 0;
    for (const panel of row.panels) {
      if (x + panel.w > 24) {
        x = 0;
        y += rowHeight;
        rowHeight = 0;
      }
      const { w, h, ...rest } = panel;
      panels.push({ id: id++, ...rest, gridPos: { x, y, w, h } });
      x += w;
      rowHeight = Math.max(rowHeight, h);
    }
    y += rowHeight;
  }
  return panels;
}

const targets = (queries) =>
  queries.map(([expr, legendFormat], index) => ({
    refId: String.fromCharCode(65 + index),
    datasource: DATASOURCE,
    expr,
    legendFormat: legendFormat ?? '__auto',
  }));

/** A time series panel: queries are [expr, legend] pairs. */
function graph(title, queries, unit = 'short', { w = 12, h = 8, description } = {}) {
  return {
    type: 'timeseries',
    title,
    ...(description ? { description } : {}),
    datasource: DATASOURCE,
    targets: targets(queries),
    fieldConfig: {
      defaults: { unit, custom: { fillOpacity: 10, showPoints: 'never' } },
      overrides: [],
    },
    options: { legend: { displayMode: 'table', placement: 'bottom', calcs: ['mean', 'max'] } },
    w,
    h,
  };
}

/** A single-value panel. */
function stat(title, expr, unit = 'short', thresholds = undefined) {
  return {
    type: 'stat',
    title,
    datasource: DATASOURCE,
    targets: targets([[expr, title]]),
    fieldConfig: {
      defaults: {
        unit,
        ...(thresholds
          ? {
              thresholds: {
                mode: 'absolute',
                steps: thresholds.map(([value, color]) => ({ value, color })),
              },
            }
          : {}),
      },
      overrides: [],
    },
    options: { reduceOptions: { calcs: ['lastNotNull'] }, colorMode: 'value', graphMode: 'area' },
    w: 6,
    h: 4,
  };
}

/** A table of instant values. */
function table(title, expr, legend, unit = 'short') {
  return {
    type: 'table',
    title,
    datasource: DATASOURCE,
    targets: [{ ...targets([[expr, legend]])[0], instant: true, format: 'table' }],
    fieldConfig: { defaults: { unit }, overrides: [] },
    options: { showHeader: true, sortBy: [{ displayName: 'Value', desc: true }] },
    transformations: [{ id: 'organize', options: { excludeByName: { Time: true } } }],
    w: 12,
    h: 9,
  };
}

const datasourceVariable = {
  name: 'datasource',
  label: 'Data source',
  type: 'datasource',
  query: 'prometheus',
  current: {},
  hide: 0,
};

function queryVariable(name, label, query, { multi = true } = {}) {
  return {
    name,
    label,
    type: 'query',
    datasource: DATASOURCE,
    definition: query,
    query: { query, refId: `${name}-variable` },
    refresh: 2,
    multi,
    includeAll: multi,
    allValue: '.*',
    current: {},
    sort: 1,
    hide: 0,
  };
}

function dashboard(uid, title, description, variables, rows) {
  return {
    uid,
    title,
    description,
    tags: ['mall'],
    editable: true,
    schemaVersion: 39,
    version: 1,
    refresh: '30s',
    time: { from: 'now-1h', to: 'now' },
    timezone: 'browser',
    graphTooltip: 1,
    templating: { list: [datasourceVariable, ...variables] },
    annotations: { list: [] },
    panels: layout(rows),
  };
}

const svc = 'service=~"$service"';
const http = (selector = '') => `http_server_requests_seconds_count{${svc}${selector}}`;
const quantile = (q, by, selector = '') =>
  `histogram_quantile(${q}, sum by (le${by ? `, ${by}` : ''}) (rate(http_server_requests_seconds_bucket{${svc}${selector}}[${RATE}])))`;
// A failure is an envelope code other than 200, or an HTTP 5xx answered without an envelope.
const failures = (by) =>
  `sum${by ? ` by (${by})` : ''} (rate(${http(',code!~"200|none"')}[${RATE}]) or rate(${http(',code="none",status=~"5.."')}[${RATE}]))`;

function services() {
  const serviceVariable = queryVariable(
    'service',
    'Service',
    'label_values(http_server_requests_seconds_count, service)',
  );
  return dashboard(
    'mall-services',
    'mall / Services',
    'Traffic, failures and latency of every mall service, from http_server_requests_seconds.',
    [serviceVariable],
    [
      {
        panels: [
          stat('Requests/s', `sum(rate(${http()}[${RATE}]))`, 'reqps'),
          stat('Failure ratio', `${failures('')} / sum(rate(${http()}[${RATE}]))`, 'percentunit', [
            [null, 'green'],
            [0.01, 'orange'],
            [0.05, 'red'],
          ]),
          stat('p99 latency', quantile(0.99, ''), 's', [
            [null, 'green'],
            [0.5, 'orange'],
            [1, 'red'],
          ]),
          stat('In flight', `sum(http_server_requests_in_flight{${svc}})`),
        ],
      },
      {
        title: 'Traffic',
        panels: [
          graph(
            'Requests/s by service',
            [[`sum by (service) (rate(${http()}[${RATE}]))`, '{{service}}']],
            'reqps',
          ),
          graph('Failures/s by service', [[failures('service'), '{{service}}']], 'reqps', {
            description: 'Envelope code other than 200 (HTTP 200 answers included), or HTTP 5xx.',
          }),
          graph(
            'Envelope codes',
            [[`sum by (code) (rate(${http(',code!="none"')}[${RATE}]))`, 'code {{code}}']],
            'reqps',
          ),
          graph(
            'HTTP status',
            [[`sum by (status) (rate(${http()}[${RATE}]))`, '{{status}}']],
            'reqps',
          ),
        ],
      },
      {
        title: 'Latency',
        panels: [
          graph('p99 by service', [[quantile(0.99, 'service'), '{{service}}']], 's'),
          graph(
            'p50 / p95 / p99',
            [
              [quantile(0.5, ''), 'p50'],
              [quantile(0.95, ''), 'p95'],
              [quantile(0.99, ''), 'p99'],
            ],
            's',
          ),
          table(
            'Slowest routes (p99, 5m)',
            `topk(15, histogram_quantile(0.99, sum by (le, service, method, route) (rate(http_server_requests_seconds_bucket{${svc}}[5m]))))`,
            '{{service}} {{method}} {{route}}',
            's',
          ),
          table(
            'Busiest routes (req/s, 5m)',
            `topk(15, sum by (service, method, route) (rate(${http()}[5m])))`,
            '{{service}} {{method}} {{route}}',
            'reqps',
          ),
        ],
      },
      {
        title: 'Orders and gateway',
        panels: [
          graph('Orders per minute', [
            [`sum(rate(mall_orders_created_total[${RATE}])) * 60`, 'created'],
            [`sum(rate(mall_orders_paid_total[${RATE}])) * 60`, 'paid'],
            [
              `sum by (reason) (rate(mall_orders_cancelled_total[${RATE}])) * 60`,
              'cancelled ({{reason}})',
            ],
            [
              `sum(rate(mall_order_cancel_publish_failures_total[${RATE}])) * 60`,
              'cancel message lost',
            ],
          ]),
          graph(
            'Gateway refusals and upstream failures',
            [
              [
                `sum by (reason) (rate(gateway_rejected_requests_total[${RATE}]))`,
                'refused: {{reason}}',
              ],
              [
                `sum by (service, kind) (rate(gateway_upstream_failures_total[${RATE}]))`,
                'upstream {{service}}: {{kind}}',
              ],
              [
                `sum by (service) (rate(gateway_upstream_retries_total[${RATE}]))`,
                'retried {{service}}',
              ],
            ],
            'reqps',
          ),
          graph('Instances up', [[`sum by (job) (up{job=~"mall-.+"})`, '{{job}}']], 'short', {
            w: 24,
          }),
        ],
      },
    ],
  );
}

function nodeRuntime() {
  const by = 'service=~"$service", pod=~"$pod"';
  return dashboard(
    'mall-node-runtime',
    'mall / Node.js runtime',
    'Event loop, memory, GC and connection pools of each service process (prom-client defaults and the bootstrap gauges).',
    [
      queryVariable('service', 'Service', 'label_values(nodejs_version_info, service)'),
      queryVariable('pod', 'Pod', 'label_values(nodejs_version_info{service=~"$service"}, pod)'),
    ],
    [
      {
        title: 'Event loop and CPU',
        panels: [
          graph(
            'Event loop lag p99',
            [[`max by (pod) (nodejs_eventloop_lag_p99_seconds{${by}})`, '{{pod}}']],
            's',
          ),
          graph(
            'Event loop lag mean',
            [[`max by (pod) (nodejs_eventloop_lag_mean_seconds{${by}})`, '{{pod}}']],
            's',
          ),
          graph('CPU (cores)', [
            [`sum by (pod) (rate(process_cpu_seconds_total{${by}}[${RATE}]))`, '{{pod}}'],
          ]),
          graph(
            'GC time per second',
            [
              [
                `sum by (pod, kind) (rate(nodejs_gc_duration_seconds_sum{${by}}[${RATE}]))`,
                '{{pod}} {{kind}}',
              ],
            ],
            's',
          ),
        ],
      },
      {
        title: 'Memory',
        panels: [
          graph(
            'Resident memory',
            [[`sum by (pod) (process_resident_memory_bytes{${by}})`, '{{pod}}']],
            'bytes',
          ),
          graph(
            'Heap used / total',
            [
              [`sum by (pod) (nodejs_heap_size_used_bytes{${by}})`, '{{pod}} used'],
              [`sum by (pod) (nodejs_heap_size_total_bytes{${by}})`, '{{pod}} total'],
            ],
            'bytes',
          ),
          graph('Handles and requests', [
            [`sum by (pod) (nodejs_active_handles_total{${by}})`, '{{pod}} handles'],
            [`sum by (pod) (nodejs_active_requests_total{${by}})`, '{{pod}} requests'],
          ]),
          graph('Open file descriptors', [[`sum by (pod) (process_open_fds{${by}})`, '{{pod}}']]),
        ],
      },
      {
        title: 'Connections',
        panels: [
          graph('MySQL pool', [
            [`sum by (pod, state) (db_pool_connections{${by}})`, '{{pod}} {{state}}'],
          ]),
          graph('Redis / RabbitMQ connected', [
            [`min by (pod) (redis_connected{${by}})`, '{{pod}} redis'],
            [`min by (pod) (rabbitmq_connected{${by}})`, '{{pod}} rabbitmq'],
          ]),
        ],
      },
    ],
  );
}

function mysql() {
  const i = 'instance=~"$instance"';
  return dashboard(
    'mall-mysql',
    'mall / MySQL',
    'The mall database, from mysqld-exporter.',
    [queryVariable('instance', 'Instance', 'label_values(mysql_up, instance)')],
    [
      {
        panels: [
          stat('Up', `min(mysql_up{${i}})`, 'short', [
            [null, 'red'],
            [1, 'green'],
          ]),
          stat('Connections', `sum(mysql_global_status_threads_connected{${i}})`),
          stat('Queries/s', `sum(rate(mysql_global_status_queries{${i}}[${RATE}]))`, 'qps'),
          stat(
            'Slow queries/s',
            `sum(rate(mysql_global_status_slow_queries{${i}}[${RATE}]))`,
            'qps',
          ),
        ],
      },
      {
        title: 'Load',
        panels: [
          graph('Connections', [
            [`sum(mysql_global_status_threads_connected{${i}})`, 'connected'],
            [`sum(mysql_global_status_threads_running{${i}})`, 'running'],
            [`max(mysql_global_variables_max_connections{${i}})`, 'max'],
          ]),
          graph(
            'Statements by command',
            [
              [
                `topk(8, sum by (command) (rate(mysql_global_status_commands_total{${i}}[${RATE}])))`,
                '{{command}}',
              ],
            ],
            'ops',
          ),
          graph(
            'InnoDB buffer pool hit ratio',
            [
              [
                `1 - sum(rate(mysql_global_status_innodb_buffer_pool_reads{${i}}[${RATE}])) / sum(rate(mysql_global_status_innodb_buffer_pool_read_requests{${i}}[${RATE}]))`,
                'hit ratio',
              ],
            ],
            'percentunit',
          ),
          graph(
            'Row lock waits/s',
            [[`sum(rate(mysql_global_status_innodb_row_lock_waits{${i}}[${RATE}]))`, 'waits']],
            'ops',
          ),
          graph(
            'Network',
            [
              [`sum(rate(mysql_global_status_bytes_received{${i}}[${RATE}]))`, 'in'],
              [`sum(rate(mysql_global_status_bytes_sent{${i}}[${RATE}]))`, 'out'],
            ],
            'Bps',
            { w: 24 },
          ),
        ],
      },
    ],
  );
}

function redis() {
  const i = 'instance=~"$instance"';
  return dashboard(
    'mall-redis',
    'mall / Redis',
    'Caches, auth codes and order sequences, from redis_exporter.',
    [queryVariable('instance', 'Instance', 'label_values(redis_up, instance)')],
    [
      {
        panels: [
          stat('Up', `min(redis_up{${i}})`, 'short', [
            [null, 'red'],
            [1, 'green'],
          ]),
          stat('Clients', `sum(redis_connected_clients{${i}})`),
          stat('Commands/s', `sum(rate(redis_commands_processed_total{${i}}[${RATE}]))`, 'ops'),
          stat('Memory used', `sum(redis_memory_used_bytes{${i}})`, 'bytes'),
        ],
      },
      {
        title: 'Load',
        panels: [
          graph(
            'Hit ratio',
            [
              [
                `sum(rate(redis_keyspace_hits_total{${i}}[${RATE}])) / (sum(rate(redis_keyspace_hits_total{${i}}[${RATE}])) + sum(rate(redis_keyspace_misses_total{${i}}[${RATE}])))`,
                'hits',
              ],
            ],
            'percentunit',
          ),
          graph(
            'Commands by type',
            [[`topk(8, sum by (cmd) (rate(redis_commands_total{${i}}[${RATE}])))`, '{{cmd}}']],
            'ops',
          ),
          graph(
            'Memory',
            [
              [`sum(redis_memory_used_bytes{${i}})`, 'used'],
              [`sum(redis_memory_max_bytes{${i}})`, 'maxmemory'],
            ],
            'bytes',
          ),
          graph('Keys, expirations and evictions', [
            [`sum by (db) (redis_db_keys{${i}})`, 'keys {{db}}'],
            [`sum(rate(redis_expired_keys_total{${i}}[${RATE}]))`, 'expired/s'],
            [`sum(rate(redis_evicted_keys_total{${i}}[${RATE}]))`, 'evicted/s'],
          ]),
        ],
      },
    ],
  );
}

function rabbitmq() {
  return dashboard(
    'mall-rabbitmq',
    'mall / RabbitMQ',
    'Order cancellation delays, catalog events and their dead letters, from the rabbitmq_prometheus plugin.',
    [queryVariable('queue', 'Queue', 'label_values(rabbitmq_queue_messages_ready, queue)')],
    [
      {
        panels: [
          stat('Connections', 'sum(rabbitmq_connections)'),
          stat('Channels', 'sum(rabbitmq_channels)'),
          stat('Consumers', 'sum(rabbitmq_consumers)'),
          stat('Queues', 'sum(rabbitmq_queues)'),
        ],
      },
      {
        title: 'Messages',
        panels: [
          graph('Ready by queue', [
            [`sum by (queue) (rabbitmq_queue_messages_ready{queue=~"$queue"})`, '{{queue}}'],
          ]),
          graph('Unacknowledged by queue', [
            [`sum by (queue) (rabbitmq_queue_messages_unacked{queue=~"$queue"})`, '{{queue}}'],
          ]),
          graph(
            'Message rates',
            [
              [`sum(rate(rabbitmq_global_messages_received_total[${RATE}]))`, 'published'],
              [`sum(rate(rabbitmq_global_messages_routed_total[${RATE}]))`, 'routed'],
              [`sum(rate(rabbitmq_global_messages_delivered_total[${RATE}]))`, 'delivered'],
              [`sum(rate(rabbitmq_global_messages_acknowledged_total[${RATE}]))`, 'acknowledged'],
              [`sum(rate(rabbitmq_global_messages_redelivered_total[${RATE}]))`, 'redelivered'],
            ],
            'ops',
          ),
          graph(
            'Memory',
            [
              [`sum(rabbitmq_process_resident_memory_bytes)`, 'resident'],
              [`sum(rabbitmq_resident_memory_limit_bytes)`, 'high watermark'],
            ],
            'bytes',
          ),
        ],
      },
    ],
  );
}

function mongodb() {
  const i = 'instance=~"$instance"';
  return dashboard(
    'mall-mongodb',
    'mall / MongoDB',
    'Member read history, collections and brand attention, from mongodb_exporter.',
    [queryVariable('instance', 'Instance', 'label_values(mongodb_up, instance)')],
    [
      {
        panels: [
          stat('Up', `min(mongodb_up{${i}})`, 'short', [
            [null, 'red'],
            [1, 'green'],
          ]),
          stat('Connections', `sum(mongodb_ss_connections{${i}, conn_type="current"})`),
          stat('Operations/s', `sum(rate(mongodb_ss_opcounters{${i}}[${RATE}]))`, 'ops'),
          stat('Resident memory', `sum(mongodb_ss_mem_resident{${i}}) * 1024 * 1024`, 'bytes'),
        ],
      },
      {
        title: 'Load',
        panels: [
          graph(
            'Operations by type',
            [
              [
                `sum by (legacy_op_type) (rate(mongodb_ss_opcounters{${i}}[${RATE}]))`,
                '{{legacy_op_type}}',
              ],
            ],
            'ops',
          ),
          graph('Connections', [
            [
              `sum by (conn_type) (mongodb_ss_connections{${i}, conn_type=~"current|available"})`,
              '{{conn_type}}',
            ],
          ]),
          graph(
            'Network',
            [
              [`sum(rate(mongodb_ss_network_bytesIn{${i}}[${RATE}]))`, 'in'],
              [`sum(rate(mongodb_ss_network_bytesOut{${i}}[${RATE}]))`, 'out'],
            ],
            'Bps',
            { w: 24 },
          ),
        ],
      },
    ],
  );
}

/** Every dashboard, in the order Grafana lists them. */
export function dashboards() {
  return [services(), nodeRuntime(), mysql(), redis(), rabbitmq(), mongodb()];
}
