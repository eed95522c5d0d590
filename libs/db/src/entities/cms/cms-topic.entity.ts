import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `cms_topic`: Topics. */
@Entity({ name: 'cms_topic' })
export class CmsTopic {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'category_id', nullable: true, transformer: bigintTransformer })
  categoryId!: number | null;

  @Column({ type: 'varchar', name: 'name', length: 255, nullable: true })
  name!: string | null;

  @Column({ type: 'datetime', name: 'create_time', nullable: true })
  createTime!: Date | null;

  @Column({ type: 'datetime', name: 'start_time', nullable: true })
  startTime!: Date | null;

  @Column({ type: 'datetime', name: 'end_time', nullable: true })
  endTime!: Date | null;

  /** Number of participants */
  @Column({ type: 'int', name: 'attend_count', nullable: true })
  attendCount!: number | null;

  /** Number of followers */
  @Column({ type: 'int', name: 'attention_count', nullable: true })
  attentionCount!: number | null;

  @Column({ type: 'int', name: 'read_count', nullable: true })
  readCount!: number | null;

  /** Prize name */
  @Column({ type: 'varchar', name: 'award_name', length: 100, nullable: true })
  awardName!: string | null;

  /** How to participate */
  @Column({ type: 'varchar', name: 'attend_type', length: 100, nullable: true })
  attendType!: string | null;

  /** Topic content */
  @Column({ type: 'text', name: 'content', nullable: true })
  content!: string | null;
}
