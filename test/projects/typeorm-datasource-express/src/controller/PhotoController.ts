import type { NextFunction, Request, Response } from 'express';
import { AppDataSource } from '../data-source';
import { Photo } from '../entity/Photo';
import { User } from '../entity/User';
import photoService from '../service/PhotoService';

export class PhotoController {
  private userRepository = AppDataSource.getRepository(User);

  async likes(request: Request, response: Response, next: NextFunction) {
    const ids: number[] = request.body.ids;
    const likes: Record<number, number> = {};
    for (const id of ids) {
      likes[id] = await photoService.likesOf(id); // expect: perf-coach/no-n-plus-one
    }
    return likes;
  }

  async thumbnails(request: Request, response: Response, next: NextFunction) {
    const photos = await photoService.byIds(request.body.ids); // ok: one In(ids) query
    return photos.map((p) => photoService.thumbnailUrl(p)); // ok: singleton method that only formats
  }

  async owners(request: Request, response: Response, next: NextFunction) {
    const photos = await AppDataSource.getRepository(Photo).find({ take: 50, loadRelationIds: { relations: ['user'] } });
    return Promise.all(photos.map((p) => this.userRepository.findOneBy({ id: p.user as unknown as number }))); // expect: perf-coach/no-n-plus-one
  }

  async counts(request: Request, response: Response, next: NextFunction) {
    const users = await this.userRepository.find({ take: 20 });
    const out = [];
    for (const u of users) {
      out.push({ id: u.id, photos: await AppDataSource.manager.countBy(Photo, { user: { id: u.id } }) }); // expect: perf-coach/no-n-plus-one
    }
    return out;
  }
}
