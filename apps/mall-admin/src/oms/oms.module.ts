import { Module } from '@nestjs/common';
import { CompanyAddressModule } from './company-address/company-address.module';
import { OrderSettingModule } from './order-setting/order-setting.module';
import { OrderModule } from './order/order.module';
import { ReturnApplyModule } from './return-apply/return-apply.module';
import { ReturnReasonModule } from './return-reason/return-reason.module';

/** OMS controllers of mall-admin: one sub-folder per controller (e.g. `oms/<name>/`). */
@Module({
  imports: [
    OrderModule,
    ReturnApplyModule,
    ReturnReasonModule,
    OrderSettingModule,
    CompanyAddressModule,
  ],
})
export class OmsModule {}
