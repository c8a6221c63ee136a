import type { Request } from 'express';
import { controller, httpPost } from 'inversify-express-utils';
import type { SaveItems } from '../Domain/UseCase/SaveItems';
import type { TokenService } from '../Domain/Token/TokenService';

@controller('/items')
export class ItemsController {
  constructor(private saveItems: SaveItems, private tokens: TokenService) {}

  @httpPost('/sync')
  async sync(req: Request) {
    await this.tokens.validTokens(req.body.tokens);
    return this.saveItems.execute(req.body.items);
  }
}
