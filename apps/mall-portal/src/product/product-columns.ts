import type { CmsSubject, PmsBrand, PmsProduct, PmsProductCategory } from '@mall/db';
import type { FindOptionsSelect } from 'typeorm';

/**
 * Which columns each kind of read returns, so the JSON carries the fields the original did
 * (spec §0.12): MyBatis Generator lists leave out the text (BLOB) columns, primary-key reads
 * include them, and the home queries (`p.*` mapped by auto-mapping) add the BLOB columns whose
 * names have no underscore (`description`, `content`).
 */

type Fields<T> = readonly (keyof T & string)[];

const PRODUCT_BASE_FIELDS: Fields<PmsProduct> = [
  'id',
  'brandId',
  'productCategoryId',
  'feightTemplateId',
  'productAttributeCategoryId',
  'name',
  'pic',
  'productSn',
  'deleteStatus',
  'publishStatus',
  'newStatus',
  'recommandStatus',
  'verifyStatus',
  'sort',
  'sale',
  'price',
  'promotionPrice',
  'giftGrowth',
  'giftPoint',
  'usePointLimit',
  'subTitle',
  'originalPrice',
  'stock',
  'lowStock',
  'unit',
  'weight',
  'previewStatus',
  'serviceIds',
  'keywords',
  'note',
  'albumPics',
  'detailTitle',
  'promotionStartTime',
  'promotionEndTime',
  'promotionPerLimit',
  'promotionType',
  'brandName',
  'productCategoryName',
];

/** Product lists by example (search, brand products, recommended products). */
export const PRODUCT_LIST_FIELDS: Fields<PmsProduct> = PRODUCT_BASE_FIELDS;

/** Product lists of the home page (new, hot, flash sale). */
export const PRODUCT_HOME_FIELDS: Fields<PmsProduct> = [...PRODUCT_BASE_FIELDS, 'description'];

/** Brand lists (recommended brands); the detail adds `brandStory`. */
export const BRAND_LIST_FIELDS: Fields<PmsBrand> = [
  'id',
  'name',
  'firstLetter',
  'sort',
  'factoryStatus',
  'showStatus',
  'productCount',
  'productCommentCount',
  'logo',
  'bigPic',
];

/** Category lists and the category tree; only a primary-key read adds `description`. */
export const CATEGORY_LIST_FIELDS: Fields<PmsProductCategory> = [
  'id',
  'parentId',
  'name',
  'level',
  'productCount',
  'productUnit',
  'navStatus',
  'showStatus',
  'sort',
  'icon',
  'keywords',
];

/** Subject lists by example (`/home/subjectList`): without `content`. */
export const SUBJECT_LIST_FIELDS: Fields<CmsSubject> = [
  'id',
  'categoryId',
  'title',
  'pic',
  'productCount',
  'recommendStatus',
  'createTime',
  'collectCount',
  'readCount',
  'commentCount',
  'albumPics',
  'description',
  'showStatus',
  'forwardCount',
  'categoryName',
];

/** Subjects of the home page: every column. */
export const SUBJECT_HOME_FIELDS: Fields<CmsSubject> = [...SUBJECT_LIST_FIELDS, 'content'];

/** `alias.field` selections for a query builder. */
export function aliased<T>(alias: string, fields: Fields<T>): string[] {
  return fields.map((field) => `${alias}.${field}`);
}

/** A `find` selection of the given fields. */
export function selection<T>(fields: Fields<T>): FindOptionsSelect<T> {
  const select: Record<string, true> = {};
  for (const field of fields) select[field] = true;
  return select as FindOptionsSelect<T>;
}
