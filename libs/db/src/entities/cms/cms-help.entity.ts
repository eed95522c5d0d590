import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `cms_help`: Help articles. */
@Entity({ name: 'cms_help' })
export class CmsHelp {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'category_id', nullable: true, transformer: bigintTransformer })
  categoryId!: number | null;

  @Column({ type: 'varchar', name: 'icon', length: 500, nullable: true })
  icon!: string | null;

  @Column({ type: 'varchar', name: 'title', length: 100, nullable: true })
  title!: string | null;

  @Column({ type: 'int', name: 'show_status', nullable: true })
  showStatus!: number | null;

  @Column({ type: 'datetime', name: 'create_time', nullable: true })
  createTime!: Date | null;

  @Column({ type: 'int', name: 'read_count', nullable: true })
  readCount!: number | null;

  @Column({ type: 'text', name: 'content', nullable: true })
  content!: string | null;
}
