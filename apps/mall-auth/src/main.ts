import './tracing';
import { runService } from '@mall/bootstrap';
import { AppModule } from './app.module';

runService({
  service: 'mall-auth',
  description: 'mall认证中心：令牌签发与公钥',
  appModule: AppModule,
  uses: { mysql: true, redis: true },
});
