import { Module } from '@nestjs/common';
import { PrefrenceAreaController } from './prefrence-area.controller';
import { PrefrenceAreaService } from './prefrence-area.service';

/** `/prefrenceArea/**`. */
@Module({ controllers: [PrefrenceAreaController], providers: [PrefrenceAreaService] })
export class PrefrenceAreaModule {}
