import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `ums_integration_consume_setting`: Points consumption settings. */
@Entity({ name: 'ums_integration_consume_setting' })
export class UmsIntegrationConsumeSetting {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  /** Points needed to deduct 1 CNY */
  @Column({ type: 'int', name: 'deduction_per_amount', nullable: true })
  deductionPerAmount!: number | null;

  /** Max deduction percentage per order */
  @Column({ type: 'int', name: 'max_percent_per_order', nullable: true })
  maxPercentPerOrder!: number | null;

  /** Min points unit per use (100) */
  @Column({ type: 'int', name: 'use_unit', nullable: true })
  useUnit!: number | null;

  /** Usable together with coupons: 0=no; 1=yes */
  @Column({ type: 'int', name: 'coupon_status', nullable: true })
  couponStatus!: number | null;
}
