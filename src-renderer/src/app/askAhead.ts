import type { QueryClient } from '@tanstack/react-query';

/**
 * What a screen asks main first, registered by the screen's own module (loaded ahead while the home screen is
 * read), so a click on the menu sends that question at once, while the screen is still being drawn, instead of
 * from inside the drawing: the answer is then there when the drawing is done.
 */
const firstQuestions = new Map<string, (client: QueryClient) => void>();

export function registerFirstQuestion(screen: string, ask: (client: QueryClient) => void): void {
  firstQuestions.set(screen, ask);
}

/** Sends the screen's first question, if its module has said what it is; never waits and never throws. */
export function askAhead(client: QueryClient, screen: string): void {
  try {
    firstQuestions.get(screen)?.(client);
  } catch {
    // Only a head start: the screen asks again itself and reports any failure there.
  }
}
