import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `sms_home_new_product`: Home new products ('fresh goods'). */
@Entity({ name: 'sms_home_new_product' })
export class SmsHomeNewProduct {
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
