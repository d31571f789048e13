/** Everyone credited across the public advisories, for the acknowledgments page security.txt links. */
import type { Advisory } from './model.ts';

export interface Acknowledgment {
  name: string;
  /** A profile or contact URL, when some credit gives one. */
  url?: string;
  credits: { id: string; title: string; type: string }[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** Expects credits under canonical names (the snapshot resolves them through credits.yaml). */
export function acknowledgments(advisories: readonly { id: string; data: Pick<Advisory, 'title' | 'credits'> }[]): Acknowledgment[] {
  const people = new Map<string, Acknowledgment>();
  for (const a of advisories) {
    for (const c of a.data.credits) {
      const person = people.get(c.name) ?? { name: c.name, credits: [] };
      person.url ??= c.contact?.find((u) => /^https?:/.test(u));
      // Several roles in one advisory read as one entry: "MAUTIC-SA-2024-014 (reporter, remediation developer)".
      const type = c.type.replace(/_/g, ' ');
      const same = person.credits.find((x) => x.id === a.id);
      if (same) {
        if (!same.type.split(', ').includes(type)) same.type = `${same.type}, ${type}`;
        people.set(c.name, person);
        continue;
      }
      person.credits.push({ id: a.id, title: a.data.title, type });
      people.set(c.name, person);
    }
  }
  return [...people.values()].sort((x, y) => collator.compare(x.name, y.name) || (x.name < y.name ? -1 : 1));
}
