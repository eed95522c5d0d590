import type { FastifyInstance } from 'fastify';

/** One entry of the Swagger UI's document selector (also the Knife4j `/swagger-resources` shape). */
export interface ApiDocsResource {
  name: string;
  url: string;
  location: string;
  swaggerVersion: string;
}

/** The OpenAPI documents the gateway offers: its own, then each routed service's through the proxy. */
export function apiDocsResources(routes: readonly string[]): ApiDocsResource[] {
  const entry = (name: string, url: string): ApiDocsResource => ({
    name,
    url,
    location: url,
    swaggerVersion: '3.0',
  });
  return [
    ...routes.map((service) => entry(service, `/${service}/v3/api-docs`)),
    entry('mall-gateway', '/v3/api-docs'),
  ];
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The Swagger UI page with a selector over every service's document (assets from /swagger-ui/). */
export function aggregatedSwaggerUiHtml(resources: readonly ApiDocsResource[]): string {
  const urls = resources.map(({ name, url }) => ({ name, url }));
  // JSON inside a <script>: `<` is escaped so no document name can close the tag.
  const config = JSON.stringify({
    urls,
    'urls.primaryName': urls[0]?.name,
    dom_id: '#swagger-ui',
    deepLinking: true,
    persistAuthorization: true,
    layout: 'StandaloneLayout',
  }).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <title>${escapeHtml('mall API documentation')}</title>
  <link rel="stylesheet" type="text/css" href="/swagger-ui/swagger-ui.css">
  <link rel="icon" type="image/png" href="/swagger-ui/favicon-32x32.png" sizes="32x32">
  <style>html{box-sizing:border-box;overflow-y:scroll}body{margin:0;background:#fafafa}</style>
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/swagger-ui/swagger-ui-bundle.js" charset="UTF-8"></script>
  <script src="/swagger-ui/swagger-ui-standalone-preset.js" charset="UTF-8"></script>
  <script>
    window.onload = function () {
      var config = ${config};
      config.presets = [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset];
      config.plugins = [SwaggerUIBundle.plugins.DownloadUrl];
      window.ui = SwaggerUIBundle(config);
    };
  </script>
</body>
</html>
`;
}

const UI_PAGES = new Set(['/swagger-ui', '/swagger-ui/', '/swagger-ui/index.html']);

/**
 * Serves the aggregated page at /swagger-ui. The shared bootstrap already mounted a Swagger UI
 * there for the gateway's own document (and its static assets, which this page reuses); this hook
 * answers the page requests before that route runs.
 */
export function registerAggregatedSwaggerUi(
  fastify: FastifyInstance,
  routes: () => readonly string[],
): void {
  let cached: { routes: readonly string[]; html: string } | null = null;
  fastify.addHook('onRequest', (request, reply, done) => {
    if (request.method !== 'GET' || !request.url.startsWith('/swagger-ui')) {
      done();
      return;
    }
    const queryStart = request.url.indexOf('?');
    const path = queryStart < 0 ? request.url : request.url.slice(0, queryStart);
    if (!UI_PAGES.has(path)) {
      done();
      return;
    }
    const current = routes();
    if (cached?.routes !== current) {
      cached = { routes: current, html: aggregatedSwaggerUiHtml(apiDocsResources(current)) };
    }
    reply.code(200).type('text/html; charset=utf-8').send(cached.html);
  });
}
