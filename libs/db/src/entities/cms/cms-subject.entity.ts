import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `cms_subject`: Subjects (themed product collections). */
@Entity({ name: 'cms_subject' })
export class CmsSubject {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'category_id', nullable: true, transformer: bigintTransformer })
  categoryId!: number | null;

  @Column({ type: 'varchar', name: 'title', length: 100, nullable: true })
  title!: string | null;

  /** Subject main picture */
  @Column({ type: 'varchar', name: 'pic', length: 500, nullable: true })
  pic!: string | null;

  /** Number of related products */
  @Column({ type: 'int', name: 'product_count', nullable: true })
  productCount!: number | null;

  @Column({ type: 'int', name: 'recommend_status', nullable: true })
  recommendStatus!: number | null;

  @Column({ type: 'datetime', name: 'create_time', nullable: true })
  createTime!: Date | null;

  @Column({ type: 'int', name: 'collect_count', nullable: true })
  collectCount!: number | null;

  @Column({ type: 'int', name: 'read_count', nullable: true })
  readCount!: number | null;

  @Column({ type: 'int', name: 'comment_count', nullable: true })
  commentCount!: number | null;

  /** Album pictures, comma-separated */
  @Column({ type: 'varchar', name: 'album_pics', length: 1000, nullable: true })
  albumPics!: string | null;

  @Column({ type: 'varchar', name: 'description', length: 1000, nullable: true })
  description!: string | null;

  /** Show status: 0=hidden; 1=shown */
  @Column({ type: 'int', name: 'show_status', nullable: true })
  showStatus!: number | null;

  @Column({ type: 'text', name: 'content', nullable: true })
  content!: string | null;

  /** Forward/share count */
  @Column({ type: 'int', name: 'forward_count', nullable: true })
  forwardCount!: number | null;

  /** Subject category name */
  @Column({ type: 'varchar', name: 'category_name', length: 200, nullable: true })
  categoryName!: string | null;
}
