// Where Chromium is: CHROME_PATH when it points at a file, else Debian's /usr/bin/chromium.
// A wrong CHROME_PATH is reported rather than silently ignored (see TOOLCHAIN.md).
import { existsSync } from 'node:fs';

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { path: fromEnv };
    return { error: `CHROME_PATH=${fromEnv} does not exist; unset it or point it at a Chromium binary (Debian: apt-get install -y chromium).` };
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return { path: candidate };
  }
  return { error: 'Chromium not found: install it with `sudo apt-get install -y chromium` (Debian) or set CHROME_PATH to a Chromium binary.' };
}

export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
