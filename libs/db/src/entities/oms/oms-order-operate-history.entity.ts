import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `oms_order_operate_history`: Order operation history. */
@Entity({ name: 'oms_order_operate_history' })
@Index('idx_order_id', ['orderId'])
export class OmsOrderOperateHistory {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  /** Order id */
  @Column({ type: 'bigint', name: 'order_id', nullable: true, transformer: bigintTransformer })
  orderId!: number | null;

  /** Operator: member / system / admin */
  @Column({ type: 'varchar', name: 'operate_man', length: 100, nullable: true })
  operateMan!: string | null;

  /** Operation time */
  @Column({ type: 'datetime', name: 'create_time', nullable: true })
  createTime!: Date | null;

  /** Order status: 0=pending payment; 1=pending shipment; 2=shipped; 3=completed; 4=closed; 5=invalid */
  @Column({ type: 'int', name: 'order_status', nullable: true })
  orderStatus!: number | null;

  /** Note */
  @Column({ type: 'varchar', name: 'note', length: 500, nullable: true })
  note!: string | null;
}
