import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { OrderCancellationService } from './order-cancellation.service';
import { OrderConfig } from './order-config';

/** Milliseconds from `now` to the next full multiple of `everyMinutes` on the local clock. */
export function msUntilNextSlot(now: Date, everyMinutes: number): number {
  const slotMs = everyMinutes * 60_000;
  const midnight = new Date(now);
  midnight.setHours(0, 0, 0, 0);
  const sinceMidnight = now.getTime() - midnight.getTime();
  return slotMs - (sinceMidnight % slotMs);
}

/**
 * Runs the timeout sweep at :00 and :30 of every hour (the original's cron `0 0/30 * ? * ?`,
 * `app.order.sweepEveryMinutes`). It is the safety net behind the delayed cancel messages; every
 * instance may run it, since closing an order is a conditional update.
 */
@Injectable()
export class OrderSweepScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OrderSweepScheduler.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly cancellation: OrderCancellationService,
    private readonly config: OrderConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private schedule(): void {
    const every = this.config.settings.order.sweepEveryMinutes;
    if (every <= 0) return;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        // A sweep still running from the last slot is not doubled.
        this.running ??= this.sweep().finally(() => {
          this.running = null;
        });
        this.schedule();
      },
      msUntilNextSlot(new Date(), every),
    );
    this.timer.unref();
  }

  private async sweep(): Promise<void> {
    try {
      const closed = await this.cancellation.sweepTimedOut();
      if (closed > 0) this.logger.log(`timeout sweep closed ${closed} unpaid orders`);
    } catch (err) {
      this.logger.error(`timeout sweep failed: ${(err as Error).message}`);
    }
  }
}
