// Finds Chromium/Chrome and Firefox for the demo, the end-to-end tests and the benchmark.
// Where one is missing on Debian/Ubuntu and we are root, installs Debian's packages
// (chromium, firefox-esr, and fonts-noto-cjk so Chinese is not drawn as boxes);
// elsewhere it stops with the one command the user must run.
//   node scripts/browsers.mjs   → prints the paths it found (installing if needed)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CANDIDATES = {
  chromium: [
    process.env.PANGZHU_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  firefox: [
    process.env.PANGZHU_FIREFOX,
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ],
};
const APT_PACKAGES = ['chromium', 'firefox-esr', 'fonts-noto-cjk'];

function firstExisting(paths) {
  return paths.find((path) => path && existsSync(path));
}

function hasCjkFont() {
  const result = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim().length > 0;
}

function isDebianLike() {
  if (!existsSync('/etc/os-release')) return false;
  return /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(readFileSync('/etc/os-release', 'utf8'));
}

function installWithApt() {
  console.log(`[browsers] installing ${APT_PACKAGES.join(' ')} with apt-get (Debian packages)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...APT_PACKAGES], {
    stdio: 'inherit',
    env,
  });
}

/** @returns {Promise<{ chromium: string, firefox: string }>} */
export async function findBrowsers() {
  let chromium = firstExisting(CANDIDATES.chromium);
  let firefox = firstExisting(CANDIDATES.firefox);
  const fontsMissing = process.platform === 'linux' && !hasCjkFont();
  if (!chromium || !firefox || fontsMissing) {
    const isRoot = process.getuid?.() === 0;
    if (isDebianLike() && isRoot) {
      installWithApt();
      chromium = firstExisting(CANDIDATES.chromium);
      firefox = firstExisting(CANDIDATES.firefox);
    } else if (!chromium || !firefox) {
      const hint = isDebianLike()
        ? `sudo apt-get install -y ${APT_PACKAGES.join(' ')}`
        : 'install Chromium (or Chrome) and Firefox ≥ 140, or set PANGZHU_CHROMIUM and PANGZHU_FIREFOX to their executables';
      throw new Error(`[browsers] missing ${!chromium ? 'Chromium' : 'Firefox'}. Run: ${hint}`);
    } else {
      console.warn(
        `[browsers] no CJK font: Chinese will show as boxes. Run: sudo apt-get install -y fonts-noto-cjk`,
      );
    }
  }
  if (!chromium || !firefox)
    throw new Error('[browsers] installation did not provide both browsers');
  return { chromium, firefox };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const found = await findBrowsers();
    console.log(`[browsers] chromium: ${found.chromium}\n[browsers] firefox: ${found.firefox}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
