import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `sms_home_brand`: Home recommended brands. */
@Entity({ name: 'sms_home_brand' })
export class SmsHomeBrand {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'brand_id', nullable: true, transformer: bigintTransformer })
  brandId!: number | null;

  @Column({ type: 'varchar', name: 'brand_name', length: 64, nullable: true })
  brandName!: string | null;

  @Column({ type: 'int', name: 'recommend_status', nullable: true })
  recommendStatus!: number | null;

  @Column({ type: 'int', name: 'sort', nullable: true })
  sort!: number | null;
}
