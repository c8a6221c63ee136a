// Vitest setup file: runs in each test file's context, so its afterAll sees the folders that
// file's tests made with tempDir().
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dir';

afterAll(removeTempDirs);
