import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `ums_integration_change_history`: Points (integration) change history. */
@Entity({ name: 'ums_integration_change_history' })
@Index('idx_member_id', ['memberId'])
export class UmsIntegrationChangeHistory {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'member_id', nullable: true, transformer: bigintTransformer })
  memberId!: number | null;

  @Column({ type: 'datetime', name: 'create_time', nullable: true })
  createTime!: Date | null;

  /** Change type: 0=increase; 1=decrease */
  @Column({ type: 'int', name: 'change_type', nullable: true })
  changeType!: number | null;

  /** Changed amount */
  @Column({ type: 'int', name: 'change_count', nullable: true })
  changeCount!: number | null;

  /** Operator */
  @Column({ type: 'varchar', name: 'operate_man', length: 100, nullable: true })
  operateMan!: string | null;

  /** Operation note */
  @Column({ type: 'varchar', name: 'operate_note', length: 200, nullable: true })
  operateNote!: string | null;

  /** Source: 0=shopping; 1=admin edit */
  @Column({ type: 'int', name: 'source_type', nullable: true })
  sourceType!: number | null;
}
