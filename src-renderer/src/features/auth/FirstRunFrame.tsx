import { Themed } from '../../app/Themed';
import { FirstRunPage } from './FirstRunPage';

/** The first-run form is drawn with antd, so it brings antd's settings with it. */
export function FirstRunFrame() {
  return (
    <Themed>
      <FirstRunPage />
    </Themed>
  );
}
