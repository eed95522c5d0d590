import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `cms_subject_comment`: Subject comments. */
@Entity({ name: 'cms_subject_comment' })
export class CmsSubjectComment {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'subject_id', nullable: true, transformer: bigintTransformer })
  subjectId!: number | null;

  @Column({ type: 'varchar', name: 'member_nick_name', length: 255, nullable: true })
  memberNickName!: string | null;

  @Column({ type: 'varchar', name: 'member_icon', length: 255, nullable: true })
  memberIcon!: string | null;

  @Column({ type: 'varchar', name: 'content', length: 1000, nullable: true })
  content!: string | null;

  @Column({ type: 'datetime', name: 'create_time', nullable: true })
  createTime!: Date | null;

  @Column({ type: 'int', name: 'show_status', nullable: true })
  showStatus!: number | null;
}
