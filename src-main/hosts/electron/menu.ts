import type { MenuItemConstructorOptions } from 'electron';
import type { Locale } from '../../contract';

const LABELS = {
  zh: {
    file: '文件',
    quit: '退出',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    view: '视图',
    reload: '重新加载',
    devTools: '开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    help: '帮助',
    about: '关于',
  },
  en: {
    file: 'File',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    devTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    help: 'Help',
    about: 'About',
  },
} as const;

export interface MenuOptions {
  locale: Locale;
  /** Developer tools only when asked for (GRANTS_DEVTOOLS=1). */
  devTools: boolean;
  onAbout(): void;
}

export function menuTemplate({ locale, devTools, onAbout }: MenuOptions): MenuItemConstructorOptions[] {
  const l = LABELS[locale];
  const view: MenuItemConstructorOptions[] = [
    { label: l.reload, role: 'reload' },
    ...(devTools ? [{ label: l.devTools, role: 'toggleDevTools' } as const] : []),
    { type: 'separator' },
    { label: l.resetZoom, role: 'resetZoom' },
    { label: l.zoomIn, role: 'zoomIn' },
    { label: l.zoomOut, role: 'zoomOut' },
  ];
  return [
    { label: l.file, submenu: [{ label: l.quit, role: 'quit' }] },
    {
      label: l.edit,
      submenu: [
        { label: l.undo, role: 'undo' },
        { label: l.redo, role: 'redo' },
        { type: 'separator' },
        { label: l.cut, role: 'cut' },
        { label: l.copy, role: 'copy' },
        { label: l.paste, role: 'paste' },
        { label: l.selectAll, role: 'selectAll' },
      ],
    },
    { label: l.view, submenu: view },
    { label: l.help, submenu: [{ label: l.about, click: onAbout }] },
  ];
}

export function aboutText(locale: Locale, version: string, dbPath: string): { title: string; detail: string } {
  return locale === 'zh'
    ? { title: '资金项目管理', detail: `版本 ${version}\n数据库：${dbPath}` }
    : { title: 'Grants — project funding management', detail: `Version ${version}\nDatabase: ${dbPath}` };
}
