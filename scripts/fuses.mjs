// The Electron fuses the packaged app ships with (https://www.electronjs.org/docs/latest/tutorial/fuses),
// flipped in the Electron binary by scripts/after-pack.mjs after electron-builder has copied it. The unit
// test src-main/hosts/electron/packaging.test.ts checks this list and flips a stand-in binary with it.
import { FuseV1Options, FuseVersion } from '@electron/fuses';

export function fuseConfig() {
  return {
    version: FuseVersion.V1,
    // The binary is never a plain Node.js (ELECTRON_RUN_AS_NODE would turn it into one for any caller).
    [FuseV1Options.RunAsNode]: false,
    // Cookies on disk encrypted with the OS key store.
    [FuseV1Options.EnableCookieEncryption]: true,
    // No NODE_OPTIONS and no --inspect: nobody injects code into the main process from outside.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // The app.asar must match the hash embedded at packaging (Windows and macOS; Linux has no such check yet).
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    // Only the packaged app.asar is loaded, never a loose app folder put beside it.
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // The renderer is served from app://, so file:// needs none of its legacy extra privileges.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}
