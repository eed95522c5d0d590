import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `ums_member`: Members. */
@Entity({ name: 'ums_member' })
@Index('idx_username', ['username'], { unique: true })
@Index('idx_phone', ['phone'])
export class UmsMember {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({
    type: 'bigint',
    name: 'member_level_id',
    nullable: true,
    transformer: bigintTransformer,
  })
  memberLevelId!: number | null;

  /** Username */
  @Column({ type: 'varchar', name: 'username', length: 64, nullable: true })
  username!: string | null;

  /** Password */
  @Column({ type: 'varchar', name: 'password', length: 64, nullable: true })
  password!: string | null;

  /** Nickname */
  @Column({ type: 'varchar', name: 'nickname', length: 64, nullable: true })
  nickname!: string | null;

  /** Phone number */
  @Column({ type: 'varchar', name: 'phone', length: 64, nullable: true })
  phone!: string | null;

  /** Account status: 0=disabled; 1=enabled */
  @Column({ type: 'int', name: 'status', nullable: true })
  status!: number | null;

  /** Registration time */
  @Column({ type: 'datetime', name: 'create_time', nullable: true })
  createTime!: Date | null;

  /** Avatar */
  @Column({ type: 'varchar', name: 'icon', length: 500, nullable: true })
  icon!: string | null;

  /** Gender: 0=unknown; 1=male; 2=female */
  @Column({ type: 'int', name: 'gender', nullable: true })
  gender!: number | null;

  /** Birthday */
  @Column({ type: 'date', name: 'birthday', nullable: true })
  birthday!: string | null;

  /** City */
  @Column({ type: 'varchar', name: 'city', length: 64, nullable: true })
  city!: string | null;

  /** Job */
  @Column({ type: 'varchar', name: 'job', length: 100, nullable: true })
  job!: string | null;

  /** Personal signature */
  @Column({ type: 'varchar', name: 'personalized_signature', length: 200, nullable: true })
  personalizedSignature!: string | null;

  /** Registration source */
  @Column({ type: 'int', name: 'source_type', nullable: true })
  sourceType!: number | null;

  /** Points */
  @Column({ type: 'int', name: 'integration', nullable: true })
  integration!: number | null;

  /** Growth value */
  @Column({ type: 'int', name: 'growth', nullable: true })
  growth!: number | null;

  /** Remaining lottery chances */
  @Column({ type: 'int', name: 'luckey_count', nullable: true })
  luckeyCount!: number | null;

  /** Historical points total */
  @Column({ type: 'int', name: 'history_integration', nullable: true })
  historyIntegration!: number | null;
}
