export interface Item {
  uuid: string;
  userUuid: string;
  content: string;
}
