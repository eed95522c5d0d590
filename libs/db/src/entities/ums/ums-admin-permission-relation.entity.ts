import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `ums_admin_permission_relation`: Admin <-> permission relation (extra +/- permissions beyond roles). */
@Entity({ name: 'ums_admin_permission_relation' })
@Index('idx_admin_id', ['adminId'])
export class UmsAdminPermissionRelation {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'admin_id', nullable: true, transformer: bigintTransformer })
  adminId!: number | null;

  @Column({ type: 'bigint', name: 'permission_id', nullable: true, transformer: bigintTransformer })
  permissionId!: number | null;

  @Column({ type: 'int', name: 'type', nullable: true })
  type!: number | null;
}
