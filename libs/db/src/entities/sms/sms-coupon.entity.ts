import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer, decimalTransformer } from '../../transformers';

/** `sms_coupon`: Coupons. */
@Entity({ name: 'sms_coupon' })
export class SmsCoupon {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  /** Coupon type: 0=store-wide gift; 1=member gift; 2=shopping gift; 3=registration gift */
  @Column({ type: 'int', name: 'type', nullable: true })
  type!: number | null;

  @Column({ type: 'varchar', name: 'name', length: 100, nullable: true })
  name!: string | null;

  /** Platform: 0=all; 1=mobile; 2=PC */
  @Column({ type: 'int', name: 'platform', nullable: true })
  platform!: number | null;

  /** Quantity */
  @Column({ type: 'int', name: 'count', nullable: true })
  count!: number | null;

  /** Amount */
  @Column({
    type: 'decimal',
    name: 'amount',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  amount!: number | null;

  /** Per-member claim limit */
  @Column({ type: 'int', name: 'per_limit', nullable: true })
  perLimit!: number | null;

  /** Usage threshold (min order amount); 0 = no threshold */
  @Column({
    type: 'decimal',
    name: 'min_point',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  minPoint!: number | null;

  @Column({ type: 'datetime', name: 'start_time', nullable: true })
  startTime!: Date | null;

  @Column({ type: 'datetime', name: 'end_time', nullable: true })
  endTime!: Date | null;

  /** Use type: 0=all products; 1=specific categories; 2=specific products */
  @Column({ type: 'int', name: 'use_type', nullable: true })
  useType!: number | null;

  /** Note */
  @Column({ type: 'varchar', name: 'note', length: 200, nullable: true })
  note!: string | null;

  /** Issued (publish) count */
  @Column({ type: 'int', name: 'publish_count', nullable: true })
  publishCount!: number | null;

  /** Used count */
  @Column({ type: 'int', name: 'use_count', nullable: true })
  useCount!: number | null;

  /** Received (claimed) count */
  @Column({ type: 'int', name: 'receive_count', nullable: true })
  receiveCount!: number | null;

  /** Claimable from date */
  @Column({ type: 'datetime', name: 'enable_time', nullable: true })
  enableTime!: Date | null;

  /** Coupon code */
  @Column({ type: 'varchar', name: 'code', length: 64, nullable: true })
  code!: string | null;

  /** Eligible member level: 0=unrestricted */
  @Column({ type: 'int', name: 'member_level', nullable: true })
  memberLevel!: number | null;
}
