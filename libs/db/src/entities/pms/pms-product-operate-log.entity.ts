import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer, decimalTransformer } from '../../transformers';

/** `pms_product_operate_log`: Product price/points change log (no table comment). */
@Entity({ name: 'pms_product_operate_log' })
export class PmsProductOperateLog {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'product_id', nullable: true, transformer: bigintTransformer })
  productId!: number | null;

  @Column({
    type: 'decimal',
    name: 'price_old',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  priceOld!: number | null;

  @Column({
    type: 'decimal',
    name: 'price_new',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  priceNew!: number | null;

  @Column({
    type: 'decimal',
    name: 'sale_price_old',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  salePriceOld!: number | null;

  @Column({
    type: 'decimal',
    name: 'sale_price_new',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  salePriceNew!: number | null;

  /** Gift points */
  @Column({ type: 'int', name: 'gift_point_old', nullable: true })
  giftPointOld!: number | null;

  @Column({ type: 'int', name: 'gift_point_new', nullable: true })
  giftPointNew!: number | null;

  @Column({ type: 'int', name: 'use_point_limit_old', nullable: true })
  usePointLimitOld!: number | null;

  @Column({ type: 'int', name: 'use_point_limit_new', nullable: true })
  usePointLimitNew!: number | null;

  /** Operator */
  @Column({ type: 'varchar', name: 'operate_man', length: 64, nullable: true })
  operateMan!: string | null;

  @Column({ type: 'datetime', name: 'create_time', nullable: true })
  createTime!: Date | null;
}
