import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `pms_album_pic`: Album pictures. */
@Entity({ name: 'pms_album_pic' })
export class PmsAlbumPic {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'album_id', nullable: true, transformer: bigintTransformer })
  albumId!: number | null;

  @Column({ type: 'varchar', name: 'pic', length: 1000, nullable: true })
  pic!: string | null;
}
