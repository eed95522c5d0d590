import { Readable } from 'node:stream';

/** Injection token of the configured FileStorage. */
export const FILE_STORAGE = Symbol('mall-admin:file-storage');

export interface StoredObject {
  /** Object key, e.g. `20250101/logo.png`. */
  key: string;
  /** Where browsers fetch it. */
  url: string;
}

export interface StoredContent {
  stream: Readable;
  contentType: string;
  size: number;
}

/** Where uploaded files live: MinIO/S3 in a cluster, the local disk otherwise. */
export interface FileStorage {
  /** Human-readable kind for logs and docs: `minio` or `local`. */
  readonly kind: string;
  /** Stores (or replaces) an object. */
  put(
    key: string,
    data: Buffer | Readable,
    contentType: string,
    size: number,
  ): Promise<StoredObject>;
  /** The object's content, or null when there is no such object. */
  get(key: string): Promise<StoredContent | null>;
  /** Removes an object; removing a missing object succeeds, as in S3. */
  delete(key: string): Promise<void>;
}

/**
 * Checks an object key: `/`-separated, no empty, `.` or `..` segment, no backslash or control
 * character, at most 512 characters. Keys come from clients (`objectName`, file URLs), so this is
 * what keeps them inside the store.
 */
export function isValidObjectKey(key: string): boolean {
  if (key.length === 0 || key.length > 512) return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\\\u0000-\u001f\u007f]/.test(key)) return false;
  return key.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** A key as a URL path: each segment percent-encoded. */
export function encodeObjectKey(key: string): string {
  return key.split('/').map(encodeURIComponent).join('/');
}
