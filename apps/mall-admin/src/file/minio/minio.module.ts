import { Module } from '@nestjs/common';
import { StorageModule } from '../storage/storage.module';
import { MinioController } from './minio.controller';
import { MultipartSetup } from './multipart.setup';
import { UploadService } from './upload.service';

/** `/minio/**`: image upload, deletion and (local store) download. */
@Module({
  imports: [StorageModule],
  controllers: [MinioController],
  providers: [MultipartSetup, UploadService],
})
export class MinioModule {}
