import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `sms_home_recommend_subject`: Home recommended subjects. */
@Entity({ name: 'sms_home_recommend_subject' })
export class SmsHomeRecommendSubject {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'subject_id', nullable: true, transformer: bigintTransformer })
  subjectId!: number | null;

  @Column({ type: 'varchar', name: 'subject_name', length: 64, nullable: true })
  subjectName!: string | null;

  @Column({ type: 'int', name: 'recommend_status', nullable: true })
  recommendStatus!: number | null;

  @Column({ type: 'int', name: 'sort', nullable: true })
  sort!: number | null;
}
