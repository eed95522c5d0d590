import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `pms_album`: Albums. */
@Entity({ name: 'pms_album' })
export class PmsAlbum {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'varchar', name: 'name', length: 64, nullable: true })
  name!: string | null;

  @Column({ type: 'varchar', name: 'cover_pic', length: 1000, nullable: true })
  coverPic!: string | null;

  @Column({ type: 'int', name: 'pic_count', nullable: true })
  picCount!: number | null;

  @Column({ type: 'int', name: 'sort', nullable: true })
  sort!: number | null;

  @Column({ type: 'varchar', name: 'description', length: 1000, nullable: true })
  description!: string | null;
}
