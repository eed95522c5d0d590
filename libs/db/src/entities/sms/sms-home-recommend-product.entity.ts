import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `sms_home_recommend_product`: Home popular recommended products. */
@Entity({ name: 'sms_home_recommend_product' })
export class SmsHomeRecommendProduct {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'product_id', nullable: true, transformer: bigintTransformer })
  productId!: number | null;

  @Column({ type: 'varchar', name: 'product_name', length: 64, nullable: true })
  productName!: string | null;

  @Column({ type: 'int', name: 'recommend_status', nullable: true })
  recommendStatus!: number | null;

  @Column({ type: 'int', name: 'sort', nullable: true })
  sort!: number | null;
}
