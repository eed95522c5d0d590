import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CmsPrefrenceArea } from '@mall/db';
import { Repository } from 'typeorm';

/** `cms_prefrence_area`: curated product zones. */
@Injectable()
export class PrefrenceAreaService {
  constructor(
    @InjectRepository(CmsPrefrenceArea) private readonly areas: Repository<CmsPrefrenceArea>,
  ) {}

  /** Every zone without its binary `pic`, which list answers carry as null (as in the original). */
  async listAll(): Promise<CmsPrefrenceArea[]> {
    const rows = await this.areas.find({
      select: { id: true, name: true, subTitle: true, sort: true, showStatus: true },
      order: { id: 'ASC' },
    });
    return rows.map((row) => ({ ...row, pic: null }));
  }
}
