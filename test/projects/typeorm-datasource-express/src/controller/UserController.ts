import type { Request, Response } from 'express';
import { UserRepository } from '../repository/UserRepository';

export class UserController {
  async resolveNames(request: Request, response: Response) {
    const names: Array<{ first: string; last: string }> = request.body.names;
    const users = [];
    for (const n of names) {
      users.push(await UserRepository.findByName(n.first, n.last)); // expect: perf-coach/no-n-plus-one
    }
    return users;
  }

  async all(request: Request, response: Response) {
    return UserRepository.find({ relations: { photos: true } }); // ok: one query with a join
  }
}
