import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class InstanceStatus {
  @ApiProperty() service!: string;
  @ApiProperty() host!: string;
  @ApiProperty() port!: number;
  @ApiProperty({ enum: ['UP', 'DOWN', 'UNREACHABLE'] }) status!: 'UP' | 'DOWN' | 'UNREACHABLE';
  @ApiPropertyOptional({ description: 'status of each dependency, e.g. { db: "UP" }' })
  components?: Record<string, string>;
  @ApiPropertyOptional() rssBytes?: number;
  @ApiPropertyOptional() heapUsedBytes?: number;
  @ApiPropertyOptional() eventLoopLagP99Seconds?: number;
  @ApiPropertyOptional() httpRequestsTotal?: number;
  @ApiPropertyOptional() uptimeSeconds?: number;
  @ApiPropertyOptional() error?: string;
}
