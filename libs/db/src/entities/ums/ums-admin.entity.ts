import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `ums_admin`: Admin users. */
@Entity({ name: 'ums_admin' })
@Index('idx_username', ['username'])
export class UmsAdmin {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'varchar', name: 'username', length: 64, nullable: true })
  username!: string | null;

  @Column({ type: 'varchar', name: 'password', length: 64, nullable: true })
  password!: string | null;

  /** Avatar */
  @Column({ type: 'varchar', name: 'icon', length: 500, nullable: true })
  icon!: string | null;

  /** Email */
  @Column({ type: 'varchar', name: 'email', length: 100, nullable: true })
  email!: string | null;

  /** Nickname */
  @Column({ type: 'varchar', name: 'nick_name', length: 200, nullable: true })
  nickName!: string | null;

  /** Note */
  @Column({ type: 'varchar', name: 'note', length: 500, nullable: true })
  note!: string | null;

  /** Creation time */
  @Column({ type: 'datetime', name: 'create_time', nullable: true })
  createTime!: Date | null;

  /** Last login time */
  @Column({ type: 'datetime', name: 'login_time', nullable: true })
  loginTime!: Date | null;

  /** Account status: 0=disabled; 1=enabled */
  @Column({ type: 'int', name: 'status', nullable: true, default: 1 })
  status!: number | null;
}
