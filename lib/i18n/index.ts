import { en, type MessageKey } from './en';

/** Looks up a string and fills its `{n}` slots; the one door every UI string passes through. */
export function t(key: MessageKey, ...args: (string | number)[]): string {
  return en[key].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
