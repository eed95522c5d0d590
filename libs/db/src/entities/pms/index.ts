import { PmsAlbum } from './pms-album.entity';
import { PmsAlbumPic } from './pms-album-pic.entity';
import { PmsBrand } from './pms-brand.entity';
import { PmsComment } from './pms-comment.entity';
import { PmsCommentReplay } from './pms-comment-replay.entity';
import { PmsFeightTemplate } from './pms-feight-template.entity';
import { PmsMemberPrice } from './pms-member-price.entity';
import { PmsProduct } from './pms-product.entity';
import { PmsProductAttribute } from './pms-product-attribute.entity';
import { PmsProductAttributeCategory } from './pms-product-attribute-category.entity';
import { PmsProductAttributeValue } from './pms-product-attribute-value.entity';
import { PmsProductCategory } from './pms-product-category.entity';
import { PmsProductCategoryAttributeRelation } from './pms-product-category-attribute-relation.entity';
import { PmsProductFullReduction } from './pms-product-full-reduction.entity';
import { PmsProductLadder } from './pms-product-ladder.entity';
import { PmsProductOperateLog } from './pms-product-operate-log.entity';
import { PmsProductVertifyRecord } from './pms-product-vertify-record.entity';
import { PmsSkuStock } from './pms-sku-stock.entity';

export {
  PmsAlbum,
  PmsAlbumPic,
  PmsBrand,
  PmsComment,
  PmsCommentReplay,
  PmsFeightTemplate,
  PmsMemberPrice,
  PmsProduct,
  PmsProductAttribute,
  PmsProductAttributeCategory,
  PmsProductAttributeValue,
  PmsProductCategory,
  PmsProductCategoryAttributeRelation,
  PmsProductFullReduction,
  PmsProductLadder,
  PmsProductOperateLog,
  PmsProductVertifyRecord,
  PmsSkuStock,
};

/** Every `pms_*` table's entity, in table-name order. */
export const PMS_ENTITIES = [
  PmsAlbum,
  PmsAlbumPic,
  PmsBrand,
  PmsComment,
  PmsCommentReplay,
  PmsFeightTemplate,
  PmsMemberPrice,
  PmsProduct,
  PmsProductAttribute,
  PmsProductAttributeCategory,
  PmsProductAttributeValue,
  PmsProductCategory,
  PmsProductCategoryAttributeRelation,
  PmsProductFullReduction,
  PmsProductLadder,
  PmsProductOperateLog,
  PmsProductVertifyRecord,
  PmsSkuStock,
] as const;
