import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { OmsOrderSetting } from '@mall/db';
import { Repository } from 'typeorm';
import { allColumns } from '../shared/rows';
import { OrderSettingDto } from './dto/order-setting.dto';

const SETTING_COLUMNS = [
  'flashOrderOvertime',
  'normalOrderOvertime',
  'confirmOvertime',
  'finishOvertime',
  'commentOvertime',
] as const;

/**
 * The order timeouts. mall-order reads row 1 each time it schedules a cancellation, so a change
 * applies to the next order without a restart.
 */
@Injectable()
export class OrderSettingService {
  constructor(
    @InjectRepository(OmsOrderSetting) private readonly settings: Repository<OmsOrderSetting>,
  ) {}

  getItem(id: number): Promise<OmsOrderSetting | null> {
    return this.settings.findOne({ where: { id } });
  }

  async update(id: number, param: OrderSettingDto): Promise<number> {
    const result = await this.settings.update({ id }, allColumns(param, SETTING_COLUMNS));
    return result.affected ?? 0;
  }
}
