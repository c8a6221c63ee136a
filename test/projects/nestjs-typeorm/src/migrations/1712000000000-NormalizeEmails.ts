import { MigrationInterface, QueryRunner } from 'typeorm';

export class NormalizeEmails1712000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    const rows: Array<{ id: number; email: string }> = await queryRunner.query('SELECT id, email FROM users');
    for (const row of rows) {
      await queryRunner.query('UPDATE users SET email = $1 WHERE id = $2', [row.email.toLowerCase(), row.id]); // ok: migration, runs once
    }
  }

  async down(): Promise<void> {}
}
