import { captureLogLines } from '../test/support/log-capture';
import { createLogger, NestPinoLogger } from './logging';

describe('createLogger', () => {
  it('writes one JSON line with @timestamp, a level label, service, pid and message', () => {
    const { destination, lines } = captureLogLines();
    const logger = createLogger('mall-portal', 'info', destination);

    logger.info({ orderId: 7 }, 'order created');
    logger.debug('not at info level');

    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatchObject({
      level: 'info',
      service: 'mall-portal',
      pid: process.pid,
      message: 'order created',
      orderId: 7,
    });
    expect(new Date(line['@timestamp'] as string).toISOString()).toBe(line['@timestamp']);
    // No trace is active (tracing is off in this process).
    expect(line).not.toHaveProperty('traceId');
    expect(line).not.toHaveProperty('msg');
    expect(line).not.toHaveProperty('time');
  });

  it('serializes errors with their type, message and stack', () => {
    const { destination, lines } = captureLogLines();
    const logger = createLogger('mall-order', 'info', destination);

    logger.error(new TypeError('stock went negative'));
    logger.warn({ err: new Error('retrying') }, 'broker reconnect');

    expect(lines[0]).toMatchObject({ level: 'error', message: 'stock went negative' });
    expect(lines[0]['err']).toMatchObject({ type: 'TypeError', message: 'stock went negative' });
    expect((lines[0]['err'] as { stack: string }).stack).toContain('logging.spec.ts');
    expect(lines[1]).toMatchObject({ level: 'warn', message: 'broker reconnect' });
    expect(lines[1]['err']).toMatchObject({ type: 'Error', message: 'retrying' });
  });

  it('takes its level from the argument', () => {
    const { destination, lines } = captureLogLines();
    const logger = createLogger('svc', 'warn', destination);
    logger.info('dropped');
    logger.warn('kept');
    expect(lines.map((line) => line['message'])).toEqual(['kept']);
  });
});

describe('NestPinoLogger', () => {
  function nestLogger(level = 'trace') {
    const { destination, lines } = captureLogLines();
    return { logger: new NestPinoLogger(createLogger('svc', level, destination)), lines };
  }

  it('maps Nest levels to pino levels and the context argument to a field', () => {
    const { logger, lines } = nestLogger();
    logger.log('Nest application successfully started', 'NestApplication');
    logger.warn('slow query', 'OrderService');
    logger.debug('cache miss');
    logger.verbose('details', 'Cache');
    logger.fatal('cannot continue', 'Bootstrap');

    expect(lines.map((line) => [line['level'], line['message'], line['context']])).toEqual([
      ['info', 'Nest application successfully started', 'NestApplication'],
      ['warn', 'slow query', 'OrderService'],
      ['debug', 'cache miss', undefined],
      ['trace', 'details', 'Cache'],
      ['fatal', 'cannot continue', 'Bootstrap'],
    ]);
  });

  it('keeps the stack and context Nest passes to error()', () => {
    const { logger, lines } = nestLogger();
    const failure = new Error('boom');
    logger.error('boom', failure.stack, 'ExceptionsHandler');
    logger.error('no stack', undefined, 'Scheduler');
    logger.error('only a context', 'RabbitConsumer');
    logger.error(failure, 'ExceptionsHandler');

    expect(lines[0]).toMatchObject({
      level: 'error',
      message: 'boom',
      context: 'ExceptionsHandler',
    });
    expect((lines[0]['err'] as { stack: string }).stack).toBe(failure.stack);
    expect(lines[1]).toMatchObject({ message: 'no stack', context: 'Scheduler' });
    expect(lines[1]).not.toHaveProperty('err');
    expect(lines[2]).toMatchObject({ message: 'only a context', context: 'RabbitConsumer' });
    expect(lines[2]).not.toHaveProperty('err');
    expect(lines[3]).toMatchObject({ message: 'boom', context: 'ExceptionsHandler' });
    expect(lines[3]['err']).toMatchObject({ type: 'Error', message: 'boom' });
  });

  it('treats a lone stack-shaped argument to error() as the stack', () => {
    const { logger, lines } = nestLogger();
    const stack = new Error('lost connection').stack;
    logger.error('lost connection', stack);
    expect(lines[0]).not.toHaveProperty('context');
    expect((lines[0]['err'] as { stack: string }).stack).toBe(stack);
  });

  it('merges object messages into the line', () => {
    const { logger, lines } = nestLogger();
    logger.log({ event: 'cache-warmed', entries: 12 }, 'Cache');
    expect(lines[0]).toMatchObject({ event: 'cache-warmed', entries: 12, context: 'Cache' });
  });

  it('follows setLogLevels', () => {
    const { logger, lines } = nestLogger('info');
    logger.setLogLevels(['error', 'warn']);
    logger.log('hidden');
    logger.warn('shown');
    logger.setLogLevels(['debug', 'log']);
    logger.debug('now shown');
    expect(lines.map((line) => line['message'])).toEqual(['shown', 'now shown']);
  });
});
