export class InviteLinkQuery {
  constructor(public readonly email: string, public readonly teamId: number) {}
}
