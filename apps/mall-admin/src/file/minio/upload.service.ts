import { Inject, Injectable, Logger } from '@nestjs/common';
import { ApiException, ResultCode } from '@mall/common';
import type { FastifyRequest } from 'fastify';
import { dayFolder, FileSettings } from '../file-settings';
import { FILE_STORAGE, FileStorage, isValidObjectKey } from '../storage/file-storage';
import { detectImageType } from '../storage/image-type';
import { FILE_SETTINGS } from '../storage/storage.providers';

/** `MinioUploadDto`: where the uploaded file is and its original name. */
export interface UploadResult {
  url: string;
  name: string;
}

const MAX_FILENAME_LENGTH = 200;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

function invalid(message: string): ApiException {
  return new ApiException(ResultCode.VALIDATE_FAILED, message);
}

/**
 * The file name part of an upload's name: no folders, no control characters, at most 200
 * characters. Null when nothing usable is left.
 */
export function safeFileName(name: string | undefined): string | null {
  const base = (name ?? '').split(/[\\/]/).pop()?.replace(CONTROL_CHARACTERS, '').trim();
  if (!base || base === '.' || base === '..' || base.length > MAX_FILENAME_LENGTH) return null;
  return base;
}

/** Uploads and deletions of `/minio/**`, whichever store is configured. */
@Injectable()
export class UploadService {
  private readonly logger = new Logger(UploadService.name);

  constructor(
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(FILE_SETTINGS) private readonly settings: FileSettings,
  ) {}

  /**
   * Stores the multipart part `file` as `yyyyMMdd/<original name>` (a same-day upload of the same name
   * replaces it, as in the original). Only images within the size limit are accepted; the type is
   * taken from the content, not from what the client declared.
   */
  async upload(request: FastifyRequest): Promise<UploadResult> {
    const { maxFileSizeBytes, allowedTypes } = this.settings.storage;
    if (!request.isMultipart()) throw invalid('file is required (multipart/form-data)');
    const part = await request.file({ limits: { fileSize: maxFileSizeBytes, files: 1 } });
    if (!part || part.fieldname !== 'file') throw invalid('file is required');
    let data: Buffer;
    try {
      data = await part.toBuffer();
    } catch (error) {
      if ((error as { code?: unknown }).code === 'FST_REQ_FILE_TOO_LARGE') {
        throw invalid(`file must not be larger than ${maxFileSizeBytes} bytes`);
      }
      throw error;
    }
    const name = safeFileName(part.filename);
    if (!name) throw invalid('file must have a file name');
    const type = detectImageType(data);
    if (!type || !allowedTypes.includes(type)) {
      throw invalid(`file must be an image of type ${allowedTypes.join(', ')}`);
    }
    const key = `${dayFolder(new Date())}/${name}`;
    try {
      const stored = await this.storage.put(key, data, type, data.length);
      return { url: stored.url, name };
    } catch (error) {
      this.logger.error(`storing ${key} in ${this.storage.kind} storage failed: ${String(error)}`);
      throw new ApiException(ResultCode.FAILED);
    }
  }

  async delete(objectName: string): Promise<void> {
    if (!isValidObjectKey(objectName)) throw invalid('objectName is not a valid object name');
    try {
      await this.storage.delete(objectName);
    } catch (error) {
      this.logger.error(`deleting ${objectName} failed: ${String(error)}`);
      throw new ApiException(ResultCode.FAILED);
    }
  }

  /** The stored file, or null. */
  read(key: string) {
    return this.storage.get(key);
  }
}
