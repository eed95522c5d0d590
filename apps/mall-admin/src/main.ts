import './tracing';
import { runService } from '@mall/bootstrap';
import { AppModule } from './app.module';

runService({
  service: 'mall-admin',
  description: 'mall后台管理系统：商品、订单、营销、内容、权限',
  appModule: AppModule,
  uses: { mysql: true, redis: true, rabbitmq: true },
});
