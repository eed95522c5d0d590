import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/**
 * `ums_member_brand_attention`: brands a member follows. Not in the original schema, which kept
 * this in MongoDB (`memberBrandAttention`); mall-member uses it when no MongoDB is configured
 * (ADR 0007). One row per member and brand (unique key).
 */
@Entity({ name: 'ums_member_brand_attention' })
@Index('uk_member_id_brand_id', ['memberId', 'brandId'], { unique: true })
@Index('idx_member_id_create_time', ['memberId', 'createTime'])
export class UmsMemberBrandAttention {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'member_id', transformer: bigintTransformer })
  memberId!: number;

  @Column({ type: 'varchar', name: 'member_nickname', length: 64, nullable: true })
  memberNickname!: string | null;

  @Column({ type: 'varchar', name: 'member_icon', length: 500, nullable: true })
  memberIcon!: string | null;

  @Column({ type: 'bigint', name: 'brand_id', transformer: bigintTransformer })
  brandId!: number;

  @Column({ type: 'varchar', name: 'brand_name', length: 64, nullable: true })
  brandName!: string | null;

  @Column({ type: 'varchar', name: 'brand_logo', length: 255, nullable: true })
  brandLogo!: string | null;

  @Column({ type: 'varchar', name: 'brand_city', length: 64, nullable: true })
  brandCity!: string | null;

  @Column({ type: 'datetime', name: 'create_time' })
  createTime!: Date;
}
