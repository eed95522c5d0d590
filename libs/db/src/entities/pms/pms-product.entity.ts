import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer, decimalTransformer } from '../../transformers';

/** `pms_product`: Products. */
@Entity({ name: 'pms_product' })
@Index('idx_delete_status_publish_status', ['deleteStatus', 'publishStatus'])
@Index('idx_brand_id', ['brandId'])
@Index('idx_product_category_id', ['productCategoryId'])
@Index('idx_product_sn', ['productSn'])
@Index('idx_list_delete_status_sort', [
  'deleteStatus',
  'sort',
  'id',
  'publishStatus',
  'verifyStatus',
  'name',
])
@Index('idx_list_brand_id_sort', [
  'brandId',
  'deleteStatus',
  'sort',
  'id',
  'publishStatus',
  'verifyStatus',
])
@Index('idx_list_product_category_id_sort', [
  'productCategoryId',
  'deleteStatus',
  'sort',
  'id',
  'publishStatus',
  'verifyStatus',
])
export class PmsProduct {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'bigint', name: 'brand_id', nullable: true, transformer: bigintTransformer })
  brandId!: number | null;

  @Column({
    type: 'bigint',
    name: 'product_category_id',
    nullable: true,
    transformer: bigintTransformer,
  })
  productCategoryId!: number | null;

  @Column({
    type: 'bigint',
    name: 'feight_template_id',
    nullable: true,
    transformer: bigintTransformer,
  })
  feightTemplateId!: number | null;

  @Column({
    type: 'bigint',
    name: 'product_attribute_category_id',
    nullable: true,
    transformer: bigintTransformer,
  })
  productAttributeCategoryId!: number | null;

  @Column({ type: 'varchar', name: 'name', length: 64 })
  name!: string;

  @Column({ type: 'varchar', name: 'pic', length: 255, nullable: true })
  pic!: string | null;

  /** Article number (SKU/product code) */
  @Column({ type: 'varchar', name: 'product_sn', length: 64 })
  productSn!: string;

  /** Delete status: 0=not deleted; 1=deleted */
  @Column({ type: 'int', name: 'delete_status', nullable: true })
  deleteStatus!: number | null;

  /** Publish status: 0=off shelf; 1=on shelf */
  @Column({ type: 'int', name: 'publish_status', nullable: true })
  publishStatus!: number | null;

  /** New status: 0=not new; 1=new */
  @Column({ type: 'int', name: 'new_status', nullable: true })
  newStatus!: number | null;

  /** Recommend status: 0=no; 1=yes */
  @Column({ type: 'int', name: 'recommand_status', nullable: true })
  recommandStatus!: number | null;

  /** Verify status: 0=not verified; 1=approved */
  @Column({ type: 'int', name: 'verify_status', nullable: true })
  verifyStatus!: number | null;

  /** Sort order */
  @Column({ type: 'int', name: 'sort', nullable: true })
  sort!: number | null;

  /** Sales volume */
  @Column({ type: 'int', name: 'sale', nullable: true })
  sale!: number | null;

  @Column({
    type: 'decimal',
    name: 'price',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  price!: number | null;

  /** Promotion price */
  @Column({
    type: 'decimal',
    name: 'promotion_price',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  promotionPrice!: number | null;

  /** Gift growth value */
  @Column({ type: 'int', name: 'gift_growth', nullable: true, default: 0 })
  giftGrowth!: number | null;

  /** Gift points */
  @Column({ type: 'int', name: 'gift_point', nullable: true, default: 0 })
  giftPoint!: number | null;

  /** Max points usable */
  @Column({ type: 'int', name: 'use_point_limit', nullable: true })
  usePointLimit!: number | null;

  /** Subtitle */
  @Column({ type: 'varchar', name: 'sub_title', length: 255, nullable: true })
  subTitle!: string | null;

  /** Product description */
  @Column({ type: 'text', name: 'description', nullable: true })
  description!: string | null;

  /** Market (original) price */
  @Column({
    type: 'decimal',
    name: 'original_price',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  originalPrice!: number | null;

  /** Stock */
  @Column({ type: 'int', name: 'stock', nullable: true })
  stock!: number | null;

  /** Low-stock warning threshold */
  @Column({ type: 'int', name: 'low_stock', nullable: true })
  lowStock!: number | null;

  /** Unit */
  @Column({ type: 'varchar', name: 'unit', length: 16, nullable: true })
  unit!: string | null;

  /** Weight (grams by default) */
  @Column({
    type: 'decimal',
    name: 'weight',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: decimalTransformer,
  })
  weight!: number | null;

  /** Is preview (upcoming) product: 0=no; 1=yes */
  @Column({ type: 'int', name: 'preview_status', nullable: true })
  previewStatus!: number | null;

  /** Comma-separated services: 1=worry-free return; 2=fast refund; 3=free shipping */
  @Column({ type: 'varchar', name: 'service_ids', length: 64, nullable: true })
  serviceIds!: string | null;

  @Column({ type: 'varchar', name: 'keywords', length: 255, nullable: true })
  keywords!: string | null;

  @Column({ type: 'varchar', name: 'note', length: 255, nullable: true })
  note!: string | null;

  /** Album pictures incl. main picture, max 5, comma-separated */
  @Column({ type: 'varchar', name: 'album_pics', length: 255, nullable: true })
  albumPics!: string | null;

  @Column({ type: 'varchar', name: 'detail_title', length: 255, nullable: true })
  detailTitle!: string | null;

  @Column({ type: 'text', name: 'detail_desc', nullable: true })
  detailDesc!: string | null;

  /** Detail HTML */
  @Column({ type: 'text', name: 'detail_html', nullable: true })
  detailHtml!: string | null;

  /** Mobile detail HTML */
  @Column({ type: 'text', name: 'detail_mobile_html', nullable: true })
  detailMobileHtml!: string | null;

  /** Promotion start time */
  @Column({ type: 'datetime', name: 'promotion_start_time', nullable: true })
  promotionStartTime!: Date | null;

  /** Promotion end time */
  @Column({ type: 'datetime', name: 'promotion_end_time', nullable: true })
  promotionEndTime!: Date | null;

  /** Per-member promotion purchase limit */
  @Column({ type: 'int', name: 'promotion_per_limit', nullable: true })
  promotionPerLimit!: number | null;

  /** Promotion type: 0=none (original price); 1=promotion price; 2=member price; 3=ladder price; 4=full reduction; 5=flash sale */
  @Column({ type: 'int', name: 'promotion_type', nullable: true })
  promotionType!: number | null;

  /** Brand name (denormalized) */
  @Column({ type: 'varchar', name: 'brand_name', length: 255, nullable: true })
  brandName!: string | null;

  /** Product category name (denormalized) */
  @Column({ type: 'varchar', name: 'product_category_name', length: 255, nullable: true })
  productCategoryName!: string | null;
}
