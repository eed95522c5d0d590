import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `ums_role_menu_relation`: Role <-> menu relation. */
@Entity({ name: 'ums_role_menu_relation' })
@Index('idx_role_id', ['roleId'])
@Index('idx_menu_id', ['menuId'])
export class UmsRoleMenuRelation {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  /** Role id */
  @Column({ type: 'bigint', name: 'role_id', nullable: true, transformer: bigintTransformer })
  roleId!: number | null;

  /** Menu id */
  @Column({ type: 'bigint', name: 'menu_id', nullable: true, transformer: bigintTransformer })
  menuId!: number | null;
}
