import { startFakeNacos } from './fake-nacos';

describe('startFakeNacos', () => {
  it('serves published config over the Nacos v1 OpenAPI', async () => {
    const nacos = await startFakeNacos();
    try {
      await nacos.setConfig('svc-dev.yaml', 'DEFAULT_GROUP', 'a: 1');
      const res = await fetch(
        `${nacos.url}/nacos/v1/cs/configs?dataId=svc-dev.yaml&group=DEFAULT_GROUP`,
      );
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('a: 1');
      expect(await nacos.instances('DEFAULT_GROUP@@svc')).toEqual([]);
    } finally {
      await nacos.close();
    }
  });
});
