import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer, decimalTransformer } from '../../transformers';

/** `pms_product_full_reduction`: Product full-reduction rules (same product only). */
@Entity({ name: 'pms_product_full_reduction' })
@Index('index_name', ['productId'])
export class PmsProductFullReduction {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'product_id', nullable: true, transformer: bigintTransformer })
  productId!: number | null;

  @Column({
    type: 'decimal',
    name: 'full_price',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  fullPrice!: number | null;

  @Column({
    type: 'decimal',
    name: 'reduce_price',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  reducePrice!: number | null;
}
