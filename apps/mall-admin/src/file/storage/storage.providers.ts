import { Logger, Provider } from '@nestjs/common';
import { ConfigSource } from '@mall/config';
import { Client } from 'minio';
import { FileSettings, MinioSettings, readFileSettings } from '../file-settings';
import { FILE_STORAGE, FileStorage } from './file-storage';
import { LocalDiskStorage } from './local-disk-storage';
import { MinioStorage } from './minio-storage';

/** Injection token of the validated FileSettings. */
export const FILE_SETTINGS = Symbol('mall-admin:file-settings');

/** A MinIO client for `http(s)://host[:port]`. */
export function createMinioClient(settings: MinioSettings): Client {
  const url = new URL(settings.endpoint);
  const useSSL = url.protocol === 'https:';
  return new Client({
    endPoint: url.hostname,
    port: url.port ? Number(url.port) : useSSL ? 443 : 80,
    useSSL,
    accessKey: settings.accessKey,
    secretKey: settings.secretKey,
    ...(settings.region ? { region: settings.region } : {}),
  });
}

/** MinIO when `app.minio.endpoint` is set, else the local disk. */
export function createFileStorage(settings: FileSettings): FileStorage {
  const { minio, storage } = settings;
  if (minio.endpoint) {
    return new MinioStorage(createMinioClient(minio), {
      bucketName: minio.bucketName,
      publicUrl: minio.publicUrl ?? minio.endpoint,
      region: minio.region,
    });
  }
  return new LocalDiskStorage(storage.localDir, storage.publicUrl);
}

export const fileStorageProviders: Provider[] = [
  {
    provide: FILE_SETTINGS,
    inject: [ConfigSource],
    useFactory: (config: ConfigSource<unknown>) => readFileSettings(config.current.app),
  },
  {
    provide: FILE_STORAGE,
    inject: [FILE_SETTINGS],
    useFactory: (settings: FileSettings) => {
      const storage = createFileStorage(settings);
      new Logger('FileStorage').log(
        storage.kind === 'minio'
          ? `uploads go to MinIO ${settings.minio.endpoint}, bucket ${settings.minio.bucketName}`
          : `uploads go to the local folder ${settings.storage.localDir}`,
      );
      return storage;
    },
  },
];
