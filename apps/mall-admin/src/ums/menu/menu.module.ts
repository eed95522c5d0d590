import { Module } from '@nestjs/common';
import { MenuController } from './menu.controller';
import { MenuService } from './menu.service';

/** `/menu/**`: the admin menu tree. */
@Module({ controllers: [MenuController], providers: [MenuService] })
export class MenuModule {}
