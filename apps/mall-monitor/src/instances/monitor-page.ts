/** The overview page: a table refreshed every 5 s from GET /instances. No external assets. */
export const MONITOR_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>mall monitor</title>
<style>
body{font:14px system-ui,sans-serif;margin:2rem;color:#222}
table{border-collapse:collapse;width:100%}th,td{padding:.4rem .6rem;border-bottom:1px solid #ddd;text-align:left}
.UP{color:#0a7d2c;font-weight:600}.DOWN,.UNREACHABLE{color:#b00020;font-weight:600}small{color:#666}
</style></head><body>
<h1>mall monitor</h1><p><small id="at">loading…</small></p>
<table><thead><tr><th>service</th><th>instance</th><th>status</th><th>dependencies</th><th>RSS</th>
<th>heap used</th><th>event-loop lag p99</th><th>requests</th><th>uptime</th></tr></thead><tbody id="rows"></tbody></table>
<script>
const mb = (b) => (b == null ? '' : (b / 1048576).toFixed(0) + ' MB');
const esc = (s) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
async function refresh() {
  try {
    const res = await fetch('instances');
    const { data } = await res.json();
    document.getElementById('rows').innerHTML = data.map((i) => '<tr><td>' + esc(i.service) + '</td><td>' +
      esc(i.host + ':' + i.port) + '</td><td class="' + esc(i.status) + '">' + esc(i.status) + (i.error ? ' <small>' + esc(i.error) + '</small>' : '') +
      '</td><td>' + esc(Object.entries(i.components || {}).map(([k, v]) => k + ' ' + v).join(', ')) + '</td><td>' + mb(i.rssBytes) +
      '</td><td>' + mb(i.heapUsedBytes) + '</td><td>' + (i.eventLoopLagP99Seconds == null ? '' : (i.eventLoopLagP99Seconds * 1000).toFixed(1) + ' ms') +
      '</td><td>' + esc(i.httpRequestsTotal ?? '') + '</td><td>' + esc(i.uptimeSeconds == null ? '' : i.uptimeSeconds + ' s') + '</td></tr>').join('');
    document.getElementById('at').textContent = 'updated ' + new Date().toLocaleTimeString();
  } catch (e) { document.getElementById('at').textContent = 'refresh failed: ' + e; }
}
refresh(); setInterval(refresh, 5000);
</script></body></html>`;
