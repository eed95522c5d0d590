import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { UmsMemberLevel } from '@mall/db';
import { Repository } from 'typeorm';

/** `ums_member_level`, read by the product editor to offer member prices. */
@Injectable()
export class MemberLevelService {
  constructor(
    @InjectRepository(UmsMemberLevel) private readonly levels: Repository<UmsMemberLevel>,
  ) {}

  list(defaultStatus: number): Promise<UmsMemberLevel[]> {
    return this.levels.find({ where: { defaultStatus }, order: { id: 'ASC' } });
  }
}
