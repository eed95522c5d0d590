import { Module } from '@nestjs/common';
import { SmsHomeRecommendSubject } from '@mall/db';
import { homeRecommendationProvider } from '../home-recommendation/home-recommendation.service';
import { HomeContentCacheModule } from '../shared/home-content-cache.module';
import {
  HomeRecommendSubjectController,
  HOME_RECOMMEND_SUBJECT_SERVICE,
} from './home-recommend-subject.controller';

@Module({
  imports: [HomeContentCacheModule],
  controllers: [HomeRecommendSubjectController],
  providers: [
    homeRecommendationProvider(HOME_RECOMMEND_SUBJECT_SERVICE, SmsHomeRecommendSubject, {
      refField: 'subjectId',
      nameField: 'subjectName',
    }),
  ],
})
export class HomeRecommendSubjectModule {}
