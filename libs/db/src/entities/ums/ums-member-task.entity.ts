import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `ums_member_task`: Member tasks. */
@Entity({ name: 'ums_member_task' })
export class UmsMemberTask {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'varchar', name: 'name', length: 100, nullable: true })
  name!: string | null;

  /** Growth value granted */
  @Column({ type: 'int', name: 'growth', nullable: true })
  growth!: number | null;

  /** Points granted */
  @Column({ type: 'int', name: 'intergration', nullable: true })
  intergration!: number | null;

  /** Task type: 0=newbie; 1=daily */
  @Column({ type: 'int', name: 'type', nullable: true })
  type!: number | null;
}
