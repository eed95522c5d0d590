import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `sms_flash_promotion_log`: Flash promotion notification log. */
@Entity({ name: 'sms_flash_promotion_log' })
export class SmsFlashPromotionLog {
  @PrimaryGeneratedColumn('increment', { type: 'int', name: 'id' })
  id!: number;

  @Column({ type: 'int', name: 'member_id', nullable: true })
  memberId!: number | null;

  @Column({ type: 'bigint', name: 'product_id', nullable: true, transformer: bigintTransformer })
  productId!: number | null;

  @Column({ type: 'varchar', name: 'member_phone', length: 64, nullable: true })
  memberPhone!: string | null;

  @Column({ type: 'varchar', name: 'product_name', length: 100, nullable: true })
  productName!: string | null;

  /** Member subscription time */
  @Column({ type: 'datetime', name: 'subscribe_time', nullable: true })
  subscribeTime!: Date | null;

  @Column({ type: 'datetime', name: 'send_time', nullable: true })
  sendTime!: Date | null;
}
