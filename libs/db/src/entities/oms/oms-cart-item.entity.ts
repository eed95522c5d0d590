import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer, decimalTransformer } from '../../transformers';

/** `oms_cart_item`: Shopping cart items. */
@Entity({ name: 'oms_cart_item' })
@Index('member_id', ['memberId'])
@Index('idx_member_id_delete_status', ['memberId', 'deleteStatus'])
export class OmsCartItem {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'product_id', nullable: true, transformer: bigintTransformer })
  productId!: number | null;

  @Column({
    type: 'bigint',
    name: 'product_sku_id',
    nullable: true,
    transformer: bigintTransformer,
  })
  productSkuId!: number | null;

  @Column({ type: 'bigint', name: 'member_id', nullable: true, transformer: bigintTransformer })
  memberId!: number | null;

  /** Quantity */
  @Column({ type: 'int', name: 'quantity', nullable: true })
  quantity!: number | null;

  /** Price when added to cart */
  @Column({
    type: 'decimal',
    name: 'price',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  price!: number | null;

  /** Product main picture */
  @Column({ type: 'varchar', name: 'product_pic', length: 1000, nullable: true })
  productPic!: string | null;

  /** Product name */
  @Column({ type: 'varchar', name: 'product_name', length: 500, nullable: true })
  productName!: string | null;

  /** Product subtitle (selling point) */
  @Column({ type: 'varchar', name: 'product_sub_title', length: 500, nullable: true })
  productSubTitle!: string | null;

  /** Product SKU code */
  @Column({ type: 'varchar', name: 'product_sku_code', length: 200, nullable: true })
  productSkuCode!: string | null;

  /** Member nickname */
  @Column({ type: 'varchar', name: 'member_nickname', length: 500, nullable: true })
  memberNickname!: string | null;

  /** Creation time */
  @Column({ type: 'datetime', name: 'create_date', nullable: true })
  createDate!: Date | null;

  /** Modification time */
  @Column({ type: 'datetime', name: 'modify_date', nullable: true })
  modifyDate!: Date | null;

  /** Deleted flag */
  @Column({ type: 'int', name: 'delete_status', nullable: true, default: 0 })
  deleteStatus!: number | null;

  /** Product category */
  @Column({
    type: 'bigint',
    name: 'product_category_id',
    nullable: true,
    transformer: bigintTransformer,
  })
  productCategoryId!: number | null;

  @Column({ type: 'varchar', name: 'product_brand', length: 200, nullable: true })
  productBrand!: string | null;

  @Column({ type: 'varchar', name: 'product_sn', length: 200, nullable: true })
  productSn!: string | null;

  /** Product sales attributes as JSON, e.g. [{"key":"颜色","value":"..."},{"key":"容量","value":"4G"}] */
  @Column({ type: 'varchar', name: 'product_attr', length: 500, nullable: true })
  productAttr!: string | null;
}
