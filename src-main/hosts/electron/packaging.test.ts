import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, describe, expect, it } from 'vitest';
import { TempFolder } from '../../testing/db';
import { PROJECT_ROOT } from '../../cli/paths';

// The packaging scripts are plain ES modules run by electron-builder; imported here by path.
const scripts = (name: string) => join(PROJECT_ROOT, 'scripts', name);
const load = async <T>(name: string) => (await import(/* @vite-ignore */ scripts(name))) as T;
type FusesModule = { fuseConfig(): Record<string | number, unknown> };
type AfterPackModule = { default(context: unknown): Promise<void>; electronBinaryPath(context: unknown): string };

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
let folder: TempFolder | null = null;
afterEach(() => folder?.remove());

/** A stand-in for the Electron binary: noise around the fuse wire as Electron 39 ships it (9 fuses). */
function fakeElectron(path: string): void {
  const shipped = [1, 0, 1, 1, 0, 0, 0, 1, 1].map((on) => (on ? 0x31 : 0x30));
  writeFileSync(
    path,
    Buffer.concat([randomBytes(5000), Buffer.from(SENTINEL), Buffer.from([1, 9, ...shipped]), randomBytes(5000)]),
  );
}

describe('Electron fuses', () => {
  it('turn off running as Node, NODE_OPTIONS, --inspect and file:// privileges; turn on cookie encryption and ASAR-only loading with integrity', async () => {
    const { fuseConfig } = await load<FusesModule>('fuses.mjs');
    const config = fuseConfig();
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(config[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('the afterPack hook flips exactly those in the packaged binary', async () => {
    folder = new TempFolder('grants-fuses-');
    const context = {
      electronPlatformName: 'linux',
      arch: 1,
      appOutDir: folder.path,
      packager: { executableName: 'grants', appInfo: { productFilename: 'Grants' } },
    };
    const hook = await load<AfterPackModule>('after-pack.mjs');
    const binary = hook.electronBinaryPath(context);
    expect(binary).toBe(join(folder.path, 'grants'));
    fakeElectron(binary);
    await hook.default(context);
    const wire = await getCurrentFuseWire(binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
    // The fuses we leave alone keep what Electron shipped.
    expect(wire[FuseV1Options.WasmTrapHandlers]).toBe(FuseState.ENABLE);
    expect(hook.electronBinaryPath({ ...context, electronPlatformName: 'win32' })).toBe(
      join(folder.path, 'Grants.exe'),
    );
  });
});

describe('the packaging configuration (package.json "build")', () => {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
    build: {
      files: string[];
      afterPack: string;
      asar: boolean;
      linux: { target: { target: string; arch: string[] }[] };
      win: { target: { target: string; arch: string[] }[] };
      extraResources: { from: string }[];
    };
  };

  it('builds NSIS for Windows and deb + AppImage for Linux, each for x64 and arm64', () => {
    expect(pkg.build.win.target).toEqual([{ target: 'nsis', arch: ['x64', 'arm64'] }]);
    expect(pkg.build.linux.target).toEqual([
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ]);
  });

  it('packs the built app into an ASAR, with resources, without tests, and flips the fuses after packing', () => {
    expect(pkg.build.asar).toBe(true);
    expect(pkg.build.files).toEqual(expect.arrayContaining(['out/**/*', '!**/*.test.*']));
    expect(pkg.build.files.some((f) => f.includes('src-main') || f.includes('e2e'))).toBe(false);
    expect(pkg.build.extraResources.map((r) => r.from)).toEqual(['resources']);
    expect(pkg.build.afterPack).toBe('./scripts/after-pack.mjs');
    // The report fonts are copied into resources/ (git ignores them) before anything is built or packed.
    expect(pkg.scripts.dist).toMatch(/^npm run build && electron-builder/);
    expect(pkg.scripts.build).toMatch(/^node scripts\/copy-fonts\.mjs && electron-vite build/);
  });
});
