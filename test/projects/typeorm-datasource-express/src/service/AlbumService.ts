import { Service } from 'typedi';
import { AppDataSource } from '../data-source';
import { Photo } from '../entity/Photo';

/** Registered with typedi: controllers ask the container for it instead of importing an instance. */
@Service()
export class AlbumService {
  private readonly photos = AppDataSource.getRepository(Photo);

  async coverOf(albumId: number): Promise<Photo | null> {
    return this.photos.findOne({ where: { albumId }, order: { likes: 'DESC' } });
  }

  caption(photo: Photo): string {
    return `${photo.name} (${photo.likes})`;
  }
}
