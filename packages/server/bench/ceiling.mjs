// The ceiling: a bare Hono route answering a pre-serialized page of 20 articles. Usage: node ceiling.mjs FILE PORT
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const [file, port] = process.argv.slice(2);
const body = readFileSync(file, 'utf8');
const app = new Hono();
app.get('/v1/news', (c) => c.body(body, 200, { 'Content-Type': 'application/json; charset=utf-8' }));
serve({ fetch: app.fetch, port: Number(port), hostname: '127.0.0.1' }, (info) => {
  console.log(`listening on http://127.0.0.1:${info.port}`);
});
