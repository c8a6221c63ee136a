import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'items' })
export class SQLItem {
  @PrimaryColumn() uuid!: string;
  @Column() userUuid!: string;
  @Column() content!: string;
}
