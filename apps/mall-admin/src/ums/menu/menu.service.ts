import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ApiException, CommonPage, PageQuery, pageOffset, ResultCode } from '@mall/common';
import { UmsMenu } from '@mall/db';
import { Repository } from 'typeorm';
import { buildTree, givenFields, TreeNode } from '../shared';
import { CreateMenuDto, UpdateMenuDto } from './dto/menu.dto';

/** `ums_menu`: the admin front-end's menu tree. */
@Injectable()
export class MenuService {
  constructor(@InjectRepository(UmsMenu) private readonly menus: Repository<UmsMenu>) {}

  async create(dto: CreateMenuDto): Promise<number> {
    await this.menus.insert({
      parentId: dto.parentId,
      createTime: new Date(),
      title: dto.title,
      level: await this.levelUnder(dto.parentId),
      sort: dto.sort ?? null,
      name: dto.name ?? null,
      icon: dto.icon ?? null,
      hidden: dto.hidden ?? null,
    });
    return 1;
  }

  async update(id: number, dto: UpdateMenuDto): Promise<number> {
    await this.assertNotOwnAncestor(id, dto.parentId);
    const fields = givenFields(dto);
    const result = await this.menus.update(
      { id },
      { ...fields, level: await this.levelUnder(dto.parentId) },
    );
    return result.affected ?? 0;
  }

  getItem(id: number): Promise<UmsMenu | null> {
    return this.menus.findOneBy({ id });
  }

  async delete(id: number): Promise<number> {
    const result = await this.menus.delete({ id });
    return result.affected ?? 0;
  }

  async list(parentId: number, page: PageQuery): Promise<CommonPage<UmsMenu>> {
    const [list, total] = await this.menus.findAndCount({
      where: { parentId },
      order: { sort: 'DESC', id: 'ASC' },
      ...pageOffset(page),
    });
    return CommonPage.of(list, total, page.pageNum, page.pageSize);
  }

  /** `UmsMenuNode[]`: every menu under its parent, top-level menus (parent 0) first. */
  async treeList(): Promise<Array<TreeNode<UmsMenu>>> {
    return buildTree(await this.menus.find({ order: { id: 'ASC' } }), (menu) => menu.parentId);
  }

  async updateHidden(id: number, hidden: number): Promise<number> {
    const result = await this.menus.update({ id }, { hidden });
    return result.affected ?? 0;
  }

  /** Level of a menu placed under `parentId`: 0 at the top, else the parent's level + 1. */
  private async levelUnder(parentId: number): Promise<number> {
    if (parentId === 0) return 0;
    const parent = await this.menus.findOne({ select: { level: true }, where: { id: parentId } });
    // The original also put a menu whose parent does not exist at the top level.
    return parent ? (parent.level ?? 0) + 1 : 0;
  }

  /** Refuses a parent that is the menu itself or one of its descendants (it would vanish from the tree). */
  private async assertNotOwnAncestor(id: number, parentId: number): Promise<void> {
    if (parentId === 0) return;
    const refuse = (message: string) => new ApiException(ResultCode.VALIDATE_FAILED, message);
    if (parentId === id) throw refuse('parentId: a menu cannot be its own parent');
    const all = await this.menus.find({ select: { id: true, parentId: true } });
    const parentById = new Map(all.map((menu) => [menu.id, menu.parentId]));
    const seen = new Set<number>();
    for (let current: number | null | undefined = parentId; current; ) {
      if (current === id) throw refuse('parentId: a menu cannot move under its own sub-menu');
      if (seen.has(current)) break;
      seen.add(current);
      current = parentById.get(current);
    }
  }
}
