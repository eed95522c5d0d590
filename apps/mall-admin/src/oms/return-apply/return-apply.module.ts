import { Module } from '@nestjs/common';
import { ReturnApplyController } from './return-apply.controller';
import { ReturnApplyService } from './return-apply.service';

@Module({ controllers: [ReturnApplyController], providers: [ReturnApplyService] })
export class ReturnApplyModule {}
