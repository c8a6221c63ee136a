export class InviteUserCommand {
  constructor(public readonly email: string, public readonly teamId: number) {}
}

export class InviteUsersCommand {
  constructor(public readonly emails: string[], public readonly teamId: number) {}
}
