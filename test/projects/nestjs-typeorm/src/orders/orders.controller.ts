import { Body, Controller, Post } from '@nestjs/common';
import { OrdersService } from './orders.service';

@Controller('orders')
export class OrdersController {
  constructor(private readonly ordersService: OrdersService) {}

  @Post('details')
  details(@Body() body: { ids: number[] }) {
    return this.ordersService.detailed(body.ids);
  }

  @Post('open')
  open(@Body() body: { userIds: number[] }) {
    return this.ordersService.openOrdersOf(body.userIds);
  }
}
