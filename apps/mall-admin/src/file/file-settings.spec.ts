import { ConfigError } from '@mall/config';
import { dayFolder, readFileSettings } from './file-settings';

describe('readFileSettings', () => {
  it('applies the defaults: local disk, 10 MB, images only', () => {
    const settings = readFileSettings({});
    expect(settings.storage).toEqual({
      maxFileSizeBytes: 10 * 1024 * 1024,
      allowedTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/bmp'],
      localDir: '.mall/uploads',
      publicUrl: 'http://localhost:8201/mall-admin/minio/files',
    });
    expect(settings.minio.endpoint).toBe('');
    expect(settings.oss).toMatchObject({
      policyExpireSeconds: 300,
      maxSizeMb: 10,
      dirPrefix: 'mall/images/',
    });
  });

  it('accepts environment strings and refuses bad values naming the key', () => {
    expect(
      readFileSettings({ storage: { maxFileSizeBytes: '2048' } }).storage.maxFileSizeBytes,
    ).toBe(2048);
    expect(() => readFileSettings({ storage: { maxFileSizeBytes: 'big' } })).toThrow(ConfigError);
    expect(() => readFileSettings({ storage: { maxFileSizeBytes: 'big' } })).toThrow(
      /^config error: app\.storage\.maxFileSizeBytes = "big"/,
    );
    expect(() => readFileSettings({ minio: { endpont: 'x' } })).toThrow(/app\.minio/);
  });

  it('names the day folder yyyyMMdd in local time', () => {
    expect(dayFolder(new Date(2025, 8, 3, 0, 0, 1))).toBe('20250903');
  });
});
