import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { dirname, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import {
  encodeObjectKey,
  FileStorage,
  isValidObjectKey,
  StoredContent,
  StoredObject,
} from './file-storage';
import { detectImageType } from './image-type';

/**
 * Files in a folder on the local disk, served back by mall-admin under `publicUrl`. The default when
 * no object store is configured: fine for one instance; several instances need a shared volume or
 * MinIO.
 */
export class LocalDiskStorage implements FileStorage {
  readonly kind = 'local';
  private readonly root: string;

  constructor(
    root: string,
    private readonly publicUrl: string,
  ) {
    this.root = resolve(root);
  }

  /** The content type is not stored: files are read back as the image type their bytes show. */
  async put(key: string, data: Buffer | Readable): Promise<StoredObject> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // Write beside the target and rename, so a reader never sees a half-written file.
    const partial = `${path}.${randomUUID()}.partial`;
    try {
      await pipeline(
        Buffer.isBuffer(data) ? Readable.from([data]) : data,
        createWriteStream(partial),
      );
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return { key, url: `${this.publicUrl.replace(/\/+$/, '')}/${encodeObjectKey(key)}` };
  }

  async get(key: string): Promise<StoredContent | null> {
    if (!isValidObjectKey(key)) return null;
    const path = this.pathOf(key);
    let size: number;
    try {
      const info = await stat(path);
      if (!info.isFile()) return null;
      size = info.size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return { stream: createReadStream(path), contentType: await this.contentTypeOf(path), size };
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** Only images are accepted, so the type is read back from the file's first bytes. */
  private async contentTypeOf(path: string): Promise<string> {
    const handle = await open(path, 'r');
    try {
      const head = Buffer.alloc(32);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      return detectImageType(head.subarray(0, bytesRead)) ?? 'application/octet-stream';
    } finally {
      await handle.close();
    }
  }

  private pathOf(key: string): string {
    const path = resolve(this.root, key);
    if (!isValidObjectKey(key) || !path.startsWith(this.root + sep)) {
      throw new RangeError(`invalid object key: ${JSON.stringify(key)}`);
    }
    return path;
  }
}
