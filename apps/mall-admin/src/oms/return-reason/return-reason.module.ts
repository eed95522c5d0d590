import { Module } from '@nestjs/common';
import { ReturnReasonController } from './return-reason.controller';
import { ReturnReasonService } from './return-reason.service';

@Module({ controllers: [ReturnReasonController], providers: [ReturnReasonService] })
export class ReturnReasonModule {}
