// electron-builder afterPack hook: flips the fuses (scripts/fuses.mjs) in the packaged Electron binary before
// electron-builder builds the installers from it (and signs it, where signing is configured).
import { join } from 'node:path';
import { flipFuses } from '@electron/fuses';
import { fuseConfig } from './fuses.mjs';

/** The Electron executable inside electron-builder's unpacked output for one platform. */
export function electronBinaryPath(context) {
  const { electronPlatformName, appOutDir, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${name}.exe`);
  return join(appOutDir, packager.executableName);
}

export default async function afterPack(context) {
  const binary = electronBinaryPath(context);
  await flipFuses(binary, {
    ...fuseConfig(),
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === 3,
  });
}
