import { In } from 'typeorm';
import { AppDataSource } from '../data-source';
import { Photo } from '../entity/Photo';

class PhotoService {
  private readonly photos = AppDataSource.getRepository(Photo);

  async likesOf(photoId: number): Promise<number> {
    const photo = await this.photos.findOneBy({ id: photoId });
    return photo?.likes ?? 0;
  }

  async byIds(ids: number[]): Promise<Photo[]> {
    return this.photos.findBy({ id: In(ids) });
  }

  thumbnailUrl(photo: Photo): string {
    return photo.url.replace('/full/', '/thumb/');
  }
}

export default new PhotoService();
