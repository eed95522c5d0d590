import { Inject, Injectable } from '@nestjs/common';
import { MALL_CONFIG, type MallConfig } from '@mall/config';
import type { DelayedDeliveryNames } from '@mall/messaging';
import { cancelLineNames, type OrderAppSettings } from '../order-settings';

/** The service's validated `app:` settings. */
@Injectable()
export class OrderConfig {
  readonly settings: OrderAppSettings;
  readonly cancelLine: DelayedDeliveryNames;

  constructor(@Inject(MALL_CONFIG) config: MallConfig<OrderAppSettings>) {
    this.settings = config.app;
    this.cancelLine = cancelLineNames(config.app);
  }

  get memberKeyPrefix(): string {
    return this.settings.redis.keys.member;
  }

  get orderSequencePrefix(): string {
    return this.settings.redis.keys.orderId;
  }

  get orderDetailKeyPrefix(): string {
    return this.settings.redis.keys.orderDetail;
  }
}
