import './tracing';
import { runService } from '@mall/bootstrap';
import { AppModule } from './app.module';

runService({
  service: 'mall-gateway',
  description: '网关：路由、鉴权、限流、接口文档聚合',
  appModule: AppModule,
  uses: { redis: true },
});
