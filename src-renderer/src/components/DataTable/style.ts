import type { GlobalToken } from 'antd';
import type { CSSProperties } from 'react';

/** antd's design tokens as CSS variables, so the grid's plain CSS follows the theme. */
export function tableStyleVars(token: GlobalToken): CSSProperties {
  return {
    '--dt-border': token.colorBorderSecondary,
    '--dt-head-bg': token.colorFillAlter,
    '--dt-hover': token.controlItemBgHover,
    '--dt-active': token.controlItemBgActive,
    '--dt-active-border': token.colorPrimary,
    '--dt-text': token.colorText,
    '--dt-text-secondary': token.colorTextSecondary,
    '--dt-head-text': token.colorTextHeading,
    '--dt-bg': token.colorBgContainer,
    '--dt-radius': `${token.borderRadiusLG}px`,
    '--dt-focus': token.colorPrimaryBorder,
    '--dt-font-size': `${token.fontSize}px`,
  } as CSSProperties;
}
