import './tracing';
import { runService } from '@mall/bootstrap';
import { AppModule } from './app.module';

runService({
  service: 'mall-portal',
  description: 'mall前台系统：首页、商品、品牌、退货申请、促销计算',
  appModule: AppModule,
  uses: { mysql: true, redis: true, rabbitmq: true },
});
