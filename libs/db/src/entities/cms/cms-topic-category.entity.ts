import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `cms_topic_category`: Topic categories. */
@Entity({ name: 'cms_topic_category' })
export class CmsTopicCategory {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'varchar', name: 'name', length: 100, nullable: true })
  name!: string | null;

  /** Category icon */
  @Column({ type: 'varchar', name: 'icon', length: 500, nullable: true })
  icon!: string | null;

  /** Number of topics/items in category */
  @Column({ type: 'int', name: 'subject_count', nullable: true })
  subjectCount!: number | null;

  @Column({ type: 'int', name: 'show_status', nullable: true })
  showStatus!: number | null;

  @Column({ type: 'int', name: 'sort', nullable: true })
  sort!: number | null;
}
