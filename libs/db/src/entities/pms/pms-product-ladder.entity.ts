import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer, decimalTransformer } from '../../transformers';

/** `pms_product_ladder`: Product ladder prices (same product only). */
@Entity({ name: 'pms_product_ladder' })
@Index('index_name', ['productId'])
export class PmsProductLadder {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'product_id', nullable: true, transformer: bigintTransformer })
  productId!: number | null;

  /** Required quantity */
  @Column({ type: 'int', name: 'count', nullable: true })
  count!: number | null;

  /** Discount */
  @Column({
    type: 'decimal',
    name: 'discount',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  discount!: number | null;

  /** Price after discount */
  @Column({
    type: 'decimal',
    name: 'price',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  price!: number | null;
}
