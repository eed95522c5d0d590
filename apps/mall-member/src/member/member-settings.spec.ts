import { memberAppSettings } from './member-settings';

describe('memberAppSettings', () => {
  it('defaults to the embedded MySQL store and the original database name', () => {
    expect(memberAppSettings({}, {})).toEqual({
      mongodb: { url: '', database: 'mall-port', serverSelectionTimeoutMs: 5000 },
    });
    expect(memberAppSettings(undefined, {}).mongodb.url).toBe('');
  });

  it('takes app.mongodb from the configuration and lets MONGODB_URL win', () => {
    const app = {
      mongodb: {
        url: 'mongodb://db-mongo:27017',
        database: 'mall',
        serverSelectionTimeoutMs: '800',
      },
    };
    expect(memberAppSettings(app, {}).mongodb).toEqual({
      url: 'mongodb://db-mongo:27017',
      database: 'mall',
      serverSelectionTimeoutMs: 800,
    });
    expect(memberAppSettings(app, { MONGODB_URL: 'mongodb://other:27017' }).mongodb.url).toBe(
      'mongodb://other:27017',
    );
    expect(memberAppSettings(app, { MONGODB_URL: '' }).mongodb.url).toBe(
      'mongodb://db-mongo:27017',
    );
  });

  it('names the bad key', () => {
    expect(() => memberAppSettings({ mongodb: { serverSelectionTimeoutMs: 0 } }, {})).toThrow(
      'config error: app.mongodb.serverSelectionTimeoutMs',
    );
  });
});
