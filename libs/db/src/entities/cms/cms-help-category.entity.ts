import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `cms_help_category`: Help categories. */
@Entity({ name: 'cms_help_category' })
export class CmsHelpCategory {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'varchar', name: 'name', length: 100, nullable: true })
  name!: string | null;

  /** Category icon */
  @Column({ type: 'varchar', name: 'icon', length: 500, nullable: true })
  icon!: string | null;

  /** Number of topics/items in category */
  @Column({ type: 'int', name: 'help_count', nullable: true })
  helpCount!: number | null;

  @Column({ type: 'int', name: 'show_status', nullable: true })
  showStatus!: number | null;

  @Column({ type: 'int', name: 'sort', nullable: true })
  sort!: number | null;
}
