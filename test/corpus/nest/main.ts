// trap: perf-coach/no-blocking-io — TLS files are read once during bootstrap
// trap: perf-coach/no-sync-logging — console.log after app.listen, during bootstrap
import { NestFactory } from '@nestjs/core';
import { ValidationPipe } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { AppModule } from './app.module';

async function bootstrap() {
  const httpsOptions =
    process.env.HTTPS === 'true'
      ? { key: readFileSync('./secrets/private-key.pem'), cert: readFileSync('./secrets/public-certificate.pem') }
      : undefined;
  const app = await NestFactory.create(AppModule, { httpsOptions, bufferLogs: true });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, transform: true }));
  app.enableShutdownHooks();
  await app.listen(process.env.PORT ?? 3000);
  console.log(`Application is running on: ${await app.getUrl()}`);
}

bootstrap();
