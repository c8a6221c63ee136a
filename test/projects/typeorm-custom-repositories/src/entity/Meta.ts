import { BaseEntity, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class PostMeta extends BaseEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  entityId: number;

  @Column()
  key: string;

  @Column({ nullable: true })
  value: string;
}

@Entity()
export class TagMeta extends BaseEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  entityId: number;

  @Column()
  key: string;

  @Column({ nullable: true })
  value: string;
}
