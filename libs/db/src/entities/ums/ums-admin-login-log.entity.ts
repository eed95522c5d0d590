import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `ums_admin_login_log`: Admin login log. */
@Entity({ name: 'ums_admin_login_log' })
@Index('idx_admin_id', ['adminId'])
export class UmsAdminLoginLog {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'admin_id', nullable: true, transformer: bigintTransformer })
  adminId!: number | null;

  @Column({ type: 'datetime', name: 'create_time', nullable: true })
  createTime!: Date | null;

  @Column({ type: 'varchar', name: 'ip', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'varchar', name: 'address', length: 100, nullable: true })
  address!: string | null;

  /** Browser / user agent */
  @Column({ type: 'varchar', name: 'user_agent', length: 100, nullable: true })
  userAgent!: string | null;
}
