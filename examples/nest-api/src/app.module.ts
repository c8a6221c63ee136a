import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { InvoicesProcessor } from './invoices/invoices.processor';
import { MailService } from './mail/mail.service';
import { Post } from './posts/post.entity';
import { PostsResolver } from './posts/posts.resolver';
import { PrismaService } from './prisma/prisma.service';
import { RateLimitService } from './rate-limit/rate-limit.service';
import { redisProvider } from './rate-limit/redis.provider';
import { ReportsController } from './reports/reports.controller';
import { ReportsService } from './reports/reports.service';
import { User } from './users/user.entity';
import { UsersController } from './users/users.controller';
import { UsersLoader } from './users/users.loader';
import { UsersService } from './users/users.service';

const redisConnection = {
  host: process.env.REDIS_HOST ?? 'localhost',
  port: Number(process.env.REDIS_PORT ?? 6379),
};

// Users and posts predate the move to Prisma and still live in TypeORM entities;
// billing (orders, invoices) is on Prisma. Both talk to the same Postgres database.
@Module({
  imports: [
    LoggerModule.forRoot({ pinoHttp: { level: process.env.LOG_LEVEL ?? 'info' } }),
    TypeOrmModule.forRoot({
      type: 'postgres',
      url: process.env.DATABASE_URL,
      entities: [User, Post],
      synchronize: false,
      extra: { max: 10 },
    }),
    TypeOrmModule.forFeature([User, Post]),
    GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, autoSchemaFile: true }),
    BullModule.forRoot({ connection: redisConnection }),
    BullModule.registerQueue({ name: 'invoices' }),
  ],
  controllers: [UsersController, ReportsController],
  providers: [
    PrismaService,
    UsersService,
    UsersLoader,
    PostsResolver,
    InvoicesProcessor,
    MailService,
    ReportsService,
    RateLimitService,
    redisProvider,
  ],
})
export class AppModule {}
