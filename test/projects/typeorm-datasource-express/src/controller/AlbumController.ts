import type { NextFunction, Request, Response } from 'express';
import { Container } from 'typedi';
import { AlbumService } from '../service/AlbumService';

export class AlbumController {
  private albums = Container.get(AlbumService);

  async covers(request: Request, response: Response, next: NextFunction) {
    const ids: number[] = request.body.albumIds;
    const covers = [];
    for (const id of ids) {
      covers.push(await this.albums.coverOf(id)); // expect: perf-coach/no-n-plus-one
    }
    return covers.map((c) => (c ? this.albums.caption(c) : null)); // ok: formats in memory
  }
}
