import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/**
 * `cms_member_report`: Member reports.
 *
 * The original table has no primary key (and `id` is nullable, without AUTO_INCREMENT); the
 * migration keeps it that way. TypeORM needs an identity, so the entity treats `id` as primary
 * and is excluded from schema synchronisation and diffing (`synchronize: false`). Writers must
 * assign `id`; rows with a NULL id are not returned through this entity. See ADR 0002.
 */
@Entity({ name: 'cms_member_report', synchronize: false })
export class CmsMemberReport {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  id!: number;

  /** Report type: 0=product review; 1=topic content; 2=user comment */
  @Column({ type: 'int', name: 'report_type', nullable: true })
  reportType!: number | null;

  /** Reporter */
  @Column({ type: 'varchar', name: 'report_member_name', length: 100, nullable: true })
  reportMemberName!: string | null;

  @Column({ type: 'datetime', name: 'create_time', nullable: true })
  createTime!: Date | null;

  @Column({ type: 'varchar', name: 'report_object', length: 100, nullable: true })
  reportObject!: string | null;

  /** Report status: 0=unhandled; 1=handled */
  @Column({ type: 'int', name: 'report_status', nullable: true })
  reportStatus!: number | null;

  /** Handling result: 0=invalid; 1=valid; 2=malicious */
  @Column({ type: 'int', name: 'handle_status', nullable: true })
  handleStatus!: number | null;

  @Column({ type: 'varchar', name: 'note', length: 200, nullable: true })
  note!: string | null;
}
