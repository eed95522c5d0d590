import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { safeFileName } from '../minio/upload.service';
import { encodeObjectKey, FileStorage, isValidObjectKey } from './file-storage';
import { detectImageType } from './image-type';
import { LocalDiskStorage } from './local-disk-storage';

describe('object keys', () => {
  it('accepts day-folder keys and refuses traversal, empty segments and control characters', () => {
    expect(isValidObjectKey('20250101/商品图.png')).toBe(true);
    expect(isValidObjectKey('../etc/passwd')).toBe(false);
    expect(isValidObjectKey('a/./b')).toBe(false);
    expect(isValidObjectKey('/abs')).toBe(false);
    expect(isValidObjectKey('a//b')).toBe(false);
    expect(isValidObjectKey('a\\b')).toBe(false);
    expect(isValidObjectKey('a\nb')).toBe(false);
    expect(isValidObjectKey('')).toBe(false);
    expect(encodeObjectKey('20250101/a b#.png')).toBe('20250101/a%20b%23.png');
  });

  it('keeps only the base name of an uploaded file', () => {
    expect(safeFileName('C:\\Users\\me\\logo.png')).toBe('logo.png');
    expect(safeFileName('../../x.png')).toBe('x.png');
    expect(safeFileName('a\u0000b.png')).toBe('ab.png');
    expect(safeFileName('..')).toBeNull();
    expect(safeFileName('')).toBeNull();
    expect(safeFileName(undefined)).toBeNull();
    expect(safeFileName(`${'x'.repeat(201)}.png`)).toBeNull();
  });
});

describe('detectImageType', () => {
  it('recognises images by their signature', () => {
    expect(detectImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(detectImageType(Buffer.from('89504e470d0a1a0a0000', 'hex'))).toBe('image/png');
    expect(detectImageType(Buffer.from('GIF89a....'))).toBe('image/gif');
    expect(detectImageType(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(detectImageType(Buffer.concat([Buffer.from('BM'), Buffer.alloc(30)]))).toBe('image/bmp');
    expect(detectImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(detectImageType(Buffer.alloc(0))).toBeNull();
  });
});

describe('LocalDiskStorage', () => {
  const root = mkdtempSync(join(tmpdir(), 'mall-local-storage-'));
  const storage: FileStorage = new LocalDiskStorage(root, 'http://gw/mall-admin/minio/files/');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes buffers and streams, and reads them back with their type', async () => {
    const gif = Buffer.from('GIF89a-content');
    expect(await storage.put('20250101/a.gif', gif, 'image/gif', gif.length)).toEqual({
      key: '20250101/a.gif',
      url: 'http://gw/mall-admin/minio/files/20250101/a.gif',
    });
    await storage.put('20250101/b', Readable.from([gif]), 'image/gif', gif.length);
    expect(readFileSync(join(root, '20250101', 'b'))).toEqual(gif);
    const content = await storage.get('20250101/b');
    expect(content).toMatchObject({ contentType: 'image/gif', size: gif.length });
    content?.stream.destroy();
    expect(await storage.get('20250101/none')).toBeNull();
    expect(await storage.get('20250101')).toBeNull();
  });

  it('deletes idempotently and never leaves the root', async () => {
    await storage.delete('20250101/a.gif');
    await storage.delete('20250101/a.gif');
    expect(await storage.get('20250101/a.gif')).toBeNull();
    await expect(storage.delete('../outside')).rejects.toThrow('invalid object key');
    await expect(storage.put('../x', Buffer.from('x'), 'image/gif', 1)).rejects.toThrow(RangeError);
  });
});
