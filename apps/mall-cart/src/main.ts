import './tracing';
import { runService } from '@mall/bootstrap';
import { AppModule } from './app.module';

runService({
  service: 'mall-cart',
  description: 'mall购物车系统',
  appModule: AppModule,
  uses: { mysql: true, redis: true, rabbitmq: true },
});
