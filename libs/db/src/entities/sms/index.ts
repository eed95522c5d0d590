import { SmsCoupon } from './sms-coupon.entity';
import { SmsCouponHistory } from './sms-coupon-history.entity';
import { SmsCouponProductCategoryRelation } from './sms-coupon-product-category-relation.entity';
import { SmsCouponProductRelation } from './sms-coupon-product-relation.entity';
import { SmsFlashPromotion } from './sms-flash-promotion.entity';
import { SmsFlashPromotionLog } from './sms-flash-promotion-log.entity';
import { SmsFlashPromotionProductRelation } from './sms-flash-promotion-product-relation.entity';
import { SmsFlashPromotionSession } from './sms-flash-promotion-session.entity';
import { SmsHomeAdvertise } from './sms-home-advertise.entity';
import { SmsHomeBrand } from './sms-home-brand.entity';
import { SmsHomeNewProduct } from './sms-home-new-product.entity';
import { SmsHomeRecommendProduct } from './sms-home-recommend-product.entity';
import { SmsHomeRecommendSubject } from './sms-home-recommend-subject.entity';

export {
  SmsCoupon,
  SmsCouponHistory,
  SmsCouponProductCategoryRelation,
  SmsCouponProductRelation,
  SmsFlashPromotion,
  SmsFlashPromotionLog,
  SmsFlashPromotionProductRelation,
  SmsFlashPromotionSession,
  SmsHomeAdvertise,
  SmsHomeBrand,
  SmsHomeNewProduct,
  SmsHomeRecommendProduct,
  SmsHomeRecommendSubject,
};

/** Every `sms_*` table's entity, in table-name order. */
export const SMS_ENTITIES = [
  SmsCoupon,
  SmsCouponHistory,
  SmsCouponProductCategoryRelation,
  SmsCouponProductRelation,
  SmsFlashPromotion,
  SmsFlashPromotionLog,
  SmsFlashPromotionProductRelation,
  SmsFlashPromotionSession,
  SmsHomeAdvertise,
  SmsHomeBrand,
  SmsHomeNewProduct,
  SmsHomeRecommendProduct,
  SmsHomeRecommendSubject,
] as const;
