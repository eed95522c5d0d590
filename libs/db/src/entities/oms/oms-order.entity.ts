import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer, decimalTransformer } from '../../transformers';

/** `oms_order`: Orders. */
@Entity({ name: 'oms_order' })
@Index('member_id', ['memberId'])
@Index('idx_member_id_status_delete_status', ['memberId', 'status', 'deleteStatus'])
@Index('idx_status_create_time', ['status', 'createTime'])
@Index('idx_order_sn', ['orderSn'])
export class OmsOrder {
  /** Order id */
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'member_id', transformer: bigintTransformer })
  memberId!: number;

  @Column({ type: 'bigint', name: 'coupon_id', nullable: true, transformer: bigintTransformer })
  couponId!: number | null;

  /** Order number (order_sn) */
  @Column({ type: 'varchar', name: 'order_sn', length: 64, nullable: true })
  orderSn!: string | null;

  /** Submit time */
  @Column({ type: 'datetime', name: 'create_time', nullable: true })
  createTime!: Date | null;

  /** Member account (username) */
  @Column({ type: 'varchar', name: 'member_username', length: 64, nullable: true })
  memberUsername!: string | null;

  /** Order total amount */
  @Column({
    type: 'decimal',
    name: 'total_amount',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  totalAmount!: number | null;

  /** Amount payable (actually paid) */
  @Column({
    type: 'decimal',
    name: 'pay_amount',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  payAmount!: number | null;

  /** Freight amount */
  @Column({
    type: 'decimal',
    name: 'freight_amount',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  freightAmount!: number | null;

  /** Promotion discount amount (promo price, full-reduction, ladder) */
  @Column({
    type: 'decimal',
    name: 'promotion_amount',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  promotionAmount!: number | null;

  /** Points (integration) deduction amount */
  @Column({
    type: 'decimal',
    name: 'integration_amount',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  integrationAmount!: number | null;

  /** Coupon deduction amount */
  @Column({
    type: 'decimal',
    name: 'coupon_amount',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  couponAmount!: number | null;

  /** Discount amount applied by admin in back office */
  @Column({
    type: 'decimal',
    name: 'discount_amount',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  discountAmount!: number | null;

  /** Pay type: 0=unpaid; 1=Alipay; 2=WeChat */
  @Column({ type: 'int', name: 'pay_type', nullable: true })
  payType!: number | null;

  /** Order source: 0=PC; 1=app */
  @Column({ type: 'int', name: 'source_type', nullable: true })
  sourceType!: number | null;

  /** Order status: 0=pending payment; 1=pending shipment; 2=shipped; 3=completed; 4=closed; 5=invalid */
  @Column({ type: 'int', name: 'status', nullable: true })
  status!: number | null;

  /** Order type: 0=normal; 1=flash-sale */
  @Column({ type: 'int', name: 'order_type', nullable: true })
  orderType!: number | null;

  /** Logistics company (delivery method) */
  @Column({ type: 'varchar', name: 'delivery_company', length: 64, nullable: true })
  deliveryCompany!: string | null;

  /** Tracking number */
  @Column({ type: 'varchar', name: 'delivery_sn', length: 64, nullable: true })
  deliverySn!: string | null;

  /** Auto-confirm receipt after N days */
  @Column({ type: 'int', name: 'auto_confirm_day', nullable: true })
  autoConfirmDay!: number | null;

  /** Points the order earns */
  @Column({ type: 'int', name: 'integration', nullable: true })
  integration!: number | null;

  /** Growth value the order earns */
  @Column({ type: 'int', name: 'growth', nullable: true })
  growth!: number | null;

  /** Promotion info text */
  @Column({ type: 'varchar', name: 'promotion_info', length: 500, nullable: true })
  promotionInfo!: string | null;

  /** Invoice type: 0=none; 1=electronic; 2=paper */
  @Column({ type: 'int', name: 'bill_type', nullable: true })
  billType!: number | null;

  /** Invoice header (title) */
  @Column({ type: 'varchar', name: 'bill_header', length: 200, nullable: true })
  billHeader!: string | null;

  /** Invoice content */
  @Column({ type: 'varchar', name: 'bill_content', length: 200, nullable: true })
  billContent!: string | null;

  /** Invoice receiver phone */
  @Column({ type: 'varchar', name: 'bill_receiver_phone', length: 32, nullable: true })
  billReceiverPhone!: string | null;

  /** Invoice receiver email */
  @Column({ type: 'varchar', name: 'bill_receiver_email', length: 64, nullable: true })
  billReceiverEmail!: string | null;

  /** Receiver name */
  @Column({ type: 'varchar', name: 'receiver_name', length: 100 })
  receiverName!: string;

  /** Contact phone */
  @Column({ type: 'varchar', name: 'receiver_phone', length: 32 })
  receiverPhone!: string;

  /** Receiver post code */
  @Column({ type: 'varchar', name: 'receiver_post_code', length: 32, nullable: true })
  receiverPostCode!: string | null;

  /** Province / municipality */
  @Column({ type: 'varchar', name: 'receiver_province', length: 32, nullable: true })
  receiverProvince!: string | null;

  /** City */
  @Column({ type: 'varchar', name: 'receiver_city', length: 32, nullable: true })
  receiverCity!: string | null;

  /** District */
  @Column({ type: 'varchar', name: 'receiver_region', length: 32, nullable: true })
  receiverRegion!: string | null;

  /** Detailed address */
  @Column({ type: 'varchar', name: 'receiver_detail_address', length: 200, nullable: true })
  receiverDetailAddress!: string | null;

  /** Order note */
  @Column({ type: 'varchar', name: 'note', length: 500, nullable: true })
  note!: string | null;

  /** Receipt confirm status: 0=unconfirmed; 1=confirmed */
  @Column({ type: 'int', name: 'confirm_status', nullable: true })
  confirmStatus!: number | null;

  /** Delete status: 0=not deleted; 1=deleted */
  @Column({ type: 'int', name: 'delete_status', default: 0 })
  deleteStatus!: number;

  /** Points used when ordering */
  @Column({ type: 'int', name: 'use_integration', nullable: true })
  useIntegration!: number | null;

  /** Payment time */
  @Column({ type: 'datetime', name: 'payment_time', nullable: true })
  paymentTime!: Date | null;

  /** Delivery (shipping) time */
  @Column({ type: 'datetime', name: 'delivery_time', nullable: true })
  deliveryTime!: Date | null;

  /** Receipt confirmation time */
  @Column({ type: 'datetime', name: 'receive_time', nullable: true })
  receiveTime!: Date | null;

  /** Review (comment) time */
  @Column({ type: 'datetime', name: 'comment_time', nullable: true })
  commentTime!: Date | null;

  /** Modification time */
  @Column({ type: 'datetime', name: 'modify_time', nullable: true })
  modifyTime!: Date | null;
}
