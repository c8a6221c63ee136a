export { findLinkById as getLink, clickCount } from './links';
export * as userRepo from './user-repo';
