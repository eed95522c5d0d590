import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer, decimalTransformer } from '../../transformers';

/** `ums_member_rule_setting`: Member points/growth rules. */
@Entity({ name: 'ums_member_rule_setting' })
export class UmsMemberRuleSetting {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  /** Consecutive sign-in days */
  @Column({ type: 'int', name: 'continue_sign_day', nullable: true })
  continueSignDay!: number | null;

  /** Points granted for consecutive sign-in */
  @Column({ type: 'int', name: 'continue_sign_point', nullable: true })
  continueSignPoint!: number | null;

  /** Spend per point (CNY per 1 point) */
  @Column({
    type: 'decimal',
    name: 'consume_per_point',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  consumePerPoint!: number | null;

  /** Min order amount to earn points */
  @Column({
    type: 'decimal',
    name: 'low_order_amount',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  lowOrderAmount!: number | null;

  /** Max points per order */
  @Column({ type: 'int', name: 'max_point_per_order', nullable: true })
  maxPointPerOrder!: number | null;

  /** Type: 0=points rule; 1=growth rule */
  @Column({ type: 'int', name: 'type', nullable: true })
  type!: number | null;
}
