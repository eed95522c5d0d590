import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer, decimalTransformer } from '../../transformers';

/** `pms_feight_template`: Freight templates. */
@Entity({ name: 'pms_feight_template' })
export class PmsFeightTemplate {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'varchar', name: 'name', length: 64, nullable: true })
  name!: string | null;

  /** Charge type: 0=by weight; 1=by piece */
  @Column({ type: 'int', name: 'charge_type', nullable: true })
  chargeType!: number | null;

  /** First weight (kg) */
  @Column({
    type: 'decimal',
    name: 'first_weight',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  firstWeight!: number | null;

  /** First fee (CNY) */
  @Column({
    type: 'decimal',
    name: 'first_fee',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  firstFee!: number | null;

  @Column({
    type: 'decimal',
    name: 'continue_weight',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  continueWeight!: number | null;

  @Column({
    type: 'decimal',
    name: 'continme_fee',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  continmeFee!: number | null;

  /** Destination (province, city) */
  @Column({ type: 'varchar', name: 'dest', length: 255, nullable: true })
  dest!: string | null;
}
