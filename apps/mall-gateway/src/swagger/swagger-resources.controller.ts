import { Controller, Get, Redirect } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { GatewayRuntime } from '../gateway-runtime';
import { apiDocsResources, type ApiDocsResource } from './aggregated-docs';

/**
 * The Knife4j/springfox endpoints of the original gateway, for UIs that read them: the list of API
 * documents and the (default) UI and security settings. `/doc.html` leads to the Swagger UI.
 */
@ApiExcludeController()
@Controller()
export class SwaggerResourcesController {
  constructor(private readonly runtime: GatewayRuntime) {}

  @Get('swagger-resources')
  resources(): ApiDocsResource[] {
    return apiDocsResources(this.runtime.settings.routes);
  }

  @Get('swagger-resources/configuration/ui')
  uiConfiguration(): Record<string, unknown> {
    return {
      deepLinking: true,
      displayOperationId: false,
      defaultModelsExpandDepth: 1,
      defaultModelExpandDepth: 1,
      defaultModelRendering: 'example',
      displayRequestDuration: false,
      docExpansion: 'none',
      filter: false,
      operationsSorter: 'alpha',
      showExtensions: false,
      tagsSorter: 'alpha',
      validatorUrl: '',
      supportedSubmitMethods: ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'],
    };
  }

  @Get('swagger-resources/configuration/security')
  securityConfiguration(): Record<string, unknown> {
    return {
      apiKeyVehicle: 'header',
      scopeSeparator: ',',
      useBasicAuthenticationWithAccessCodeGrant: false,
      enableCsrfSupport: false,
    };
  }

  @Get('doc.html')
  @Redirect('/swagger-ui', 302)
  documentation(): void {
    // The redirect decorator answers.
  }
}
