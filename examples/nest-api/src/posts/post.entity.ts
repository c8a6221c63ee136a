import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('posts')
@ObjectType()
export class Post {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id!: string;

  @Column()
  @Field()
  title!: string;

  @Column('text')
  @Field()
  body!: string;

  // Exposed to GraphQL as `author` by PostsResolver.
  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Index()
  @Column({ name: 'published_at', type: 'timestamptz' })
  @Field()
  publishedAt!: Date;
}
