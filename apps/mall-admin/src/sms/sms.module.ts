import { Module } from '@nestjs/common';

/** SMS controllers of mall-admin: one sub-folder per controller (e.g. `sms/<name>/`). */
@Module({ imports: [] })
export class SmsModule {}
