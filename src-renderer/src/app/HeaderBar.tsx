import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordDialog } from '../features/auth/ChangePasswordDialog';
import { LanguageSwitch } from './LanguageSwitch';
import { useSession, useSignOut } from './session';

/** Who is signed in and with which roles, the language, and the account actions. */
export function HeaderBar() {
  const { t } = useTranslation();
  const { user } = useSession();
  const signOut = useSignOut();
  const { message } = App.useApp();
  const [changing, setChanging] = useState(false);

  return (
    <div className="header-bar">
      <div className="header-user" aria-label={t('header.currentUser')}>
        <UserOutlined aria-hidden="true" />
        <span className="header-name">{user.displayName}</span>
        <span className="header-username">{user.username}</span>
        {user.roles.map((r) => (
          <Tag key={r} color="blue" variant="filled">
            {t(`roles.${r}`)}
          </Tag>
        ))}
      </div>
      <Space size={8}>
        <LanguageSwitch />
        <Button icon={<KeyOutlined aria-hidden="true" />} onClick={() => setChanging(true)}>
          {t('header.changePassword')}
        </Button>
        <Button
          icon={<LogoutOutlined aria-hidden="true" />}
          onClick={() =>
            void signOut().catch((e: unknown) => message.error(e instanceof Error ? e.message : String(e)))
          }
        >
          {t('header.signOut')}
        </Button>
      </Space>
      {changing ? <ChangePasswordDialog onClose={() => setChanging(false)} /> : null}
    </div>
  );
}
