import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `pms_product_attribute`: Product attributes/params. */
@Entity({ name: 'pms_product_attribute' })
@Index('idx_product_attribute_category_id_type', ['productAttributeCategoryId', 'type'])
export class PmsProductAttribute {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({
    type: 'bigint',
    name: 'product_attribute_category_id',
    nullable: true,
    transformer: bigintTransformer,
  })
  productAttributeCategoryId!: number | null;

  @Column({ type: 'varchar', name: 'name', length: 64, nullable: true })
  name!: string | null;

  /** Select type: 0=unique; 1=single choice; 2=multiple choice */
  @Column({ type: 'int', name: 'select_type', nullable: true })
  selectType!: number | null;

  /** Input type: 0=manual; 1=choose from list */
  @Column({ type: 'int', name: 'input_type', nullable: true })
  inputType!: number | null;

  /** Selectable values, comma-separated */
  @Column({ type: 'varchar', name: 'input_list', length: 255, nullable: true })
  inputList!: string | null;

  /** Sort field; the highest may upload its own picture */
  @Column({ type: 'int', name: 'sort', nullable: true })
  sort!: number | null;

  /** Filter style: 1=normal; 1=colour (sic) */
  @Column({ type: 'int', name: 'filter_type', nullable: true })
  filterType!: number | null;

  /** Search type: 0=not searchable; 1=keyword; 2=range */
  @Column({ type: 'int', name: 'search_type', nullable: true })
  searchType!: number | null;

  /** Link products with same attribute: 0=no; 1=yes */
  @Column({ type: 'int', name: 'related_status', nullable: true })
  relatedStatus!: number | null;

  /** Allow manual add: 0=no; 1=yes */
  @Column({ type: 'int', name: 'hand_add_status', nullable: true })
  handAddStatus!: number | null;

  /** Attribute type: 0=spec (sales attribute); 1=param */
  @Column({ type: 'int', name: 'type', nullable: true })
  type!: number | null;
}
