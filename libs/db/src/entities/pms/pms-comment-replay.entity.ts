import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `pms_comment_replay`: Product review replies. */
@Entity({ name: 'pms_comment_replay' })
export class PmsCommentReplay {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'comment_id', nullable: true, transformer: bigintTransformer })
  commentId!: number | null;

  @Column({ type: 'varchar', name: 'member_nick_name', length: 255, nullable: true })
  memberNickName!: string | null;

  @Column({ type: 'varchar', name: 'member_icon', length: 255, nullable: true })
  memberIcon!: string | null;

  @Column({ type: 'varchar', name: 'content', length: 1000, nullable: true })
  content!: string | null;

  @Column({ type: 'datetime', name: 'create_time', nullable: true })
  createTime!: Date | null;

  /** Replier type: 0=member; 1=admin */
  @Column({ type: 'int', name: 'type', nullable: true })
  type!: number | null;
}
