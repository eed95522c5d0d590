import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `cms_prefrence_area`: Preferred zones (curated product areas). */
@Entity({ name: 'cms_prefrence_area' })
export class CmsPrefrenceArea {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'varchar', name: 'name', length: 255, nullable: true })
  name!: string | null;

  @Column({ type: 'varchar', name: 'sub_title', length: 255, nullable: true })
  subTitle!: string | null;

  /** Display picture */
  @Column({ type: 'varbinary', name: 'pic', length: 500, nullable: true })
  pic!: Buffer | null;

  @Column({ type: 'int', name: 'sort', nullable: true })
  sort!: number | null;

  @Column({ type: 'int', name: 'show_status', nullable: true })
  showStatus!: number | null;
}
