import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { OrderConfig } from './order-config';

/** How long a read of the settings is reused: changes in the back office apply within this time. */
const SETTINGS_TTL_MS = 5000;

interface OrderSettings {
  /** `normal_order_overtime` of row id 1, minutes. */
  normalOrderOvertime: number | null;
  /** `confirm_overtime` of the first row (the original's auto-confirm days). */
  firstConfirmOvertime: number | null;
}

export interface PointsRuleRow {
  id: number;
  deductionPerAmount: number | null;
  maxPercentPerOrder: number | null;
  useUnit: number | null;
  couponStatus: number | null;
}

interface Cached<T> {
  value: Promise<T>;
  expires: number;
}

/**
 * Reads `oms_order_setting` and `ums_integration_consume_setting` (row id 1), reusing a read for a
 * few seconds: every order needs them and they change rarely.
 */
@Injectable()
export class OrderSettingReader {
  private settings: Cached<OrderSettings> | null = null;
  private pointsRule: Cached<PointsRuleRow | null> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: OrderConfig,
  ) {}

  /** Minutes after which an unpaid normal order is closed (`normal_order_overtime`, default 120). */
  async normalOrderOvertimeMinutes(): Promise<number> {
    const minutes = (await this.orderSettings()).normalOrderOvertime;
    return minutes && minutes > 0 ? minutes : 120;
  }

  /** Delay of the automatic cancellation: the configured override or the setting in ms. */
  async cancelDelayMs(): Promise<number> {
    return (
      this.config.settings.order.cancelDelayMs ?? (await this.normalOrderOvertimeMinutes()) * 60_000
    );
  }

  /**
   * `auto_confirm_day` of a new order: `confirm_overtime` of the *first* setting row, which is
   * what the original reads there (spec §9 #43).
   */
  async autoConfirmDays(): Promise<number | null> {
    return (await this.orderSettings()).firstConfirmOvertime;
  }

  /** The points consume setting, row id 1. */
  consumeSetting(): Promise<PointsRuleRow | null> {
    this.pointsRule = this.fresh(this.pointsRule, async () => {
      const rows: Array<Record<string, string | number | null>> = await this.dataSource.query(
        'SELECT id, deduction_per_amount, max_percent_per_order, use_unit, coupon_status ' +
          'FROM ums_integration_consume_setting WHERE id = 1',
      );
      const row = rows[0];
      return row
        ? {
            id: Number(row['id']),
            deductionPerAmount: row['deduction_per_amount'] as number | null,
            maxPercentPerOrder: row['max_percent_per_order'] as number | null,
            useUnit: row['use_unit'] as number | null,
            couponStatus: row['coupon_status'] as number | null,
          }
        : null;
    });
    return this.pointsRule.value;
  }

  private orderSettings(): Promise<OrderSettings> {
    this.settings = this.fresh(this.settings, async () => {
      const rows: Array<{
        id: string | number;
        normal_order_overtime: number | null;
        confirm_overtime: number | null;
      }> = await this.dataSource.query(
        'SELECT id, normal_order_overtime, confirm_overtime FROM oms_order_setting ORDER BY id',
      );
      return {
        normalOrderOvertime:
          rows.find((row) => Number(row.id) === 1)?.normal_order_overtime ?? null,
        firstConfirmOvertime: rows[0]?.confirm_overtime ?? null,
      };
    });
    return this.settings.value;
  }

  /** The cached read while it is fresh, else a new one (a failed read is not kept). */
  private fresh<T>(cached: Cached<T> | null, load: () => Promise<T>): Cached<T> {
    const now = Date.now();
    if (cached && cached.expires > now) return cached;
    const entry: Cached<T> = { value: load(), expires: now + SETTINGS_TTL_MS };
    entry.value.catch(() => {
      entry.expires = 0;
    });
    return entry;
  }
}
