#!/usr/bin/env node
/** Renders public/favicon.svg to the PNG app icons (run once when the icon changes; the PNGs are committed). */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox'] });
for (const [name, size, padding] of [['icon-192', 192, 0], ['icon-512', 512, 0], ['icon-512-maskable', 512, 0.2]]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const inner = size * (1 - padding * 2);
  await page.setContent(
    `<body style="margin:0;background:#0b3d62;display:grid;place-items:center;height:${size}px">` +
      `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
  );
  await page.screenshot({ path: `public/icons/${name}.png` });
  await page.close();
}
await browser.close();
console.log('icons written to public/icons/');
