import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer, decimalTransformer } from '../../transformers';

/** `ums_member_tag`: Member tags. */
@Entity({ name: 'ums_member_tag' })
export class UmsMemberTag {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'varchar', name: 'name', length: 100, nullable: true })
  name!: string | null;

  /** Auto-tag: completed order count */
  @Column({ type: 'int', name: 'finish_order_count', nullable: true })
  finishOrderCount!: number | null;

  /** Auto-tag: completed order amount */
  @Column({
    type: 'decimal',
    name: 'finish_order_amount',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  finishOrderAmount!: number | null;
}
