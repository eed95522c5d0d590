import type { Provider } from '@nestjs/common';
import { MALL_CONFIG } from '@mall/config';
import { memberAppSettings, type MemberAppSettings } from './member-settings';

/** Injection token of the validated MemberAppSettings. */
export const MEMBER_APP_SETTINGS = Symbol('MEMBER_APP_SETTINGS');

export const memberAppSettingsProvider: Provider = {
  provide: MEMBER_APP_SETTINGS,
  inject: [MALL_CONFIG],
  useFactory: (config: { app?: unknown }): MemberAppSettings => memberAppSettings(config.app),
};
