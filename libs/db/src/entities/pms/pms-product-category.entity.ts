import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `pms_product_category`: Product categories. */
@Entity({ name: 'pms_product_category' })
@Index('idx_parent_id', ['parentId'])
export class PmsProductCategory {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  /** Parent category id; 0 = top level */
  @Column({ type: 'bigint', name: 'parent_id', nullable: true, transformer: bigintTransformer })
  parentId!: number | null;

  @Column({ type: 'varchar', name: 'name', length: 64, nullable: true })
  name!: string | null;

  /** Category level: 0=level 1; 1=level 2 */
  @Column({ type: 'int', name: 'level', nullable: true })
  level!: number | null;

  @Column({ type: 'int', name: 'product_count', nullable: true })
  productCount!: number | null;

  @Column({ type: 'varchar', name: 'product_unit', length: 64, nullable: true })
  productUnit!: string | null;

  /** Show in nav bar: 0=no; 1=yes */
  @Column({ type: 'int', name: 'nav_status', nullable: true })
  navStatus!: number | null;

  /** Show status: 0=hidden; 1=shown */
  @Column({ type: 'int', name: 'show_status', nullable: true })
  showStatus!: number | null;

  @Column({ type: 'int', name: 'sort', nullable: true })
  sort!: number | null;

  /** Icon */
  @Column({ type: 'varchar', name: 'icon', length: 255, nullable: true })
  icon!: string | null;

  @Column({ type: 'varchar', name: 'keywords', length: 255, nullable: true })
  keywords!: string | null;

  /** Description */
  @Column({ type: 'text', name: 'description', nullable: true })
  description!: string | null;
}
