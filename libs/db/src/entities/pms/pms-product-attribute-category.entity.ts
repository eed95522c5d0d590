import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `pms_product_attribute_category`: Product attribute categories (product types). */
@Entity({ name: 'pms_product_attribute_category' })
export class PmsProductAttributeCategory {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'varchar', name: 'name', length: 64, nullable: true })
  name!: string | null;

  /** Attribute (spec) count */
  @Column({ type: 'int', name: 'attribute_count', nullable: true, default: 0 })
  attributeCount!: number | null;

  /** Param count */
  @Column({ type: 'int', name: 'param_count', nullable: true, default: 0 })
  paramCount!: number | null;
}
