import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `pms_product_vertify_record`: Product verify records. */
@Entity({ name: 'pms_product_vertify_record' })
export class PmsProductVertifyRecord {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'product_id', nullable: true, transformer: bigintTransformer })
  productId!: number | null;

  @Column({ type: 'datetime', name: 'create_time', nullable: true })
  createTime!: Date | null;

  /** Reviewer (verifier) */
  @Column({ type: 'varchar', name: 'vertify_man', length: 64, nullable: true })
  vertifyMan!: string | null;

  @Column({ type: 'int', name: 'status', nullable: true })
  status!: number | null;

  /** Feedback detail */
  @Column({ type: 'varchar', name: 'detail', length: 255, nullable: true })
  detail!: string | null;
}
