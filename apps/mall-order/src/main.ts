import './tracing';
import { runService } from '@mall/bootstrap';
import { AppModule } from './app.module';

runService({
  service: 'mall-order',
  description: 'mall订单系统：确认、下单、支付、取消、收货',
  appModule: AppModule,
  uses: { mysql: true, redis: true, rabbitmq: true },
});
