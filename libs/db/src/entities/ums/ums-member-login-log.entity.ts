import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `ums_member_login_log`: Member login log. */
@Entity({ name: 'ums_member_login_log' })
@Index('idx_member_id', ['memberId'])
export class UmsMemberLoginLog {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'member_id', nullable: true, transformer: bigintTransformer })
  memberId!: number | null;

  @Column({ type: 'datetime', name: 'create_time', nullable: true })
  createTime!: Date | null;

  @Column({ type: 'varchar', name: 'ip', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'varchar', name: 'city', length: 64, nullable: true })
  city!: string | null;

  /** Login type: 0=PC; 1=android; 2=ios; 3=mini-program */
  @Column({ type: 'int', name: 'login_type', nullable: true })
  loginType!: number | null;

  @Column({ type: 'varchar', name: 'province', length: 64, nullable: true })
  province!: string | null;
}
