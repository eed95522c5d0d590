import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type Provider,
} from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { HealthRegistry } from '@mall/observability';
import { MongoClient } from 'mongodb';
import type { DataSource } from 'typeorm';
import type { MemberAppSettings, MongoSettings } from '../member-settings';
import { MEMBER_APP_SETTINGS } from '../member-settings.provider';
import { MEMBER_ACTIVITY_STORE, type MemberActivityStore } from './member-activity.store';
import { MongoMemberActivityStore } from './mongo-member-activity.store';
import { MysqlMemberActivityStore } from './mysql-member-activity.store';

const logger = new Logger('MemberActivityStore');

/** Connects to MongoDB (bounded by the server selection timeout) and creates the indexes. */
export async function connectMongoActivityStore(
  settings: MongoSettings,
): Promise<MongoMemberActivityStore> {
  const client = new MongoClient(settings.url, {
    serverSelectionTimeoutMS: settings.serverSelectionTimeoutMs,
    connectTimeoutMS: settings.serverSelectionTimeoutMs,
  });
  try {
    await client.connect();
    const store = new MongoMemberActivityStore(client.db(settings.database), () => client.close());
    await store.ensureIndexes((message) => logger.warn(message));
    return store;
  } catch (error) {
    await client.close().catch(() => undefined);
    throw new Error(
      `MongoDB (app.mongodb / MONGODB_URL) is not usable: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/**
 * The store in use: MongoDB when a URL is configured (MONGODB_URL or app.mongodb.url), otherwise
 * the MySQL tables. The choice is logged at start-up and the MongoDB connection joins readiness.
 */
export const memberActivityStoreProvider: Provider = {
  provide: MEMBER_ACTIVITY_STORE,
  inject: [getDataSourceToken(), MEMBER_APP_SETTINGS, HealthRegistry],
  useFactory: async (
    dataSource: DataSource,
    settings: MemberAppSettings,
    health: HealthRegistry,
  ): Promise<MemberActivityStore> => {
    if (!settings.mongodb.url) {
      logger.log('member activity stored in MySQL (no MONGODB_URL)');
      return new MysqlMemberActivityStore(dataSource);
    }
    const store = await connectMongoActivityStore(settings.mongodb);
    health.add({ name: 'mongo', check: () => store.ping() });
    logger.log(`member activity stored in MongoDB database '${settings.mongodb.database}'`);
    return store;
  },
};

/** Closes the MongoDB client (if any) after in-flight requests have finished. */
@Injectable()
export class MemberActivityStoreShutdown implements OnApplicationShutdown {
  constructor(@Inject(MEMBER_ACTIVITY_STORE) private readonly store: MemberActivityStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
