import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `ums_member_member_tag_relation`: Member <-> tag relation. */
@Entity({ name: 'ums_member_member_tag_relation' })
@Index('idx_member_id', ['memberId'])
export class UmsMemberMemberTagRelation {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'member_id', nullable: true, transformer: bigintTransformer })
  memberId!: number | null;

  @Column({ type: 'bigint', name: 'tag_id', nullable: true, transformer: bigintTransformer })
  tagId!: number | null;
}
