import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `pms_product_category_attribute_relation`: Product category <-> attribute relation for category filters (level-1 only). */
@Entity({ name: 'pms_product_category_attribute_relation' })
@Index('idx_product_category_id', ['productCategoryId'])
export class PmsProductCategoryAttributeRelation {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({
    type: 'bigint',
    name: 'product_category_id',
    nullable: true,
    transformer: bigintTransformer,
  })
  productCategoryId!: number | null;

  @Column({
    type: 'bigint',
    name: 'product_attribute_id',
    nullable: true,
    transformer: bigintTransformer,
  })
  productAttributeId!: number | null;
}
