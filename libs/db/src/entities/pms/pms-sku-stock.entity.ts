import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer, decimalTransformer } from '../../transformers';

/** `pms_sku_stock`: SKU stock. */
@Entity({ name: 'pms_sku_stock' })
@Index('sku_code_index', ['skuCode'])
@Index('index_product_id', ['productId'])
export class PmsSkuStock {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'product_id', nullable: true, transformer: bigintTransformer })
  productId!: number | null;

  /** SKU code */
  @Column({ type: 'varchar', name: 'sku_code', length: 64 })
  skuCode!: string;

  @Column({
    type: 'decimal',
    name: 'price',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  price!: number | null;

  /** Stock */
  @Column({ type: 'int', name: 'stock', nullable: true, default: 0 })
  stock!: number | null;

  /** Low-stock warning */
  @Column({ type: 'int', name: 'low_stock', nullable: true })
  lowStock!: number | null;

  /** Display picture */
  @Column({ type: 'varchar', name: 'pic', length: 255, nullable: true })
  pic!: string | null;

  /** Sales volume */
  @Column({ type: 'int', name: 'sale', nullable: true })
  sale!: number | null;

  /** Single-SKU promotion price */
  @Column({
    type: 'decimal',
    name: 'promotion_price',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  promotionPrice!: number | null;

  /** Locked stock */
  @Column({ type: 'int', name: 'lock_stock', nullable: true, default: 0 })
  lockStock!: number | null;

  /** Sales attributes as JSON */
  @Column({ type: 'varchar', name: 'sp_data', length: 500, nullable: true })
  spData!: string | null;
}
