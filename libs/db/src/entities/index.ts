import { CMS_ENTITIES } from './cms';
import { OMS_ENTITIES } from './oms';
import { PMS_ENTITIES } from './pms';
import { SMS_ENTITIES } from './sms';
import { UMS_ENTITIES } from './ums';

export * from './cms';
export * from './oms';
export * from './pms';
export * from './sms';
export * from './ums';

/** An entity class: TypeORM and `TypeOrmModule.forFeature` accept it as-is. */
export type EntityClass = new () => object;

/** The five table domains of the `mall` schema (table-name prefixes). */
export type SchemaDomain = 'cms' | 'oms' | 'pms' | 'sms' | 'ums';

/** Entity classes grouped by table prefix: cms 12, oms 8, pms 18, sms 13, ums 25. */
export const ENTITIES_BY_DOMAIN = {
  cms: CMS_ENTITIES,
  oms: OMS_ENTITIES,
  pms: PMS_ENTITIES,
  sms: SMS_ENTITIES,
  ums: UMS_ENTITIES,
} as const satisfies Record<SchemaDomain, readonly EntityClass[]>;

/** All 76 entity classes, one per table of the `mall` schema. */
export const ALL_ENTITIES: EntityClass[] = [
  ...CMS_ENTITIES,
  ...OMS_ENTITIES,
  ...PMS_ENTITIES,
  ...SMS_ENTITIES,
  ...UMS_ENTITIES,
];
