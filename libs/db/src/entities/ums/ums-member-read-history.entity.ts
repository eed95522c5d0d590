import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/**
 * `ums_member_read_history`: products a member viewed. Not in the original schema, which kept this
 * in MongoDB (`memberReadHistory`); mall-member uses it when no MongoDB is configured (ADR 0007).
 * Every view adds a row; the product fields are copied when the view is recorded.
 */
@Entity({ name: 'ums_member_read_history' })
@Index('idx_member_id_create_time', ['memberId', 'createTime'])
@Index('idx_member_id_product_id', ['memberId', 'productId'])
export class UmsMemberReadHistory {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'member_id', transformer: bigintTransformer })
  memberId!: number;

  @Column({ type: 'varchar', name: 'member_nickname', length: 64, nullable: true })
  memberNickname!: string | null;

  @Column({ type: 'varchar', name: 'member_icon', length: 500, nullable: true })
  memberIcon!: string | null;

  @Column({ type: 'bigint', name: 'product_id', transformer: bigintTransformer })
  productId!: number;

  @Column({ type: 'varchar', name: 'product_name', length: 200, nullable: true })
  productName!: string | null;

  @Column({ type: 'varchar', name: 'product_pic', length: 255, nullable: true })
  productPic!: string | null;

  @Column({ type: 'varchar', name: 'product_sub_title', length: 255, nullable: true })
  productSubTitle!: string | null;

  /** Price as text (e.g. `3788.00`), as the original documents stored it. */
  @Column({ type: 'varchar', name: 'product_price', length: 64, nullable: true })
  productPrice!: string | null;

  @Column({ type: 'datetime', name: 'create_time' })
  createTime!: Date;
}
