import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { CommonPage, pageOffset } from '@mall/common';
import {
  UmsMenu,
  UmsPermission,
  UmsResource,
  UmsRole,
  UmsRoleMenuRelation,
  UmsRolePermissionRelation,
  UmsRoleResourceRelation,
} from '@mall/db';
import { DataSource, In, Like, Repository } from 'typeorm';
import { ResourceRolesMapService } from '../resource/resource-roles-map.service';
import { containsPattern, givenFields, hasKeyword } from '../shared';
import { CreateRoleDto, RoleListQuery, UpdateRoleDto } from './dto/role.dto';

/**
 * `ums_role` and the role's grants: menus (what the admin front-end shows), resources (what the
 * gateway lets through, via the resource→roles map) and legacy permissions.
 */
@Injectable()
export class RoleService {
  constructor(
    @InjectRepository(UmsRole) private readonly roles: Repository<UmsRole>,
    @InjectRepository(UmsMenu) private readonly menus: Repository<UmsMenu>,
    @InjectRepository(UmsResource) private readonly resources: Repository<UmsResource>,
    @InjectRepository(UmsPermission) private readonly permissions: Repository<UmsPermission>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rolesMap: ResourceRolesMapService,
  ) {}

  async create(dto: CreateRoleDto): Promise<number> {
    // Every column is written, as the original's insert did: an omitted status is stored as NULL.
    await this.roles.insert({
      name: dto.name,
      description: dto.description ?? null,
      adminCount: 0,
      createTime: new Date(),
      status: dto.status ?? null,
      sort: 0,
    });
    return 1;
  }

  async update(id: number, dto: UpdateRoleDto): Promise<number> {
    const fields = givenFields(dto);
    const result = await this.roles.update({ id }, fields);
    const count = result.affected ?? 0;
    // The map's role strings embed the role name, so a rename must be published.
    if (count > 0 && fields.name !== undefined) await this.rolesMap.rebuildAfterChange();
    return count;
  }

  async updateStatus(id: number, status: number): Promise<number> {
    const result = await this.roles.update({ id }, { status });
    return result.affected ?? 0;
  }

  async delete(ids: number[]): Promise<number> {
    const result = await this.roles.delete({ id: In(ids) });
    const count = result.affected ?? 0;
    if (count > 0) await this.rolesMap.rebuildAfterChange();
    return count;
  }

  listAll(): Promise<UmsRole[]> {
    return this.roles.find({ order: { id: 'ASC' } });
  }

  async list(query: RoleListQuery): Promise<CommonPage<UmsRole>> {
    const [list, total] = await this.roles.findAndCount({
      where: hasKeyword(query.keyword) ? { name: Like(containsPattern(query.keyword)) } : {},
      order: { id: 'ASC' },
      ...pageOffset(query),
    });
    return CommonPage.of(list, total, query.pageNum, query.pageSize);
  }

  /** Menus granted to the role, each once, in id order; grants of deleted menus are left out. */
  listMenu(roleId: number): Promise<UmsMenu[]> {
    return this.menus
      .createQueryBuilder('m')
      .where(
        'm.id IN (SELECT rmr.menu_id FROM ums_role_menu_relation rmr WHERE rmr.role_id = :roleId)',
        { roleId },
      )
      .orderBy('m.id', 'ASC')
      .getMany();
  }

  /** Resources granted to the role, each once, in id order; grants of deleted resources are left out. */
  listResource(roleId: number): Promise<UmsResource[]> {
    return this.resources
      .createQueryBuilder('r')
      .where(
        'r.id IN (SELECT rrr.resource_id FROM ums_role_resource_relation rrr WHERE rrr.role_id = :roleId)',
        { roleId },
      )
      .orderBy('r.id', 'ASC')
      .getMany();
  }

  /**
   * Permissions granted to the role, in grant order. Grants of deleted permissions are left out
   * (the original's LEFT JOIN answered them as null elements).
   */
  listPermission(roleId: number): Promise<UmsPermission[]> {
    return this.permissions
      .createQueryBuilder('p')
      .innerJoin(UmsRolePermissionRelation, 'rpr', 'rpr.permission_id = p.id')
      .where('rpr.role_id = :roleId', { roleId })
      .orderBy('rpr.id', 'ASC')
      .getMany();
  }

  /** Replaces the role's permissions; an empty list is refused by the controller. */
  updatePermission(roleId: number, permissionIds: number[]): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      await em.delete(UmsRolePermissionRelation, { roleId });
      await em.insert(
        UmsRolePermissionRelation,
        permissionIds.map((permissionId) => ({ roleId, permissionId })),
      );
      return permissionIds.length;
    });
  }

  /** Replaces the role's menus; an empty list removes them all. Answers the number of ids given. */
  allocMenu(roleId: number, menuIds: number[]): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      await em.delete(UmsRoleMenuRelation, { roleId });
      const distinct = [...new Set(menuIds)];
      if (distinct.length > 0) {
        await em.insert(
          UmsRoleMenuRelation,
          distinct.map((menuId) => ({ roleId, menuId })),
        );
      }
      return menuIds.length;
    });
  }

  /**
   * Replaces the role's resources and republishes the resource→roles map, so the gateway applies the
   * new grants to the next request. Answers the number of ids given.
   */
  async allocResource(roleId: number, resourceIds: number[]): Promise<number> {
    await this.dataSource.transaction(async (em) => {
      await em.delete(UmsRoleResourceRelation, { roleId });
      const distinct = [...new Set(resourceIds)];
      if (distinct.length > 0) {
        await em.insert(
          UmsRoleResourceRelation,
          distinct.map((resourceId) => ({ roleId, resourceId })),
        );
      }
    });
    await this.rolesMap.rebuildAfterChange();
    return resourceIds.length;
  }
}
