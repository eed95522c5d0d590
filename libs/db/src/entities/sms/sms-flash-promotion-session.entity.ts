import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `sms_flash_promotion_session`: Flash promotion sessions (daily time slots). */
@Entity({ name: 'sms_flash_promotion_session' })
export class SmsFlashPromotionSession {
  /** Id */
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  /** Session name */
  @Column({ type: 'varchar', name: 'name', length: 200, nullable: true })
  name!: string | null;

  /** Daily start time */
  @Column({ type: 'time', name: 'start_time', nullable: true })
  startTime!: string | null;

  /** Daily end time */
  @Column({ type: 'time', name: 'end_time', nullable: true })
  endTime!: string | null;

  /** Enabled: 0=no; 1=yes */
  @Column({ type: 'int', name: 'status', nullable: true })
  status!: number | null;

  /** Creation time */
  @Column({ type: 'datetime', name: 'create_time', nullable: true })
  createTime!: Date | null;
}
