import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `ums_resource`: Admin resources (API URL patterns). */
@Entity({ name: 'ums_resource' })
@Index('idx_category_id', ['categoryId'])
export class UmsResource {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  /** Creation time */
  @Column({ type: 'datetime', name: 'create_time', nullable: true })
  createTime!: Date | null;

  /** Resource name */
  @Column({ type: 'varchar', name: 'name', length: 200, nullable: true })
  name!: string | null;

  /** Resource URL (Ant pattern) */
  @Column({ type: 'varchar', name: 'url', length: 200, nullable: true })
  url!: string | null;

  /** Description */
  @Column({ type: 'varchar', name: 'description', length: 500, nullable: true })
  description!: string | null;

  /** Resource category id */
  @Column({ type: 'bigint', name: 'category_id', nullable: true, transformer: bigintTransformer })
  categoryId!: number | null;
}
