import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer, decimalTransformer } from '../../transformers';

/** `ums_member_level`: Member levels. */
@Entity({ name: 'ums_member_level' })
export class UmsMemberLevel {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'varchar', name: 'name', length: 100, nullable: true })
  name!: string | null;

  @Column({ type: 'int', name: 'growth_point', nullable: true })
  growthPoint!: number | null;

  /** Is default level: 0=no; 1=yes */
  @Column({ type: 'int', name: 'default_status', nullable: true })
  defaultStatus!: number | null;

  /** Free-freight threshold */
  @Column({
    type: 'decimal',
    name: 'free_freight_point',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  freeFreightPoint!: number | null;

  /** Growth value per review */
  @Column({ type: 'int', name: 'comment_growth_point', nullable: true })
  commentGrowthPoint!: number | null;

  /** Free-shipping privilege */
  @Column({ type: 'int', name: 'priviledge_free_freight', nullable: true })
  priviledgeFreeFreight!: number | null;

  /** Sign-in privilege */
  @Column({ type: 'int', name: 'priviledge_sign_in', nullable: true })
  priviledgeSignIn!: number | null;

  /** Review reward privilege */
  @Column({ type: 'int', name: 'priviledge_comment', nullable: true })
  priviledgeComment!: number | null;

  /** Exclusive promotion privilege */
  @Column({ type: 'int', name: 'priviledge_promotion', nullable: true })
  priviledgePromotion!: number | null;

  /** Member price privilege */
  @Column({ type: 'int', name: 'priviledge_member_price', nullable: true })
  priviledgeMemberPrice!: number | null;

  /** Birthday privilege */
  @Column({ type: 'int', name: 'priviledge_birthday', nullable: true })
  priviledgeBirthday!: number | null;

  @Column({ type: 'varchar', name: 'note', length: 200, nullable: true })
  note!: string | null;
}
