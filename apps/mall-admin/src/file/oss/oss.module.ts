import { Module } from '@nestjs/common';
import { StorageModule } from '../storage/storage.module';
import { OssController } from './oss.controller';
import { OssService } from './oss.service';

/** `/aliyun/oss/**`: direct-upload policies for Aliyun OSS. */
@Module({ imports: [StorageModule], controllers: [OssController], providers: [OssService] })
export class OssModule {}
