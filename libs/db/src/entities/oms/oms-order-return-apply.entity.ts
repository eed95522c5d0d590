import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer, decimalTransformer } from '../../transformers';

/** `oms_order_return_apply`: Order return applications. */
@Entity({ name: 'oms_order_return_apply' })
export class OmsOrderReturnApply {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  /** Order id */
  @Column({ type: 'bigint', name: 'order_id', nullable: true, transformer: bigintTransformer })
  orderId!: number | null;

  /** Company address id (oms_company_address) */
  @Column({
    type: 'bigint',
    name: 'company_address_id',
    nullable: true,
    transformer: bigintTransformer,
  })
  companyAddressId!: number | null;

  /** Returned product id */
  @Column({ type: 'bigint', name: 'product_id', nullable: true, transformer: bigintTransformer })
  productId!: number | null;

  /** Order number (order_sn) */
  @Column({ type: 'varchar', name: 'order_sn', length: 64, nullable: true })
  orderSn!: string | null;

  /** Apply time */
  @Column({ type: 'datetime', name: 'create_time', nullable: true })
  createTime!: Date | null;

  /** Member username */
  @Column({ type: 'varchar', name: 'member_username', length: 64, nullable: true })
  memberUsername!: string | null;

  /** Refund amount */
  @Column({
    type: 'decimal',
    name: 'return_amount',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  returnAmount!: number | null;

  /** Returner name */
  @Column({ type: 'varchar', name: 'return_name', length: 100, nullable: true })
  returnName!: string | null;

  /** Returner phone */
  @Column({ type: 'varchar', name: 'return_phone', length: 100, nullable: true })
  returnPhone!: string | null;

  /** Apply status: 0=pending; 1=returning; 2=completed; 3=rejected */
  @Column({ type: 'int', name: 'status', nullable: true })
  status!: number | null;

  /** Handling time */
  @Column({ type: 'datetime', name: 'handle_time', nullable: true })
  handleTime!: Date | null;

  /** Product picture */
  @Column({ type: 'varchar', name: 'product_pic', length: 500, nullable: true })
  productPic!: string | null;

  /** Product name */
  @Column({ type: 'varchar', name: 'product_name', length: 200, nullable: true })
  productName!: string | null;

  /** Product brand */
  @Column({ type: 'varchar', name: 'product_brand', length: 200, nullable: true })
  productBrand!: string | null;

  /** Product sales attributes text, e.g. colour: red; size: xl; */
  @Column({ type: 'varchar', name: 'product_attr', length: 500, nullable: true })
  productAttr!: string | null;

  /** Returned quantity */
  @Column({ type: 'int', name: 'product_count', nullable: true })
  productCount!: number | null;

  /** Product unit price */
  @Column({
    type: 'decimal',
    name: 'product_price',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  productPrice!: number | null;

  /** Actually paid unit price */
  @Column({
    type: 'decimal',
    name: 'product_real_price',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  productRealPrice!: number | null;

  /** Reason */
  @Column({ type: 'varchar', name: 'reason', length: 200, nullable: true })
  reason!: string | null;

  /** Description */
  @Column({ type: 'varchar', name: 'description', length: 500, nullable: true })
  description!: string | null;

  /** Proof pictures, comma-separated */
  @Column({ type: 'varchar', name: 'proof_pics', length: 1000, nullable: true })
  proofPics!: string | null;

  /** Handling note */
  @Column({ type: 'varchar', name: 'handle_note', length: 500, nullable: true })
  handleNote!: string | null;

  /** Handler */
  @Column({ type: 'varchar', name: 'handle_man', length: 100, nullable: true })
  handleMan!: string | null;

  /** Receiver (of returned goods) */
  @Column({ type: 'varchar', name: 'receive_man', length: 100, nullable: true })
  receiveMan!: string | null;

  /** Receive time */
  @Column({ type: 'datetime', name: 'receive_time', nullable: true })
  receiveTime!: Date | null;

  /** Receive note */
  @Column({ type: 'varchar', name: 'receive_note', length: 500, nullable: true })
  receiveNote!: string | null;
}
