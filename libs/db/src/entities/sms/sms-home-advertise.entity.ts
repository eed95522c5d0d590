import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `sms_home_advertise`: Home carousel adverts. */
@Entity({ name: 'sms_home_advertise' })
export class SmsHomeAdvertise {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  @Column({ type: 'varchar', name: 'name', length: 100, nullable: true })
  name!: string | null;

  /** Carousel position: 0=PC home; 1=app home */
  @Column({ type: 'int', name: 'type', nullable: true })
  type!: number | null;

  @Column({ type: 'varchar', name: 'pic', length: 500, nullable: true })
  pic!: string | null;

  @Column({ type: 'datetime', name: 'start_time', nullable: true })
  startTime!: Date | null;

  @Column({ type: 'datetime', name: 'end_time', nullable: true })
  endTime!: Date | null;

  /** Online status: 0=offline; 1=online */
  @Column({ type: 'int', name: 'status', nullable: true })
  status!: number | null;

  /** Click count */
  @Column({ type: 'int', name: 'click_count', nullable: true })
  clickCount!: number | null;

  /** Order count */
  @Column({ type: 'int', name: 'order_count', nullable: true })
  orderCount!: number | null;

  /** Link URL */
  @Column({ type: 'varchar', name: 'url', length: 500, nullable: true })
  url!: string | null;

  /** Note */
  @Column({ type: 'varchar', name: 'note', length: 500, nullable: true })
  note!: string | null;

  /** Sort order */
  @Column({ type: 'int', name: 'sort', nullable: true, default: 0 })
  sort!: number | null;
}
