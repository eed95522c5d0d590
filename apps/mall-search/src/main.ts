import './tracing';
import { runService } from '@mall/bootstrap';
import { AppModule } from './app.module';

runService({
  service: 'mall-search',
  description: 'mall搜索系统：商品搜索、推荐、关联信息',
  appModule: AppModule,
  uses: { mysql: true, rabbitmq: true },
});
