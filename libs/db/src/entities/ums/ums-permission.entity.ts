import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `ums_permission`: Admin permissions (legacy). */
@Entity({ name: 'ums_permission' })
export class UmsPermission {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  /** Parent permission id */
  @Column({ type: 'bigint', name: 'pid', nullable: true, transformer: bigintTransformer })
  pid!: number | null;

  /** Name */
  @Column({ type: 'varchar', name: 'name', length: 100, nullable: true })
  name!: string | null;

  /** Permission value */
  @Column({ type: 'varchar', name: 'value', length: 200, nullable: true })
  value!: string | null;

  /** Icon */
  @Column({ type: 'varchar', name: 'icon', length: 500, nullable: true })
  icon!: string | null;

  /** Permission type: 0=directory; 1=menu; 2=button (API-bound) */
  @Column({ type: 'int', name: 'type', nullable: true })
  type!: number | null;

  /** Front-end resource path */
  @Column({ type: 'varchar', name: 'uri', length: 200, nullable: true })
  uri!: string | null;

  /** Status: 0=disabled; 1=enabled */
  @Column({ type: 'int', name: 'status', nullable: true })
  status!: number | null;

  /** Creation time */
  @Column({ type: 'datetime', name: 'create_time', nullable: true })
  createTime!: Date | null;

  /** Sort order */
  @Column({ type: 'int', name: 'sort', nullable: true })
  sort!: number | null;
}
