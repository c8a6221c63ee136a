import { BaseEntity, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A custom field of one entity: each kind keeps its fields in a table of its own. */
abstract class EntityMeta extends BaseEntity {
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
export class PostMeta extends EntityMeta {}

@Entity()
export class TagMeta extends EntityMeta {}
