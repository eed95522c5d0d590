import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer, decimalTransformer } from '../../transformers';

/** `sms_flash_promotion_product_relation`: Flash promotion <-> product relation. */
@Entity({ name: 'sms_flash_promotion_product_relation' })
@Index('idx_flash_promotion_id_flash_promotion_session_id', [
  'flashPromotionId',
  'flashPromotionSessionId',
])
export class SmsFlashPromotionProductRelation {
  /** Id */
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({
    type: 'bigint',
    name: 'flash_promotion_id',
    nullable: true,
    transformer: bigintTransformer,
  })
  flashPromotionId!: number | null;

  /** Id */
  @Column({
    type: 'bigint',
    name: 'flash_promotion_session_id',
    nullable: true,
    transformer: bigintTransformer,
  })
  flashPromotionSessionId!: number | null;

  @Column({ type: 'bigint', name: 'product_id', nullable: true, transformer: bigintTransformer })
  productId!: number | null;

  /** Flash price */
  @Column({
    type: 'decimal',
    name: 'flash_promotion_price',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  flashPromotionPrice!: number | null;

  /** Flash quantity */
  @Column({ type: 'int', name: 'flash_promotion_count', nullable: true })
  flashPromotionCount!: number | null;

  /** Per-member purchase limit */
  @Column({ type: 'int', name: 'flash_promotion_limit', nullable: true })
  flashPromotionLimit!: number | null;

  /** Sort order */
  @Column({ type: 'int', name: 'sort', nullable: true })
  sort!: number | null;
}
