import { NextResponse } from 'next/server';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const runtime = 'nodejs';

const MEDIA_DIR = join(process.cwd(), 'storage', 'media');
mkdirSync(MEDIA_DIR, { recursive: true });

export async function POST(request: Request) {
  const form = await request.formData();
  const file = form.get('file');
  if (!(file instanceof File)) {
    return NextResponse.json({ error: 'file is required' }, { status: 400 });
  }
  const id = randomUUID();
  const target = join(MEDIA_DIR, `${id}-${file.name.replace(/[^\w.-]/g, '_')}`);
  writeFileSync(target, Buffer.from(await file.arrayBuffer())); // expect: perf-coach/no-blocking-io
  const probe = execFileSync('ffprobe', ['-v', 'quiet', '-print_format', 'json', '-show_format', target], { encoding: 'utf8' }); // expect: perf-coach/no-blocking-io
  const { format } = JSON.parse(probe);
  return NextResponse.json({ id, duration: Number(format.duration), size: file.size }, { status: 201 });
}
