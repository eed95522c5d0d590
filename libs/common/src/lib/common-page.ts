import { ApiProperty } from '@nestjs/swagger';

/** Page payload `{ pageNum, pageSize, totalPage, total, list }` (PageHelper shape of the original). */
export class CommonPage<T> {
  @ApiProperty() readonly pageNum: number;
  @ApiProperty() readonly pageSize: number;
  @ApiProperty() readonly totalPage: number;
  @ApiProperty() readonly total: number;
  @ApiProperty({ isArray: true }) readonly list: T[];

  constructor(list: T[], total: number, pageNum: number, pageSize: number) {
    this.pageNum = pageNum;
    this.pageSize = pageSize;
    this.totalPage = pageSize > 0 ? Math.ceil(total / pageSize) : 0;
    this.total = total;
    this.list = list;
  }

  static of<T>(list: T[], total: number, pageNum: number, pageSize: number): CommonPage<T> {
    return new CommonPage(list, total, pageNum, pageSize);
  }

  /** Pages an in-memory list (the original's `listConvertToPage`); `pageNum` is 1-based. */
  static fromList<T>(all: T[], pageNum: number, pageSize: number): CommonPage<T> {
    const start = Math.max(0, (pageNum - 1) * pageSize);
    return new CommonPage(all.slice(start, start + pageSize), all.length, pageNum, pageSize);
  }
}

export interface PageRequest {
  pageNum: number;
  pageSize: number;
}

/** SQL offset/limit of a 1-based page request. */
export function pageOffset({ pageNum, pageSize }: PageRequest): { skip: number; take: number } {
  return { skip: Math.max(0, (pageNum - 1) * pageSize), take: pageSize };
}
