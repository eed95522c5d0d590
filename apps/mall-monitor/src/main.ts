import './tracing';
import { runService } from '@mall/bootstrap';
import { AppModule } from './app.module';

runService({
  service: 'mall-monitor',
  description: 'mall监控中心：各服务实例的健康与指标总览',
  appModule: AppModule,
});
