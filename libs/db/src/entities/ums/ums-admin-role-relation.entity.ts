import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `ums_admin_role_relation`: Admin <-> role relation. */
@Entity({ name: 'ums_admin_role_relation' })
@Index('idx_admin_id', ['adminId'])
@Index('idx_role_id', ['roleId'])
export class UmsAdminRoleRelation {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'admin_id', nullable: true, transformer: bigintTransformer })
  adminId!: number | null;

  @Column({ type: 'bigint', name: 'role_id', nullable: true, transformer: bigintTransformer })
  roleId!: number | null;
}
