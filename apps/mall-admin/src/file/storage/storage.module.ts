import { Module } from '@nestjs/common';
import { FILE_STORAGE } from './file-storage';
import { FILE_SETTINGS, fileStorageProviders } from './storage.providers';

/** The validated file settings and the configured FileStorage, shared by `/minio` and `/aliyun/oss`. */
@Module({ providers: fileStorageProviders, exports: [FILE_SETTINGS, FILE_STORAGE] })
export class StorageModule {}
