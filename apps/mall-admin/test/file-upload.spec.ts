import { startTestService, TestService } from '@mall/testing';
import { createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dayFolder } from '../src/file/file-settings';
import { FileModule } from '../src/file/file.module';
import { serviceDefinition } from '../src/service';

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const MAX_BYTES = 4096;

/**
 * `/minio/**` on the local-disk store (no MinIO here) through real HTTP, and `/aliyun/oss/**` with a
 * policy whose signature is recomputed from the configured secret.
 */
describe('mall-admin file upload and OSS policy', () => {
  let svc: TestService;
  const uploadDir = mkdtempSync(join(tmpdir(), 'mall-admin-uploads-'));
  const publicUrl = 'http://gateway.test/mall-admin/minio/files';
  const oss = {
    endpoint: 'oss-cn-beijing.aliyuncs.com',
    accessKeyId: 'test-access-key',
    accessKeySecret: 'test-secret',
    bucketName: 'mall-test',
    callback: 'http://gateway.test/mall-admin/aliyun/oss/callback',
  };

  type Envelope<T = unknown> = { code: number; message: string; data: T };

  async function upload(
    data: Buffer,
    filename: string,
    type = 'image/png',
    field = 'file',
  ): Promise<Envelope<{ url: string; name: string } | null>> {
    const form = new FormData();
    form.append(field, new Blob([new Uint8Array(data)], { type }), filename);
    const res = await fetch(`${svc.url}/minio/upload`, { method: 'POST', body: form });
    return (await res.json()) as Envelope<{ url: string; name: string } | null>;
  }

  beforeAll(async () => {
    // The real bootstrap and configuration, with only the module under test (no database needed).
    svc = await startTestService(
      { ...serviceDefinition, appModule: FileModule, uses: {} },
      {
        env: {
          MALL__app__storage__localDir: uploadDir,
          MALL__app__storage__publicUrl: publicUrl,
          MALL__app__storage__maxFileSizeBytes: String(MAX_BYTES),
          MALL__app__oss__accessKeyId: oss.accessKeyId,
          MALL__app__oss__accessKeySecret: oss.accessKeySecret,
          MALL__app__oss__bucketName: oss.bucketName,
          MALL__app__oss__callback: oss.callback,
        },
      },
    );
  }, 60_000);

  afterAll(async () => {
    await svc?.close();
    rmSync(uploadDir, { recursive: true, force: true });
  });

  describe('/minio on the local disk', () => {
    it('stores an image under the day folder and serves it back', async () => {
      const body = await upload(PNG, '商品图.png');
      const key = `${dayFolder(new Date())}/商品图.png`;
      expect(body).toEqual({
        code: 200,
        message: '操作成功',
        data: {
          url: `${publicUrl}/${dayFolder(new Date())}/${encodeURIComponent('商品图.png')}`,
          name: '商品图.png',
        },
      });
      expect(readFileSync(join(uploadDir, key))).toEqual(PNG);

      const path = new URL(body.data?.url ?? '').pathname.replace('/mall-admin', '');
      const res = await fetch(`${svc.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(await res.arrayBuffer())).toEqual(PNG);
    });

    it('replaces a same-day upload of the same name, and keeps only the base name', async () => {
      const body = await upload(GIF, '../../etc/商品图.png', 'image/gif');
      expect(body.data?.name).toBe('商品图.png');
      const key = `${dayFolder(new Date())}/商品图.png`;
      expect(readFileSync(join(uploadDir, key))).toEqual(GIF);
      const served = await svc.request(
        'GET',
        `/minio/files/${key.split('/').map(encodeURIComponent).join('/')}`,
      );
      expect(served.headers['content-type']).toBe('image/gif');
    });

    it('refuses what is not an image, whatever the declared type', async () => {
      expect(await upload(Buffer.from('<html><script>alert(1)</script></html>'), 'x.png')).toEqual({
        code: 404,
        message:
          'file must be an image of type image/jpeg, image/png, image/gif, image/webp, image/bmp',
        data: null,
      });
      expect(existsSync(join(uploadDir, dayFolder(new Date()), 'x.png'))).toBe(false);
    });

    it('refuses a file over the size limit', async () => {
      const big = Buffer.concat([PNG, Buffer.alloc(MAX_BYTES)]);
      expect(await upload(big, 'big.png')).toMatchObject({
        code: 404,
        message: `file must not be larger than ${MAX_BYTES} bytes`,
      });
      expect(existsSync(join(uploadDir, dayFolder(new Date()), 'big.png'))).toBe(false);
    });

    it('requires the multipart part named file', async () => {
      expect(await upload(PNG, 'a.png', 'image/png', 'picture')).toMatchObject({
        code: 404,
        message: 'file is required',
      });
      const notMultipart = await svc.request('POST', '/minio/upload', { body: { file: 'x' } });
      expect(notMultipart.body).toMatchObject({
        code: 404,
        message: expect.stringMatching(/^file/),
      });
    });

    it('answers 404 for a missing file or a key outside the store', async () => {
      expect((await svc.request('GET', '/minio/files/20000101/none.png')).status).toBe(404);
      const escape = await fetch(`${svc.url}/minio/files/..%2F..%2Fetc%2Fpasswd`);
      expect(escape.status).toBe(404);
    });

    it('deletes an object by name; deleting a missing one succeeds', async () => {
      const key = `${dayFolder(new Date())}/商品图.png`;
      const body = await svc.request('POST', '/minio/delete', { query: { objectName: key } });
      expect(body.body).toEqual({ code: 200, message: '操作成功', data: null });
      expect(existsSync(join(uploadDir, key))).toBe(false);
      const again = await svc.request('POST', '/minio/delete', {
        body: { objectName: key },
        form: true,
      });
      expect(again.body).toMatchObject({ code: 200 });
      expect((await svc.request('POST', '/minio/delete')).body).toMatchObject({
        code: 404,
        message: 'objectName is required',
      });
      expect(
        (await svc.request('POST', '/minio/delete', { query: { objectName: '../secret' } })).body,
      ).toMatchObject({ code: 404, message: 'objectName is not a valid object name' });
    });
  });

  describe('/aliyun/oss', () => {
    it('signs a PostObject policy for the configured bucket', async () => {
      const before = Date.now();
      const res = await svc.request<Envelope<Record<string, string>>>('GET', '/aliyun/oss/policy');
      const data = res.body.data;
      const dir = `mall/images/${dayFolder(new Date())}`;
      expect(data).toMatchObject({
        accessKeyId: oss.accessKeyId,
        dir,
        host: `http://${oss.bucketName}.${oss.endpoint}`,
      });
      const expected = createHmac('sha1', oss.accessKeySecret).update(data.policy).digest('base64');
      expect(data.signature).toBe(expected);

      const policy = JSON.parse(Buffer.from(data.policy, 'base64').toString('utf8'));
      expect(policy.conditions).toEqual([
        ['content-length-range', 0, 10 * 1024 * 1024],
        ['starts-with', '$key', dir],
      ]);
      const expiresAt = Date.parse(policy.expiration);
      expect(expiresAt).toBeGreaterThanOrEqual(before + 300_000);
      expect(expiresAt).toBeLessThanOrEqual(Date.now() + 300_000);
      expect(policy.expiration).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

      expect(JSON.parse(Buffer.from(data.callback, 'base64').toString('utf8'))).toEqual({
        callbackUrl: oss.callback,
        callbackBody:
          'filename=${object}&size=${size}&mimeType=${mimeType}&height=${imageInfo.height}&width=${imageInfo.width}',
        callbackBodyType: 'application/x-www-form-urlencoded',
      });
    });

    it('echoes the upload callback with the object URL', async () => {
      const res = await svc.request('POST', '/aliyun/oss/callback', {
        form: true,
        body: {
          filename: 'mall/images/20250101/a.png',
          size: '1024',
          mimeType: 'image/png',
          width: '10',
          height: '20',
        },
      });
      expect(res.body).toEqual({
        code: 200,
        message: '操作成功',
        data: {
          filename: `http://${oss.bucketName}.${oss.endpoint}/mall/images/20250101/a.png`,
          size: '1024',
          mimeType: 'image/png',
          width: '10',
          height: '20',
        },
      });
      const missing = await svc.request('POST', '/aliyun/oss/callback', {
        form: true,
        body: { size: '1' },
      });
      expect(missing.body).toMatchObject({ code: 404, message: 'filename is required' });
      const byQuery = await svc.request('POST', '/aliyun/oss/callback', {
        query: { filename: 'b.png' },
      });
      expect(byQuery.body).toMatchObject({
        code: 200,
        data: { filename: `http://${oss.bucketName}.${oss.endpoint}/b.png`, size: null },
      });
    });
  });
});
