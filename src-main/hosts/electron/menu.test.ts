import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { aboutText, menuTemplate } from './menu';

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((i) => [
    ...(i.label ? [i.label] : []),
    ...(Array.isArray(i.submenu) ? labels(i.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((i) => [
    ...(i.role ? [i.role] : []),
    ...(Array.isArray(i.submenu) ? roles(i.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

const noop = () => {};

describe('application menu', () => {
  it('is Chinese by default with 文件/编辑/视图/帮助', () => {
    const menu = menuTemplate({ locale: 'zh', devTools: false, onAbout: noop });
    expect(menu.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(labels(menu)).toEqual(expect.arrayContaining(['退出', '重新加载', '关于', '复制', '粘贴']));
  });

  it('switches to English', () => {
    const menu = menuTemplate({ locale: 'en', devTools: false, onAbout: noop });
    expect(menu.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labels(menu).join(' ')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('offers developer tools only when asked for', () => {
    expect(roles(menuTemplate({ locale: 'zh', devTools: false, onAbout: noop }))).not.toContain('toggleDevTools');
    const dev = menuTemplate({ locale: 'zh', devTools: true, onAbout: noop });
    expect(roles(dev)).toContain('toggleDevTools');
    expect(labels(dev)).toContain('开发者工具');
  });

  it('calls back for 关于 and shows the version and database path there', () => {
    let called = 0;
    const menu = menuTemplate({ locale: 'zh', devTools: false, onAbout: () => called++ });
    const help = menu[3]!.submenu as MenuItemConstructorOptions[];
    (help[0]!.click as () => void)();
    expect(called).toBe(1);
    expect(aboutText('zh', '1.2.3', '/data/grants.db').detail).toBe('版本 1.2.3\n数据库：/data/grants.db');
    expect(aboutText('en', '1.2.3', '/data/grants.db').detail).toBe('Version 1.2.3\nDatabase: /data/grants.db');
  });
});
