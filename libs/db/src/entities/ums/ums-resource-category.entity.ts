import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `ums_resource_category`: Resource categories. */
@Entity({ name: 'ums_resource_category' })
export class UmsResourceCategory {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  /** Creation time */
  @Column({ type: 'datetime', name: 'create_time', nullable: true })
  createTime!: Date | null;

  /** Category name */
  @Column({ type: 'varchar', name: 'name', length: 200, nullable: true })
  name!: string | null;

  /** Sort order */
  @Column({ type: 'int', name: 'sort', nullable: true })
  sort!: number | null;
}
