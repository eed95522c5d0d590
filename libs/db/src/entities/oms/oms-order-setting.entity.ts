import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `oms_order_setting`: Order settings. */
@Entity({ name: 'oms_order_setting' })
export class OmsOrderSetting {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  /** Flash-sale order auto-close timeout (minutes) */
  @Column({ type: 'int', name: 'flash_order_overtime', nullable: true })
  flashOrderOvertime!: number | null;

  /** Normal order timeout (minutes) */
  @Column({ type: 'int', name: 'normal_order_overtime', nullable: true })
  normalOrderOvertime!: number | null;

  /** Auto-confirm receipt N days after shipping */
  @Column({ type: 'int', name: 'confirm_overtime', nullable: true })
  confirmOvertime!: number | null;

  /** Auto-complete order after N days (no after-sales afterwards) */
  @Column({ type: 'int', name: 'finish_overtime', nullable: true })
  finishOvertime!: number | null;

  /** Auto positive review N days after completion */
  @Column({ type: 'int', name: 'comment_overtime', nullable: true })
  commentOvertime!: number | null;
}
