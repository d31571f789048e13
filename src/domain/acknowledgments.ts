/** Everyone credited across the public advisories, for the acknowledgments page security.txt links. */
import type { Advisory } from './model.ts';

export interface Acknowledgment {
  name: string;
  credits: { id: string; title: string; type: string }[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

export function acknowledgments(advisories: readonly { id: string; data: Pick<Advisory, 'title' | 'credits'> }[]): Acknowledgment[] {
  const people = new Map<string, Acknowledgment>();
  for (const a of advisories) {
    for (const c of a.data.credits) {
      const person = people.get(c.name) ?? { name: c.name, credits: [] };
      person.credits.push({ id: a.id, title: a.data.title, type: c.type.replace(/_/g, ' ') });
      people.set(c.name, person);
    }
  }
  return [...people.values()].sort((x, y) => collator.compare(x.name, y.name) || (x.name < y.name ? -1 : 1));
}
