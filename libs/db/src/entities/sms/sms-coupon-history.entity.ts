import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `sms_coupon_history`: Coupon claim/use history. */
@Entity({ name: 'sms_coupon_history' })
@Index('idx_member_id', ['memberId'])
@Index('idx_coupon_id', ['couponId'])
@Index('idx_member_id_use_status', ['memberId', 'useStatus'])
export class SmsCouponHistory {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'coupon_id', nullable: true, transformer: bigintTransformer })
  couponId!: number | null;

  @Column({ type: 'bigint', name: 'member_id', nullable: true, transformer: bigintTransformer })
  memberId!: number | null;

  @Column({ type: 'varchar', name: 'coupon_code', length: 64, nullable: true })
  couponCode!: string | null;

  /** Claimer nickname */
  @Column({ type: 'varchar', name: 'member_nickname', length: 64, nullable: true })
  memberNickname!: string | null;

  /** Get type: 0=granted by admin; 1=claimed by member */
  @Column({ type: 'int', name: 'get_type', nullable: true })
  getType!: number | null;

  @Column({ type: 'datetime', name: 'create_time', nullable: true })
  createTime!: Date | null;

  /** Use status: 0=unused; 1=used; 2=expired */
  @Column({ type: 'int', name: 'use_status', nullable: true })
  useStatus!: number | null;

  /** Use time */
  @Column({ type: 'datetime', name: 'use_time', nullable: true })
  useTime!: Date | null;

  /** Order number (order_sn) */
  @Column({ type: 'bigint', name: 'order_id', nullable: true, transformer: bigintTransformer })
  orderId!: number | null;

  /** Order number */
  @Column({ type: 'varchar', name: 'order_sn', length: 100, nullable: true })
  orderSn!: string | null;
}
