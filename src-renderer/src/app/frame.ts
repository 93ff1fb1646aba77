/**
 * The code of the signed-in frame and of the home screen, where a sign-in lands: their own chunks (with antd), so
 * the sign-in screen loads neither. Asked for as soon as it is known they will be needed.
 */
export const loadFrameCode = async () =>
  (await Promise.all([import('./SignedInFrame'), import('../features/home/HomePage')]))[0];

/** The first-run form, drawn with antd. */
export const loadFirstRunCode = async () => (await import('../features/auth/FirstRunFrame')).FirstRunFrame;
