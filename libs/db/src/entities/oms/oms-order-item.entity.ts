import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer, decimalTransformer } from '../../transformers';

/** `oms_order_item`: Order line items. */
@Entity({ name: 'oms_order_item' })
@Index('index_name', ['orderId'])
export class OmsOrderItem {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  /** Order id */
  @Column({ type: 'bigint', name: 'order_id', nullable: true, transformer: bigintTransformer })
  orderId!: number | null;

  /** Order number (order_sn) */
  @Column({ type: 'varchar', name: 'order_sn', length: 64, nullable: true })
  orderSn!: string | null;

  @Column({ type: 'bigint', name: 'product_id', nullable: true, transformer: bigintTransformer })
  productId!: number | null;

  @Column({ type: 'varchar', name: 'product_pic', length: 500, nullable: true })
  productPic!: string | null;

  @Column({ type: 'varchar', name: 'product_name', length: 200, nullable: true })
  productName!: string | null;

  @Column({ type: 'varchar', name: 'product_brand', length: 200, nullable: true })
  productBrand!: string | null;

  @Column({ type: 'varchar', name: 'product_sn', length: 64, nullable: true })
  productSn!: string | null;

  /** Selling price */
  @Column({
    type: 'decimal',
    name: 'product_price',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  productPrice!: number | null;

  /** Quantity */
  @Column({ type: 'int', name: 'product_quantity', nullable: true })
  productQuantity!: number | null;

  /** Product SKU id */
  @Column({
    type: 'bigint',
    name: 'product_sku_id',
    nullable: true,
    transformer: bigintTransformer,
  })
  productSkuId!: number | null;

  /** Product SKU code */
  @Column({ type: 'varchar', name: 'product_sku_code', length: 50, nullable: true })
  productSkuCode!: string | null;

  /** Product category id */
  @Column({
    type: 'bigint',
    name: 'product_category_id',
    nullable: true,
    transformer: bigintTransformer,
  })
  productCategoryId!: number | null;

  /** Promotion name */
  @Column({ type: 'varchar', name: 'promotion_name', length: 200, nullable: true })
  promotionName!: string | null;

  /** Promotion amount allocated to this item */
  @Column({
    type: 'decimal',
    name: 'promotion_amount',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  promotionAmount!: number | null;

  /** Coupon amount allocated to this item */
  @Column({
    type: 'decimal',
    name: 'coupon_amount',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  couponAmount!: number | null;

  /** Points discount allocated to this item */
  @Column({
    type: 'decimal',
    name: 'integration_amount',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  integrationAmount!: number | null;

  /** Real amount of this item after discounts */
  @Column({
    type: 'decimal',
    name: 'real_amount',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  realAmount!: number | null;

  @Column({ type: 'int', name: 'gift_integration', nullable: true, default: 0 })
  giftIntegration!: number | null;

  @Column({ type: 'int', name: 'gift_growth', nullable: true, default: 0 })
  giftGrowth!: number | null;

  /** Product sales attributes as JSON, e.g. [{"key":"颜色","value":"..."},{"key":"容量","value":"4G"}] */
  @Column({ type: 'varchar', name: 'product_attr', length: 500, nullable: true })
  productAttr!: string | null;
}
