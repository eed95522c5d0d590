import { OmsCartItem } from './oms-cart-item.entity';
import { OmsCompanyAddress } from './oms-company-address.entity';
import { OmsOrder } from './oms-order.entity';
import { OmsOrderItem } from './oms-order-item.entity';
import { OmsOrderOperateHistory } from './oms-order-operate-history.entity';
import { OmsOrderReturnApply } from './oms-order-return-apply.entity';
import { OmsOrderReturnReason } from './oms-order-return-reason.entity';
import { OmsOrderSetting } from './oms-order-setting.entity';

export {
  OmsCartItem,
  OmsCompanyAddress,
  OmsOrder,
  OmsOrderItem,
  OmsOrderOperateHistory,
  OmsOrderReturnApply,
  OmsOrderReturnReason,
  OmsOrderSetting,
};

/** Every `oms_*` table's entity, in table-name order. */
export const OMS_ENTITIES = [
  OmsCartItem,
  OmsCompanyAddress,
  OmsOrder,
  OmsOrderItem,
  OmsOrderOperateHistory,
  OmsOrderReturnApply,
  OmsOrderReturnReason,
  OmsOrderSetting,
] as const;
