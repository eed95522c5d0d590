import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CommonPage, pageOffset } from '@mall/common';
import { CmsSubject } from '@mall/db';
import { FindOptionsSelect, Like, Repository } from 'typeorm';
import { containsPattern, hasKeyword } from '../../ums/shared';
import { SubjectListQuery } from './dto/subject-list.query';

/** Every column but the `content` text, which list answers carry as null (as in the original). */
const LIST_COLUMNS: FindOptionsSelect<CmsSubject> = {
  id: true,
  categoryId: true,
  title: true,
  pic: true,
  productCount: true,
  recommendStatus: true,
  createTime: true,
  collectCount: true,
  readCount: true,
  commentCount: true,
  albumPics: true,
  description: true,
  showStatus: true,
  forwardCount: true,
  categoryName: true,
};

/** `cms_subject`: themed product collections. */
@Injectable()
export class SubjectService {
  constructor(@InjectRepository(CmsSubject) private readonly subjects: Repository<CmsSubject>) {}

  async listAll(): Promise<CmsSubject[]> {
    const rows = await this.subjects.find({ select: LIST_COLUMNS, order: { id: 'ASC' } });
    return rows.map(withoutContent);
  }

  async list(query: SubjectListQuery): Promise<CommonPage<CmsSubject>> {
    const [rows, total] = await this.subjects.findAndCount({
      select: LIST_COLUMNS,
      where: hasKeyword(query.keyword) ? { title: Like(containsPattern(query.keyword)) } : {},
      order: { id: 'ASC' },
      ...pageOffset(query),
    });
    return CommonPage.of(rows.map(withoutContent), total, query.pageNum, query.pageSize);
  }
}

function withoutContent(row: CmsSubject): CmsSubject {
  return { ...row, content: null };
}
