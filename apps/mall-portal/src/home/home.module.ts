import { Module } from '@nestjs/common';
import { HomeController } from './home.controller';
import { HomeQueries } from './home-queries';
import { HomeService } from './home.service';

@Module({
  controllers: [HomeController],
  providers: [HomeQueries, HomeService],
  // The recommended-brand list is shared with /brand/recommendList.
  exports: [HomeQueries],
})
export class HomeModule {}
