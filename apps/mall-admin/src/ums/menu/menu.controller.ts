import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CommonResult, PageQuery, RequestParam, RequiredIntPipe } from '@mall/common';
import { CreateMenuDto, UpdateMenuDto } from './dto/menu.dto';
import { MenuService } from './menu.service';

@ApiTags('UmsMenuController')
@Controller('menu')
export class MenuController {
  constructor(private readonly menus: MenuService) {}

  @ApiOperation({ summary: '添加后台菜单' })
  @Post('create')
  async create(@Body() dto: CreateMenuDto) {
    return CommonResult.fromCount(await this.menus.create(dto));
  }

  @ApiOperation({ summary: '修改后台菜单' })
  @Post('update/:id')
  async update(@Param('id', RequiredIntPipe) id: number, @Body() dto: UpdateMenuDto) {
    return CommonResult.fromCount(await this.menus.update(id, dto));
  }

  @ApiOperation({ summary: '根据ID删除后台菜单' })
  @Post('delete/:id')
  async delete(@Param('id', RequiredIntPipe) id: number) {
    return CommonResult.fromCount(await this.menus.delete(id));
  }

  @ApiOperation({ summary: '分页查询后台菜单' })
  @Get('list/:parentId')
  async list(@Param('parentId', RequiredIntPipe) parentId: number, @Query() page: PageQuery) {
    return CommonResult.success(await this.menus.list(parentId, page));
  }

  @ApiOperation({ summary: '树形结构返回所有菜单列表' })
  @Get('treeList')
  async treeList() {
    return CommonResult.success(await this.menus.treeList());
  }

  @ApiOperation({ summary: '修改菜单显示状态' })
  @ApiQuery({ name: 'hidden', type: Number })
  @Post('updateHidden/:id')
  async updateHidden(
    @Param('id', RequiredIntPipe) id: number,
    @RequestParam('hidden', RequiredIntPipe) hidden: number,
  ) {
    return CommonResult.fromCount(await this.menus.updateHidden(id, hidden));
  }

  @ApiOperation({ summary: '根据ID获取菜单详情' })
  @Get(':id')
  async getItem(@Param('id', RequiredIntPipe) id: number) {
    return CommonResult.success(await this.menus.getItem(id));
  }
}
