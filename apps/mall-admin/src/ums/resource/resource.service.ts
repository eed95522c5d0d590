import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CommonPage, pageOffset } from '@mall/common';
import { UmsResource } from '@mall/db';
import { FindOptionsWhere, Like, Repository } from 'typeorm';
import { containsPattern, givenFields, hasKeyword } from '../shared';
import { CreateResourceDto, ResourceListQuery, UpdateResourceDto } from './dto/resource.dto';
import { ResourceRolesMap } from './resource-roles-map';
import { ResourceRolesMapService } from './resource-roles-map.service';

/** `ums_resource`: the URL patterns the gateway authorises; every change republishes the map. */
@Injectable()
export class ResourceService {
  constructor(
    @InjectRepository(UmsResource) private readonly resources: Repository<UmsResource>,
    private readonly rolesMap: ResourceRolesMapService,
  ) {}

  async create(dto: CreateResourceDto): Promise<number> {
    await this.resources.insert({
      createTime: new Date(),
      name: dto.name,
      url: dto.url,
      description: dto.description ?? null,
      categoryId: dto.categoryId ?? null,
    });
    await this.rolesMap.rebuildAfterChange();
    return 1;
  }

  async update(id: number, dto: UpdateResourceDto): Promise<number> {
    const result = await this.resources.update({ id }, givenFields(dto));
    const count = result.affected ?? 0;
    if (count > 0) await this.rolesMap.rebuildAfterChange();
    return count;
  }

  getItem(id: number): Promise<UmsResource | null> {
    return this.resources.findOneBy({ id });
  }

  async delete(id: number): Promise<number> {
    const result = await this.resources.delete({ id });
    const count = result.affected ?? 0;
    if (count > 0) await this.rolesMap.rebuildAfterChange();
    return count;
  }

  async list(query: ResourceListQuery): Promise<CommonPage<UmsResource>> {
    const where: FindOptionsWhere<UmsResource> = {};
    if (query.categoryId !== undefined) where.categoryId = query.categoryId;
    if (hasKeyword(query.nameKeyword)) where.name = Like(containsPattern(query.nameKeyword));
    if (hasKeyword(query.urlKeyword)) where.url = Like(containsPattern(query.urlKeyword));
    const [list, total] = await this.resources.findAndCount({
      where,
      order: { id: 'ASC' },
      ...pageOffset(query),
    });
    return CommonPage.of(list, total, query.pageNum, query.pageSize);
  }

  listAll(): Promise<UmsResource[]> {
    return this.resources.find({ order: { id: 'ASC' } });
  }

  initResourceRolesMap(): Promise<ResourceRolesMap> {
    return this.rolesMap.rebuild();
  }
}
