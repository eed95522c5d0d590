import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `ums_role_resource_relation`: Role <-> resource relation. */
@Entity({ name: 'ums_role_resource_relation' })
@Index('idx_role_id', ['roleId'])
@Index('idx_resource_id', ['resourceId'])
export class UmsRoleResourceRelation {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  /** Role id */
  @Column({ type: 'bigint', name: 'role_id', nullable: true, transformer: bigintTransformer })
  roleId!: number | null;

  /** Resource id */
  @Column({ type: 'bigint', name: 'resource_id', nullable: true, transformer: bigintTransformer })
  resourceId!: number | null;
}
