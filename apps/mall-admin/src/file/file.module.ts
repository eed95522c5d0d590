import { Module } from '@nestjs/common';
import { MinioModule } from './minio/minio.module';
import { OssModule } from './oss/oss.module';

/** FILE controllers of mall-admin: one sub-folder per controller (e.g. `file/<name>/`). */
@Module({ imports: [MinioModule, OssModule] })
export class FileModule {}
