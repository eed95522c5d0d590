import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `ums_role`: Admin roles. */
@Entity({ name: 'ums_role' })
export class UmsRole {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  /** Name */
  @Column({ type: 'varchar', name: 'name', length: 100, nullable: true })
  name!: string | null;

  /** Description */
  @Column({ type: 'varchar', name: 'description', length: 500, nullable: true })
  description!: string | null;

  /** Number of admins with role */
  @Column({ type: 'int', name: 'admin_count', nullable: true })
  adminCount!: number | null;

  /** Creation time */
  @Column({ type: 'datetime', name: 'create_time', nullable: true })
  createTime!: Date | null;

  /** Status: 0=disabled; 1=enabled */
  @Column({ type: 'int', name: 'status', nullable: true, default: 1 })
  status!: number | null;

  @Column({ type: 'int', name: 'sort', nullable: true, default: 0 })
  sort!: number | null;
}
