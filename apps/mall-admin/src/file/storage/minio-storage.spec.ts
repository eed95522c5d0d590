import { Readable } from 'node:stream';
import { MinioStorage, ObjectStoreClient, publicReadPolicy } from './minio-storage';

/** A MinIO client double recording the calls the store makes. */
function fakeClient(overrides: Partial<Record<keyof ObjectStoreClient, jest.Mock>> = {}) {
  const client = {
    bucketExists: jest.fn(async () => false),
    makeBucket: jest.fn(async () => undefined),
    setBucketPolicy: jest.fn(async () => undefined),
    putObject: jest.fn(async () => ({ etag: 'e', versionId: null })),
    statObject: jest.fn(async () => ({
      size: 3,
      etag: 'e',
      lastModified: new Date(),
      metaData: { 'content-type': 'image/png' },
    })),
    getObject: jest.fn(async () => Readable.from([Buffer.from('png')])),
    removeObject: jest.fn(async () => undefined),
    ...overrides,
  };
  return client;
}

const options = { bucketName: 'mall', publicUrl: 'http://minio.example.com/' };

describe('MinioStorage', () => {
  it('creates a missing bucket with a public-read policy once, then puts the object', async () => {
    const client = fakeClient();
    const storage = new MinioStorage(client as unknown as ObjectStoreClient, options);
    const data = Buffer.from('png');

    const stored = await storage.put('20250101/商品 图.png', data, 'image/png', 3);
    await storage.put('20250101/b.png', data, 'image/png', 3);

    expect(stored).toEqual({
      key: '20250101/商品 图.png',
      url: `http://minio.example.com/mall/20250101/${encodeURIComponent('商品 图.png')}`,
    });
    expect(client.bucketExists).toHaveBeenCalledTimes(1);
    expect(client.makeBucket).toHaveBeenCalledWith('mall', '');
    expect(client.setBucketPolicy).toHaveBeenCalledWith('mall', publicReadPolicy('mall'));
    expect(JSON.parse(publicReadPolicy('mall'))).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: '*',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::mall/*',
        },
      ],
    });
    expect(client.putObject).toHaveBeenNthCalledWith(1, 'mall', '20250101/商品 图.png', data, 3, {
      'Content-Type': 'image/png',
    });
  });

  it('leaves an existing bucket alone and tolerates a concurrent creation', async () => {
    const existing = fakeClient({ bucketExists: jest.fn(async () => true) });
    await new MinioStorage(existing as unknown as ObjectStoreClient, options).put(
      'a/b.png',
      Buffer.from('x'),
      'image/png',
      1,
    );
    expect(existing.makeBucket).not.toHaveBeenCalled();
    expect(existing.setBucketPolicy).not.toHaveBeenCalled();

    const raced = fakeClient({
      makeBucket: jest.fn(async () => {
        throw Object.assign(new Error('exists'), { code: 'BucketAlreadyOwnedByYou' });
      }),
    });
    await new MinioStorage(raced as unknown as ObjectStoreClient, options).put(
      'a/b.png',
      Buffer.from('x'),
      'image/png',
      1,
    );
    expect(raced.putObject).toHaveBeenCalled();
  });

  it('checks the bucket again after a failed check', async () => {
    const client = fakeClient({
      bucketExists: jest
        .fn()
        .mockRejectedValueOnce(new Error('connect ECONNREFUSED'))
        .mockResolvedValue(true),
    });
    const storage = new MinioStorage(client as unknown as ObjectStoreClient, options);
    await expect(storage.put('a/b.png', Buffer.from('x'), 'image/png', 1)).rejects.toThrow(
      'ECONNREFUSED',
    );
    await storage.put('a/b.png', Buffer.from('x'), 'image/png', 1);
    expect(client.bucketExists).toHaveBeenCalledTimes(2);
  });

  it('reads an object with its stored content type, or null when missing', async () => {
    const client = fakeClient();
    const storage = new MinioStorage(client as unknown as ObjectStoreClient, options);
    const content = await storage.get('a/b.png');
    expect(content).toMatchObject({ contentType: 'image/png', size: 3 });
    expect(client.getObject).toHaveBeenCalledWith('mall', 'a/b.png');

    client.statObject.mockRejectedValueOnce(Object.assign(new Error('nope'), { code: 'NotFound' }));
    expect(await storage.get('a/missing.png')).toBeNull();
    expect(await storage.get('../etc/passwd')).toBeNull();
    client.statObject.mockRejectedValueOnce(new Error('timeout'));
    await expect(storage.get('a/b.png')).rejects.toThrow('timeout');
  });

  it('removes objects and refuses keys that leave the bucket namespace', async () => {
    const client = fakeClient();
    const storage = new MinioStorage(client as unknown as ObjectStoreClient, options);
    await storage.delete('20250101/a.png');
    expect(client.removeObject).toHaveBeenCalledWith('mall', '20250101/a.png');
    await expect(storage.delete('a/../../b')).rejects.toThrow('invalid object key');
    await expect(storage.put('/abs', Buffer.from('x'), 'image/png', 1)).rejects.toThrow(RangeError);
  });
});
