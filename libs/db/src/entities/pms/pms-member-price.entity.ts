import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer, decimalTransformer } from '../../transformers';

/** `pms_member_price`: Product member-level prices. */
@Entity({ name: 'pms_member_price' })
@Index('idx_product_id', ['productId'])
export class PmsMemberPrice {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'product_id', nullable: true, transformer: bigintTransformer })
  productId!: number | null;

  @Column({
    type: 'bigint',
    name: 'member_level_id',
    nullable: true,
    transformer: bigintTransformer,
  })
  memberLevelId!: number | null;

  /** Member price */
  @Column({
    type: 'decimal',
    name: 'member_price',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  memberPrice!: number | null;

  @Column({ type: 'varchar', name: 'member_level_name', length: 100, nullable: true })
  memberLevelName!: string | null;
}
