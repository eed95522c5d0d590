import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `sms_coupon_product_category_relation`: Coupon <-> product category relation. */
@Entity({ name: 'sms_coupon_product_category_relation' })
@Index('idx_coupon_id', ['couponId'])
@Index('idx_product_category_id', ['productCategoryId'])
export class SmsCouponProductCategoryRelation {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'coupon_id', nullable: true, transformer: bigintTransformer })
  couponId!: number | null;

  @Column({
    type: 'bigint',
    name: 'product_category_id',
    nullable: true,
    transformer: bigintTransformer,
  })
  productCategoryId!: number | null;

  /** Product category name */
  @Column({ type: 'varchar', name: 'product_category_name', length: 200, nullable: true })
  productCategoryName!: string | null;

  /** Parent category name */
  @Column({ type: 'varchar', name: 'parent_category_name', length: 200, nullable: true })
  parentCategoryName!: string | null;
}
