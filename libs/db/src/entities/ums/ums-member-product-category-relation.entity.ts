import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `ums_member_product_category_relation`: Member <-> favourite product category relation. */
@Entity({ name: 'ums_member_product_category_relation' })
@Index('idx_member_id', ['memberId'])
export class UmsMemberProductCategoryRelation {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'member_id', nullable: true, transformer: bigintTransformer })
  memberId!: number | null;

  @Column({
    type: 'bigint',
    name: 'product_category_id',
    nullable: true,
    transformer: bigintTransformer,
  })
  productCategoryId!: number | null;
}
