import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../../transformers';

/** `oms_company_address`: Company shipping/receiving addresses. */
@Entity({ name: 'oms_company_address' })
export class OmsCompanyAddress {
  @PrimaryColumn({ type: 'bigint', name: 'id', transformer: bigintTransformer })
  @Generated('increment')
  id!: number;

  /** Address name */
  @Column({ type: 'varchar', name: 'address_name', length: 200, nullable: true })
  addressName!: string | null;

  /** Default shipping address: 0=no; 1=yes */
  @Column({ type: 'int', name: 'send_status', nullable: true })
  sendStatus!: number | null;

  /** Default receiving address: 0=no; 1=yes */
  @Column({ type: 'int', name: 'receive_status', nullable: true })
  receiveStatus!: number | null;

  /** Sender/receiver name */
  @Column({ type: 'varchar', name: 'name', length: 64, nullable: true })
  name!: string | null;

  /** Contact phone */
  @Column({ type: 'varchar', name: 'phone', length: 64, nullable: true })
  phone!: string | null;

  /** Province / municipality */
  @Column({ type: 'varchar', name: 'province', length: 64, nullable: true })
  province!: string | null;

  /** City */
  @Column({ type: 'varchar', name: 'city', length: 64, nullable: true })
  city!: string | null;

  /** District */
  @Column({ type: 'varchar', name: 'region', length: 64, nullable: true })
  region!: string | null;

  /** Detailed address */
  @Column({ type: 'varchar', name: 'detail_address', length: 200, nullable: true })
  detailAddress!: string | null;
}
