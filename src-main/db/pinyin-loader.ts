import { createRequire } from 'node:module';
import type { pinyin } from 'pinyin-pro';
import { setPinyinLoader } from '../core/pinyin-key';

// Imported for its effect by the modules that open and migrate databases, so every writer of sort keys has
// the reader, loaded synchronously the first time a key is made.
const require = createRequire(import.meta.url);
setPinyinLoader(() => (require('pinyin-pro') as { pinyin: typeof pinyin }).pinyin);
