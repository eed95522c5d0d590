import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `ums_menu`: Admin menus. */
@Entity({ name: 'ums_menu' })
@Index('idx_parent_id', ['parentId'])
export class UmsMenu {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  /** Parent id */
  @Column({ type: 'bigint', name: 'parent_id', nullable: true, transformer: bigintTransformer })
  parentId!: number | null;

  /** Creation time */
  @Column({ type: 'datetime', name: 'create_time', nullable: true })
  createTime!: Date | null;

  /** Menu title */
  @Column({ type: 'varchar', name: 'title', length: 100, nullable: true })
  title!: string | null;

  /** Menu level */
  @Column({ type: 'int', name: 'level', nullable: true })
  level!: number | null;

  /** Menu sort */
  @Column({ type: 'int', name: 'sort', nullable: true })
  sort!: number | null;

  /** Front-end route name */
  @Column({ type: 'varchar', name: 'name', length: 100, nullable: true })
  name!: string | null;

  /** Front-end icon */
  @Column({ type: 'varchar', name: 'icon', length: 200, nullable: true })
  icon!: string | null;

  /** Hidden in front end */
  @Column({ type: 'int', name: 'hidden', nullable: true })
  hidden!: number | null;
}
