import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer, decimalTransformer } from '../../transformers';

/** `ums_member_statistics_info`: Member statistics. */
@Entity({ name: 'ums_member_statistics_info' })
export class UmsMemberStatisticsInfo {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'member_id', nullable: true, transformer: bigintTransformer })
  memberId!: number | null;

  /** Cumulative spend */
  @Column({
    type: 'decimal',
    name: 'consume_amount',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  consumeAmount!: number | null;

  /** Order count */
  @Column({ type: 'int', name: 'order_count', nullable: true })
  orderCount!: number | null;

  /** Coupon count */
  @Column({ type: 'int', name: 'coupon_count', nullable: true })
  couponCount!: number | null;

  /** Review count */
  @Column({ type: 'int', name: 'comment_count', nullable: true })
  commentCount!: number | null;

  /** Returned quantity */
  @Column({ type: 'int', name: 'return_order_count', nullable: true })
  returnOrderCount!: number | null;

  /** Login count */
  @Column({ type: 'int', name: 'login_count', nullable: true })
  loginCount!: number | null;

  /** Following count */
  @Column({ type: 'int', name: 'attend_count', nullable: true })
  attendCount!: number | null;

  /** Fans count */
  @Column({ type: 'int', name: 'fans_count', nullable: true })
  fansCount!: number | null;

  @Column({ type: 'int', name: 'collect_product_count', nullable: true })
  collectProductCount!: number | null;

  @Column({ type: 'int', name: 'collect_subject_count', nullable: true })
  collectSubjectCount!: number | null;

  @Column({ type: 'int', name: 'collect_topic_count', nullable: true })
  collectTopicCount!: number | null;

  @Column({ type: 'int', name: 'collect_comment_count', nullable: true })
  collectCommentCount!: number | null;

  @Column({ type: 'int', name: 'invite_friend_count', nullable: true })
  inviteFriendCount!: number | null;

  /** Last order time */
  @Column({ type: 'datetime', name: 'recent_order_time', nullable: true })
  recentOrderTime!: Date | null;
}
