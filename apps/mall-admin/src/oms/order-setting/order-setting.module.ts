import { Module } from '@nestjs/common';
import { OrderSettingController } from './order-setting.controller';
import { OrderSettingService } from './order-setting.service';

@Module({ controllers: [OrderSettingController], providers: [OrderSettingService] })
export class OrderSettingModule {}
