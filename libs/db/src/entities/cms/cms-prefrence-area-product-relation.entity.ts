import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `cms_prefrence_area_product_relation`: Preferred zone <-> product relation. */
@Entity({ name: 'cms_prefrence_area_product_relation' })
@Index('idx_prefrence_area_id', ['prefrenceAreaId'])
@Index('idx_product_id', ['productId'])
export class CmsPrefrenceAreaProductRelation {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({
    type: 'bigint',
    name: 'prefrence_area_id',
    nullable: true,
    transformer: bigintTransformer,
  })
  prefrenceAreaId!: number | null;

  @Column({ type: 'bigint', name: 'product_id', nullable: true, transformer: bigintTransformer })
  productId!: number | null;
}
