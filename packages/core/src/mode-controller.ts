import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The modes that change a component's markup (the others are pure CSS through tokens). */
export interface MarkupModes {
  reader: boolean;
  readAloud: boolean;
  simplified: boolean;
}

const hosts = new Set<ModeController>();
let observer: MutationObserver | undefined;

function readModes(): MarkupModes {
  const root = document.documentElement;
  return {
    reader: root.getAttribute('data-qulay-reader') === 'on',
    readAloud: root.getAttribute('data-qulay-read-aloud') === 'on',
    simplified: root.getAttribute('data-qulay-simplified') === 'on',
  };
}

/**
 * Re-renders its host when the screen-reader, read-aloud or simplified mode changes on
 * `<html>`. One observer serves every host; a host re-renders only when a mode it reads
 * actually changed.
 */
export class ModeController implements ReactiveController {
  modes: MarkupModes = readModes();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    this.refresh();
    if (!observer) {
      observer = new MutationObserver(() => hosts.forEach((controller) => controller.refresh()));
      observer.observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['data-qulay-reader', 'data-qulay-read-aloud', 'data-qulay-simplified'],
      });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  private refresh(): void {
    const next = readModes();
    const changed = (Object.keys(next) as (keyof MarkupModes)[]).some((key) => next[key] !== this.modes[key]);
    this.modes = next;
    if (changed) this.host.requestUpdate();
  }
}
