import { AlbumController } from './controller/AlbumController';
import { PhotoController } from './controller/PhotoController';
import { UserController } from './controller/UserController';

export const Routes = [
  { method: 'post', route: '/photos/likes', controller: PhotoController, action: 'likes' },
  { method: 'post', route: '/photos/thumbnails', controller: PhotoController, action: 'thumbnails' },
  { method: 'get', route: '/photos/owners', controller: PhotoController, action: 'owners' },
  { method: 'get', route: '/users/photo-counts', controller: PhotoController, action: 'counts' },
  { method: 'post', route: '/users/by-name', controller: UserController, action: 'resolveNames' },
  { method: 'get', route: '/users', controller: UserController, action: 'all' },
  { method: 'post', route: '/albums/covers', controller: AlbumController, action: 'covers' },
];
