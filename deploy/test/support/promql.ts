/**
 * Metric names used by a PromQL expression (or a Grafana query such as label_values(metric, label)).
 * String literals, label matchers, range/offset brackets, grouping clauses, functions, aggregation
 * operators, keywords, numbers and Grafana variables are not metric names.
 */
const KEYWORDS = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'bool',
  'and',
  'or',
  'unless',
  'offset',
  'atan2',
  'inf',
  'nan',
]);

export function metricNames(expression: string): string[] {
  const text = expression
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, ' ') // strings
    .replace(/\{[^}]*\}/g, ' ') // label matchers
    .replace(/\[[^\]]*\]/g, ' ') // ranges and subqueries
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ') // label lists
    .replace(/\$\{?\w+\}?/g, ' '); // Grafana variables ($service, $__rate_interval)
  const names = new Set<string>();
  const identifier = /[A-Za-z_:][A-Za-z0-9_:]*/g;
  for (let match = identifier.exec(text); match; match = identifier.exec(text)) {
    const name = match[0];
    const before = text[match.index - 1];
    const after = text.slice(match.index + name.length).trimStart();
    if (after.startsWith('(')) continue; // a function or an aggregation operator
    if (KEYWORDS.has(name.toLowerCase())) continue;
    if (before !== undefined && /[0-9.]/.test(before)) continue; // 1e3, 5m inside numbers
    names.add(name);
  }
  // label_values(metric, label): the second argument is a label name.
  for (const call of expression.matchAll(
    /label_values\(\s*([A-Za-z_:][\w:]*)[^,)]*,\s*(\w+)\s*\)/g,
  )) {
    names.delete(call[2]);
    names.add(call[1]);
  }
  return [...names].sort();
}

/**
 * Names of the series a Prometheus text exposition offers: every sample name, plus the _bucket, _sum
 * and _count series of each histogram and summary declared with # TYPE (which exist once observed).
 */
export function exposedMetricNames(exposition: string): Set<string> {
  const names = new Set<string>();
  for (const line of exposition.split('\n')) {
    const type = /^# TYPE (\S+) (\w+)/.exec(line);
    if (type) {
      names.add(type[1]);
      if (type[2] === 'histogram')
        for (const suffix of ['_bucket', '_sum', '_count']) names.add(type[1] + suffix);
      if (type[2] === 'summary')
        for (const suffix of ['_sum', '_count']) names.add(type[1] + suffix);
      continue;
    }
    const sample = /^([A-Za-z_:][\w:]*)[{ ]/.exec(line);
    if (sample) names.add(sample[1]);
  }
  return names;
}
