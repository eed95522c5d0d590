import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `ums_role_permission_relation`: Role <-> permission relation (legacy). */
@Entity({ name: 'ums_role_permission_relation' })
@Index('idx_role_id', ['roleId'])
export class UmsRolePermissionRelation {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'role_id', nullable: true, transformer: bigintTransformer })
  roleId!: number | null;

  @Column({ type: 'bigint', name: 'permission_id', nullable: true, transformer: bigintTransformer })
  permissionId!: number | null;
}
