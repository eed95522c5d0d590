import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SmsFlashPromotionProductRelation, SmsFlashPromotionSession } from '@mall/db';
import { DataSource, Repository } from 'typeorm';
import { localTimeToInstant } from '../../oms/shared/dto-fields';
import { allColumns } from '../../oms/shared/rows';
import { HomeContentCache } from '../shared/home-content-cache.service';
import { FlashSessionDto } from './dto/flash-session.dto';

/** A session as the API shows it: its TIME columns as instants on 1970-01-01 (local time). */
export type FlashSessionView = Omit<SmsFlashPromotionSession, 'startTime' | 'endTime'> & {
  startTime: Date | null;
  endTime: Date | null;
};

/** `GET /flashSession/selectList`: an enabled session with its product count in a promotion. */
export type FlashSessionDetail = FlashSessionView & { productCount: number };

const SESSION_COLUMNS = ['name', 'startTime', 'endTime', 'status'] as const;
const ENABLED = 1;

function toView(row: SmsFlashPromotionSession): FlashSessionView {
  return {
    ...row,
    startTime: localTimeToInstant(row.startTime),
    endTime: localTimeToInstant(row.endTime),
  };
}

@Injectable()
export class FlashSessionService {
  private readonly sessions: Repository<SmsFlashPromotionSession>;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly homeContent: HomeContentCache,
  ) {
    this.sessions = ds.getRepository(SmsFlashPromotionSession);
  }

  create(param: FlashSessionDto): Promise<number> {
    return this.homeContent.afterWrite(async () => {
      await this.sessions.insert({ ...allColumns(param, SESSION_COLUMNS), createTime: new Date() });
      return 1;
    });
  }

  /** Overwrites every column from the body, `createTime` included (absent → NULL), as the original. */
  update(id: number, param: FlashSessionDto): Promise<number> {
    return this.homeContent.afterWrite(async () => {
      const result = await this.sessions.update(
        { id },
        allColumns(param, [...SESSION_COLUMNS, 'createTime']),
      );
      return result.affected ?? 0;
    });
  }

  updateStatus(id: number, status: number): Promise<number> {
    return this.homeContent.afterWrite(
      async () => (await this.sessions.update({ id }, { status })).affected ?? 0,
    );
  }

  delete(id: number): Promise<number> {
    return this.homeContent.afterWrite(
      async () => (await this.sessions.delete({ id })).affected ?? 0,
    );
  }

  async getItem(id: number): Promise<FlashSessionView | null> {
    const row = await this.sessions.findOne({ where: { id } });
    return row && toView(row);
  }

  async list(): Promise<FlashSessionView[]> {
    return (await this.sessions.find({ order: { id: 'ASC' } })).map(toView);
  }

  /** Enabled sessions, each with how many products the promotion offers in it (one grouped query). */
  async selectList(flashPromotionId: number): Promise<FlashSessionDetail[]> {
    const sessions = await this.sessions.find({ where: { status: ENABLED }, order: { id: 'ASC' } });
    if (sessions.length === 0) return [];
    const counts: Array<{ sessionId: string | number; productCount: string | number }> =
      await this.ds
        .getRepository(SmsFlashPromotionProductRelation)
        .createQueryBuilder('r')
        .select('r.flashPromotionSessionId', 'sessionId')
        .addSelect('COUNT(*)', 'productCount')
        .where('r.flashPromotionId = :flashPromotionId', { flashPromotionId })
        .andWhere('r.flashPromotionSessionId IN (:...sessionIds)', {
          sessionIds: sessions.map((s) => s.id),
        })
        .groupBy('r.flashPromotionSessionId')
        .getRawMany();
    const countBySession = new Map(
      counts.map((c) => [Number(c.sessionId), Number(c.productCount)]),
    );
    return sessions.map((session) => ({
      ...toView(session),
      productCount: countBySession.get(session.id) ?? 0,
    }));
  }
}
