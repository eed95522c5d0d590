import { Inject } from '@nestjs/common';
import { MALL_CONFIG, type MallConfig } from '@mall/config';
import { CATALOG_EXCHANGE } from '@mall/messaging';
import { z } from 'zod';

/**
 * The `app:` section of config/mall-portal.yaml. Keys of other services' sections that the file
 * also carries (e.g. `app.redis`) are accepted and ignored.
 */
export const portalAppSchema = z.object({
  homeContent: z
    .object({
      /**
       * Safety-net TTL of the `HomeContent` key; writes through mall-admin delete it explicitly,
       * and the entry never outlives the flash-sale session it shows.
       */
      ttlSeconds: z.coerce.number().int().min(1).default(300),
    })
    .prefault({}),
  productDetail: z
    .object({
      /** Cache TTL of `GET /product/detail/:id`; 0 turns the cache off. */
      ttlSeconds: z.coerce.number().int().min(0).default(60),
      /**
       * Queue bound to the catalog exchange for `mall.product.changed`; every portal instance
       * shares it (the cache is shared too, so one instance evicting is enough).
       */
      changeQueue: z.string().min(1).default('mall.portal.product.changed'),
      /** Topic exchange mall-admin publishes catalog changes to. */
      changeExchange: z.string().min(1).default(CATALOG_EXCHANGE),
    })
    .prefault({}),
});

export type PortalAppConfig = z.infer<typeof portalAppSchema>;
export type PortalConfig = MallConfig<PortalAppConfig>;

/** Injects the configuration snapshot taken at start. */
export const InjectPortalConfig = (): ParameterDecorator => Inject(MALL_CONFIG);
