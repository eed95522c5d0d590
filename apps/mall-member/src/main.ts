import './tracing';
import { runService } from '@mall/bootstrap';
import { AppModule } from './app.module';

runService({
  service: 'mall-member',
  description: 'mall会员系统：注册登录、收货地址、优惠券、浏览记录、收藏与关注',
  appModule: AppModule,
  uses: { mysql: true, redis: true, rabbitmq: true },
});
