import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `pms_product_attribute_value`: Product attribute values. */
@Entity({ name: 'pms_product_attribute_value' })
@Index('idx_product_id', ['productId'])
export class PmsProductAttributeValue {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'product_id', nullable: true, transformer: bigintTransformer })
  productId!: number | null;

  @Column({
    type: 'bigint',
    name: 'product_attribute_id',
    nullable: true,
    transformer: bigintTransformer,
  })
  productAttributeId!: number | null;

  /** Value of spec or param; params single-valued, specs comma-separated when multiple */
  @Column({ type: 'varchar', name: 'value', length: 64, nullable: true })
  value!: string | null;
}
