import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `oms_order_return_reason`: Order return reasons. */
@Entity({ name: 'oms_order_return_reason' })
export class OmsOrderReturnReason {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  /** Return reason name */
  @Column({ type: 'varchar', name: 'name', length: 100, nullable: true })
  name!: string | null;

  @Column({ type: 'int', name: 'sort', nullable: true })
  sort!: number | null;

  /** Status: 0=disabled; 1=enabled */
  @Column({ type: 'int', name: 'status', nullable: true })
  status!: number | null;

  /** Added time */
  @Column({ type: 'datetime', name: 'create_time', nullable: true })
  createTime!: Date | null;
}
