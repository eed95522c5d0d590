import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/**
 * `ums_member_receive_address`: Member receive addresses. The original's UNIQUE KEY `member_id`
 * (one address per member) is a plain index here: members keep several addresses (ADR 0007).
 */
@Entity({ name: 'ums_member_receive_address' })
@Index('idx_member_id', ['memberId'])
export class UmsMemberReceiveAddress {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'member_id', nullable: true, transformer: bigintTransformer })
  memberId!: number | null;

  /** Receiver name */
  @Column({ type: 'varchar', name: 'name', length: 100, nullable: true })
  name!: string | null;

  @Column({ type: 'varchar', name: 'phone_number', length: 64, nullable: true })
  phoneNumber!: string | null;

  /** Is default */
  @Column({ type: 'int', name: 'default_status', nullable: true })
  defaultStatus!: number | null;

  /** Post code */
  @Column({ type: 'varchar', name: 'post_code', length: 100, nullable: true })
  postCode!: string | null;

  /** Province / municipality */
  @Column({ type: 'varchar', name: 'province', length: 100, nullable: true })
  province!: string | null;

  /** City */
  @Column({ type: 'varchar', name: 'city', length: 100, nullable: true })
  city!: string | null;

  /** District */
  @Column({ type: 'varchar', name: 'region', length: 100, nullable: true })
  region!: string | null;

  /** Detailed address (street) */
  @Column({ type: 'varchar', name: 'detail_address', length: 128, nullable: true })
  detailAddress!: string | null;
}
