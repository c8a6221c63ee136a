import { Column, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './User';

@Entity()
export class Photo {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  url: string;

  @Column({ default: 0 })
  likes: number;

  @Column({ nullable: true })
  albumId: number;

  @ManyToOne(() => User, (user) => user.photos)
  user: User;
}
