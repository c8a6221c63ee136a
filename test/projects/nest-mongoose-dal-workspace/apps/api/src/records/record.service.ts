import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';

@Injectable()
export class RecordService {
  constructor(private readonly prismaService: PrismaService) {}

  async reorder(records: Array<{ id: string; order: number }>) {
    for (const record of records) {
      await this.prismaService.txClient().record.update({ where: { id: record.id }, data: { order: record.order } }); // expect: perf-coach/no-n-plus-one
    }
  }

  async purge(tableNames: string[]) {
    const prisma = this.prismaService.txClient();
    for (const name of ['record', 'history']) {
      await prisma.$executeRawUnsafe(`DELETE FROM "${name}" WHERE deleted`); // ok: a fixed list of two tables written in the code
    }
    return prisma.record.deleteMany({ where: { table: { in: tableNames } } }); // ok: one statement for every table
  }

  async copy(ids: string[]) {
    const prisma = this.prismaService.txClient();
    const rows = await prisma.record.findMany({ where: { id: { in: ids } } }); // ok: one read for every id
    for (const row of rows) {
      await prisma.record.create({ data: { ...row, id: undefined } }); // expect: perf-coach/no-n-plus-one
    }
  }
}
