import { createDataSource } from '@mall/db';
import { createMallDatabase, type ScratchDatabase } from '@mall/testing';
import { MongoClient } from 'mongodb';
import type { DataSource } from 'typeorm';
import { connectMongoActivityStore } from '../src/member/activity/member-activity-store.provider';
import { MysqlMemberActivityStore } from '../src/member/activity/mysql-member-activity.store';
import { describeMemberActivityStore } from './activity-store.behaviour';

/** The MySQL adapter runs always, against the migrated tables of a scratch database. */
let scratch: ScratchDatabase;
let dataSource: DataSource;

describeMemberActivityStore(
  'MySQL',
  async () => {
    scratch = await createMallDatabase('member_activity_store', { seed: false });
    dataSource = createDataSource({ ...scratch, poolSize: 5 });
    await dataSource.initialize();
    return new MysqlMemberActivityStore(dataSource);
  },
  async () => {
    await dataSource?.destroy();
    await scratch?.drop();
  },
);

/**
 * The MongoDB adapter runs when MONGODB_URL names a server (none runs on the build machine), in a
 * database of its own that is dropped afterwards.
 */
const mongoUrl = process.env['MONGODB_URL'];
if (mongoUrl) {
  const database = `mall_t_member_activity_${process.pid}`;
  describeMemberActivityStore(
    'MongoDB',
    () => connectMongoActivityStore({ url: mongoUrl, database, serverSelectionTimeoutMs: 5000 }),
    async (store) => {
      const client = new MongoClient(mongoUrl, { serverSelectionTimeoutMS: 5000 });
      try {
        await client.db(database).dropDatabase();
      } finally {
        await client.close();
        await store.close();
      }
    },
  );
} else {
  describe('MemberActivityStore (MongoDB)', () => {
    it.skip('needs MONGODB_URL (e.g. mongodb://127.0.0.1:27017): no MongoDB server configured', () => {
      // Skipped on purpose: the adapter's queries are checked by its unit test with a mocked driver.
    });
  });
}
