import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `pms_brand`: Brands. */
@Entity({ name: 'pms_brand' })
export class PmsBrand {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'varchar', name: 'name', length: 64, nullable: true })
  name!: string | null;

  /** First letter */
  @Column({ type: 'varchar', name: 'first_letter', length: 8, nullable: true })
  firstLetter!: string | null;

  @Column({ type: 'int', name: 'sort', nullable: true })
  sort!: number | null;

  /** Is brand manufacturer: 0=no; 1=yes */
  @Column({ type: 'int', name: 'factory_status', nullable: true })
  factoryStatus!: number | null;

  @Column({ type: 'int', name: 'show_status', nullable: true })
  showStatus!: number | null;

  /** Product count */
  @Column({ type: 'int', name: 'product_count', nullable: true })
  productCount!: number | null;

  /** Product comment count */
  @Column({ type: 'int', name: 'product_comment_count', nullable: true })
  productCommentCount!: number | null;

  /** Brand logo */
  @Column({ type: 'varchar', name: 'logo', length: 255, nullable: true })
  logo!: string | null;

  /** Zone big picture */
  @Column({ type: 'varchar', name: 'big_pic', length: 255, nullable: true })
  bigPic!: string | null;

  /** Brand story */
  @Column({ type: 'text', name: 'brand_story', nullable: true })
  brandStory!: string | null;
}
