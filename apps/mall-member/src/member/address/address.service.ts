import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { UmsMemberReceiveAddress } from '@mall/db';
import { DataSource, EntityManager, Not, Repository } from 'typeorm';
import { ADDRESS_FIELDS, ReceiveAddressDto } from './dto/receive-address.dto';

const DEFAULT = 1;
const NOT_DEFAULT = 0;

/**
 * A member's receive addresses. Several per member (the original's unique member_id key is gone,
 * ADR 0007), at most one default: setting a default clears the others in the same transaction.
 * Every statement is scoped to the member, so another member's address is never read or changed.
 */
@Injectable()
export class AddressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(UmsMemberReceiveAddress)
    private readonly addresses: Repository<UmsMemberReceiveAddress>,
  ) {}

  /** Inserts the address for the member; returns the number of rows added (1). */
  async add(memberId: number, body: ReceiveAddressDto): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const makeDefault = body.defaultStatus === DEFAULT;
      if (makeDefault) {
        await this.lockMemberAddresses(em, memberId);
        await this.clearDefault(em, memberId);
      }
      const address = em.create(UmsMemberReceiveAddress, {
        ...pickFields(body),
        memberId,
        defaultStatus: makeDefault ? DEFAULT : NOT_DEFAULT,
      });
      await em.insert(UmsMemberReceiveAddress, address);
      return 1;
    });
  }

  async delete(memberId: number, id: number): Promise<number> {
    const result = await this.addresses.delete({ id, memberId });
    return result.affected ?? 0;
  }

  /**
   * Changes the given (non-null) fields of the member's address `id`; returns 1, or 0 when the
   * member has no such address, in which case nothing is written (the original cleared the
   * member's default before finding out). A null `defaultStatus` leaves it unchanged.
   */
  async update(memberId: number, id: number, body: ReceiveAddressDto): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const owned = await this.lockMemberAddresses(em, memberId);
      if (!owned.includes(id)) return 0;
      if (body.defaultStatus === DEFAULT) {
        await this.clearDefault(em, memberId, id);
      }
      const changes = pickFields(body);
      if (Object.keys(changes).length > 0) {
        await em.update(UmsMemberReceiveAddress, { id, memberId }, changes);
      }
      return 1;
    });
  }

  list(memberId: number): Promise<UmsMemberReceiveAddress[]> {
    return this.addresses.find({ where: { memberId }, order: { id: 'ASC' } });
  }

  getItem(memberId: number, id: number): Promise<UmsMemberReceiveAddress | null> {
    return this.addresses.findOneBy({ id, memberId });
  }

  /**
   * Locks the member's address rows (in index order) for the rest of the transaction, so two
   * concurrent "make default" requests of one member run one after the other and cannot leave two
   * defaults. Returns the ids of the member's addresses.
   */
  private async lockMemberAddresses(em: EntityManager, memberId: number): Promise<number[]> {
    const rows = await em
      .getRepository(UmsMemberReceiveAddress)
      .createQueryBuilder('a')
      .select('a.id', 'id')
      .where('a.memberId = :memberId', { memberId })
      .orderBy('a.id', 'ASC')
      .setLock('pessimistic_write')
      .getRawMany<{ id: string | number }>();
    return rows.map((row) => Number(row.id));
  }

  private async clearDefault(em: EntityManager, memberId: number, exceptId?: number) {
    await em.update(
      UmsMemberReceiveAddress,
      {
        memberId,
        defaultStatus: DEFAULT,
        ...(exceptId === undefined ? {} : { id: Not(exceptId) }),
      },
      { defaultStatus: NOT_DEFAULT },
    );
  }
}

/** The fields present (non-null) in the body, like the original's selective update. */
function pickFields(body: ReceiveAddressDto): Partial<UmsMemberReceiveAddress> {
  const changes: Partial<Record<(typeof ADDRESS_FIELDS)[number], unknown>> = {};
  for (const field of ADDRESS_FIELDS) {
    const value = body[field];
    if (value !== undefined && value !== null) changes[field] = value;
  }
  return changes as Partial<UmsMemberReceiveAddress>;
}
