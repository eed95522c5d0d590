import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `sms_coupon_product_relation`: Coupon <-> product relation. */
@Entity({ name: 'sms_coupon_product_relation' })
@Index('idx_coupon_id', ['couponId'])
@Index('idx_product_id', ['productId'])
export class SmsCouponProductRelation {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'coupon_id', nullable: true, transformer: bigintTransformer })
  couponId!: number | null;

  @Column({ type: 'bigint', name: 'product_id', nullable: true, transformer: bigintTransformer })
  productId!: number | null;

  /** Product name */
  @Column({ type: 'varchar', name: 'product_name', length: 500, nullable: true })
  productName!: string | null;

  /** Product code (product_sn) */
  @Column({ type: 'varchar', name: 'product_sn', length: 200, nullable: true })
  productSn!: string | null;
}
