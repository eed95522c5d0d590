import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `sms_flash_promotion`: Flash promotions (limited-time sales). */
@Entity({ name: 'sms_flash_promotion' })
export class SmsFlashPromotion {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'varchar', name: 'title', length: 200, nullable: true })
  title!: string | null;

  /** Start date */
  @Column({ type: 'date', name: 'start_date', nullable: true })
  startDate!: string | null;

  /** End date */
  @Column({ type: 'date', name: 'end_date', nullable: true })
  endDate!: string | null;

  /** Online/offline status */
  @Column({ type: 'int', name: 'status', nullable: true })
  status!: number | null;

  /** (comment says 'flash session name' but column is create time) */
  @Column({ type: 'datetime', name: 'create_time', nullable: true })
  createTime!: Date | null;
}
