import './tracing';
import { runService } from '@mall/bootstrap';
import { serviceDefinition } from './service';

runService(serviceDefinition);
