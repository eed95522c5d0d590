import { z } from 'zod';
import { ORDER_CANCEL_NAMES, type DelayedDeliveryNames } from '@mall/messaging';

/** The `app:` section of config/mall-order.yaml. */
export const orderAppSchema = z.object({
  redis: z
    .object({
      keys: z
        .object({
          member: z.string().min(1).default('mall:ums:member'),
          orderId: z.string().min(1).default('mall:oms:orderId'),
          /** Prefix of the order-detail cache `mall:order:<id>`. */
          orderDetail: z.string().min(1).default('mall:order'),
        })
        .loose()
        .default({
          member: 'mall:ums:member',
          orderId: 'mall:oms:orderId',
          orderDetail: 'mall:order',
        }),
      expireSeconds: z.record(z.string(), z.number()).optional(),
    })
    .loose()
    .default({
      keys: { member: 'mall:ums:member', orderId: 'mall:oms:orderId', orderDetail: 'mall:order' },
    }),
  order: z
    .object({
      /** Time zone of the date in order serial numbers (spec §B.8: pinned, not the host's). */
      timeZone: z.string().min(1).default('Asia/Shanghai'),
      /**
       * Fixed delay of the automatic cancellation in ms; when unset it is
       * `oms_order_setting.normal_order_overtime` minutes, read at every order.
       */
      cancelDelayMs: z.number().int().min(1).optional(),
      /** Run the timeout sweep at every full `sweepEveryMinutes` of the clock (0 = never). */
      sweepEveryMinutes: z.number().int().min(0).max(1440).default(30),
      /** Safety-net TTL of the `mall:order:<id>` detail cache (also deleted on every change). */
      detailCacheSeconds: z.number().int().min(1).default(600),
      /** Names of the delayed-cancel line; tests give their own to stay isolated. */
      cancelLine: z
        .object({
          exchange: z.string().min(1),
          delayQueuePrefix: z.string().min(1),
          targetQueue: z.string().min(1),
          targetRoutingKey: z.string().min(1),
          deadLetterExchange: z.string().min(1),
          deadLetterQueue: z.string().min(1),
          deadLetterRoutingKey: z.string().min(1),
        })
        .partial()
        .default({}),
    })
    .default({
      timeZone: 'Asia/Shanghai',
      sweepEveryMinutes: 30,
      detailCacheSeconds: 600,
      cancelLine: {},
    }),
});

export type OrderAppSettings = z.infer<typeof orderAppSchema>;

/** The delayed-cancel names: the shared defaults with any configured override. */
export function cancelLineNames(settings: OrderAppSettings): DelayedDeliveryNames {
  return { ...ORDER_CANCEL_NAMES, ...settings.order.cancelLine };
}
