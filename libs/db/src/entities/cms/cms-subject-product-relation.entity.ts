import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `cms_subject_product_relation`: Subject <-> product relation. */
@Entity({ name: 'cms_subject_product_relation' })
@Index('idx_subject_id', ['subjectId'])
@Index('idx_product_id', ['productId'])
export class CmsSubjectProductRelation {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'subject_id', nullable: true, transformer: bigintTransformer })
  subjectId!: number | null;

  @Column({ type: 'bigint', name: 'product_id', nullable: true, transformer: bigintTransformer })
  productId!: number | null;
}
