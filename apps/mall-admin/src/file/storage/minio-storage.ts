import type { Client } from 'minio';
import { Readable } from 'node:stream';
import {
  encodeObjectKey,
  FileStorage,
  isValidObjectKey,
  StoredContent,
  StoredObject,
} from './file-storage';

/** The part of the MinIO client this store uses (tests pass a fake). */
export type ObjectStoreClient = Pick<
  Client,
  | 'bucketExists'
  | 'makeBucket'
  | 'setBucketPolicy'
  | 'putObject'
  | 'statObject'
  | 'getObject'
  | 'removeObject'
>;

export interface MinioStorageOptions {
  bucketName: string;
  /** Base of returned URLs (`<publicUrl>/<bucket>/<key>`, the original's shape). */
  publicUrl: string;
  region?: string;
}

/** Anonymous read access to the bucket's objects, so the returned URLs work in `<img>` tags. */
export function publicReadPolicy(bucketName: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:GetObject',
        Resource: `arn:aws:s3:::${bucketName}/*`,
      },
    ],
  });
}

function isNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'NotFound' || code === 'NoSuchKey' || code === 'NoSuchBucket';
}

/**
 * Objects in a MinIO (or any S3-compatible) bucket. The bucket is created with a public-read policy
 * on first use, as the original did on every upload.
 */
export class MinioStorage implements FileStorage {
  readonly kind = 'minio';
  private bucketReady: Promise<void> | null = null;

  constructor(
    private readonly client: ObjectStoreClient,
    private readonly options: MinioStorageOptions,
  ) {}

  async put(
    key: string,
    data: Buffer | Readable,
    contentType: string,
    size: number,
  ): Promise<StoredObject> {
    this.assertKey(key);
    await this.ensureBucket();
    await this.client.putObject(this.options.bucketName, key, data, size, {
      'Content-Type': contentType,
    });
    const base = this.options.publicUrl.replace(/\/+$/, '');
    return { key, url: `${base}/${this.options.bucketName}/${encodeObjectKey(key)}` };
  }

  async get(key: string): Promise<StoredContent | null> {
    if (!isValidObjectKey(key)) return null;
    try {
      const stat = await this.client.statObject(this.options.bucketName, key);
      const stream = await this.client.getObject(this.options.bucketName, key);
      const contentType = stat.metaData?.['content-type'];
      return {
        stream,
        contentType: typeof contentType === 'string' ? contentType : 'application/octet-stream',
        size: stat.size,
      };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    this.assertKey(key);
    await this.client.removeObject(this.options.bucketName, key);
  }

  private assertKey(key: string): void {
    if (!isValidObjectKey(key)) throw new RangeError(`invalid object key: ${JSON.stringify(key)}`);
  }

  /** Checked once per process; a failure is retried by the next call. */
  private ensureBucket(): Promise<void> {
    this.bucketReady ??= this.createBucketIfMissing().catch((error: unknown) => {
      this.bucketReady = null;
      throw error;
    });
    return this.bucketReady;
  }

  private async createBucketIfMissing(): Promise<void> {
    const { bucketName, region } = this.options;
    if (await this.client.bucketExists(bucketName)) return;
    try {
      await this.client.makeBucket(bucketName, region ?? '');
    } catch (error) {
      // Another instance created it in the meantime.
      const code = (error as { code?: unknown } | null)?.code;
      if (code !== 'BucketAlreadyOwnedByYou' && code !== 'BucketAlreadyExists') throw error;
    }
    await this.client.setBucketPolicy(bucketName, publicReadPolicy(bucketName));
  }
}
