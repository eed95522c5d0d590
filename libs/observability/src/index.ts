// Tracing comes first and loads nothing heavy: startTracing() must run before servers and clients exist.
export * from './tracing';
export * from './logging';
export * from './metrics';
export * from './http-instrumentation';
export * from './health/health-indicator';
export * from './health/health-registry';
export * from './health/shutdown';
export * from './health/raw-response';
export * from './health/actuator.controller';
export * from './health/health.module';
