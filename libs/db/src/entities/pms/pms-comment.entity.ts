import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `pms_comment`: Product reviews. */
@Entity({ name: 'pms_comment' })
@Index('idx_product_id', ['productId'])
export class PmsComment {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'product_id', nullable: true, transformer: bigintTransformer })
  productId!: number | null;

  @Column({ type: 'varchar', name: 'member_nick_name', length: 255, nullable: true })
  memberNickName!: string | null;

  @Column({ type: 'varchar', name: 'product_name', length: 255, nullable: true })
  productName!: string | null;

  /** Star rating 0..5 */
  @Column({ type: 'int', name: 'star', nullable: true })
  star!: number | null;

  /** Reviewer IP */
  @Column({ type: 'varchar', name: 'member_ip', length: 64, nullable: true })
  memberIp!: string | null;

  @Column({ type: 'datetime', name: 'create_time', nullable: true })
  createTime!: Date | null;

  @Column({ type: 'int', name: 'show_status', nullable: true })
  showStatus!: number | null;

  /** Product attributes at purchase time */
  @Column({ type: 'varchar', name: 'product_attribute', length: 255, nullable: true })
  productAttribute!: string | null;

  @Column({ type: 'int', name: 'collect_couont', nullable: true })
  collectCouont!: number | null;

  @Column({ type: 'int', name: 'read_count', nullable: true })
  readCount!: number | null;

  @Column({ type: 'text', name: 'content', nullable: true })
  content!: string | null;

  /** Uploaded picture URLs, comma-separated */
  @Column({ type: 'varchar', name: 'pics', length: 1000, nullable: true })
  pics!: string | null;

  /** Commenter avatar */
  @Column({ type: 'varchar', name: 'member_icon', length: 255, nullable: true })
  memberIcon!: string | null;

  @Column({ type: 'int', name: 'replay_count', nullable: true })
  replayCount!: number | null;
}
