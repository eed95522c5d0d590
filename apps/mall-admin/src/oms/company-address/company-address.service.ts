import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { OmsCompanyAddress } from '@mall/db';
import { Repository } from 'typeorm';

@Injectable()
export class CompanyAddressService {
  constructor(
    @InjectRepository(OmsCompanyAddress)
    private readonly addresses: Repository<OmsCompanyAddress>,
  ) {}

  list(): Promise<OmsCompanyAddress[]> {
    return this.addresses.find({ order: { id: 'ASC' } });
  }
}
