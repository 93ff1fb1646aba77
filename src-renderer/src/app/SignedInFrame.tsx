import { Shell } from './Shell';
import { Themed } from './Themed';

/** The signed-in frame with antd's settings: one chunk, loaded while the user types the password. */
export function SignedInFrame() {
  return (
    <Themed>
      <Shell />
    </Themed>
  );
}
