/**
 * How the embargo guard gets advisory bodies as the pages show them without rendering them a
 * second time. The content loader (loaders/advisories.ts) renders every advisory body, held
 * back or not, and keeps unchanged ones from the last build; it publishes each body with its
 * HTML on a named diagnostics channel, and the pipeline collects them for the guard's text
 * model. A body the loader did not publish, or whose source differs from the snapshot's, is
 * rendered by the guard itself, so nothing depends on this beyond speed.
 */
import diagnostics from 'node:diagnostics_channel';

export interface RenderedBodyMessage {
  id: string;
  /** The Markdown source the HTML was rendered from. */
  body: string;
  html: string;
}

const renderedBodies = diagnostics.channel('disclose:rendered-body');

export const collecting = (): boolean => renderedBodies.hasSubscribers;

export function publishBody(message: RenderedBodyMessage): void {
  renderedBodies.publish(message);
}

/** Collects published bodies by id until stopped. */
export function collectBodies(): { bodies: Map<string, RenderedBodyMessage>; stop: () => void } {
  const bodies = new Map<string, RenderedBodyMessage>();
  const listener = (message: unknown) => {
    const m = message as RenderedBodyMessage;
    bodies.set(m.id, m);
  };
  renderedBodies.subscribe(listener);
  return { bodies, stop: () => renderedBodies.unsubscribe(listener) };
}
