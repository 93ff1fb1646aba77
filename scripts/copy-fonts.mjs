// Copies the report fonts (Noto Sans SC regular and bold, SIL Open Font License) from node_modules into
// resources/fonts, where the CLI, the tests and electron-builder (extraResources) find them. The 21 MB of
// TTF stay out of git; this runs before build, test, bench and packaging.
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const from = join(root, 'node_modules', '@expo-google-fonts', 'noto-sans-sc');
const to = join(root, 'resources', 'fonts');
const files = [
  ['400Regular/NotoSansSC_400Regular.ttf', 'NotoSansSC-Regular.ttf'],
  ['700Bold/NotoSansSC_700Bold.ttf', 'NotoSansSC-Bold.ttf'],
  ['LICENSE_FONT', 'OFL.txt'],
];

mkdirSync(to, { recursive: true });
for (const [src, dest] of files) {
  const source = join(from, src);
  const target = join(to, dest);
  if (!existsSync(source)) {
    console.error(`copy-fonts: ${source} is missing (is @expo-google-fonts/noto-sans-sc installed?)`);
    process.exit(1);
  }
  if (existsSync(target) && statSync(target).size === statSync(source).size) continue;
  copyFileSync(source, target);
}
