import { Module } from '@nestjs/common';
import { CmsModule } from './cms/cms.module';
import { FileModule } from './file/file.module';
import { OmsModule } from './oms/oms.module';
import { PmsModule } from './pms/pms.module';
import { SmsModule } from './sms/sms.module';
import { UmsModule } from './ums/ums.module';

@Module({ imports: [PmsModule, OmsModule, SmsModule, UmsModule, CmsModule, FileModule] })
export class AppModule {}
