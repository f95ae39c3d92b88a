import * as z from 'zod/mini';

/** Hard limits every untrusted value is held to; a page can claim anything. */
export const LIMITS = {
  maxAmount: 1e12,
  maxScale: 1e6,
  maxLabel: 80,
  maxId: 160,
  /** Epoch ms between 2000-01-01 and 2100-01-01: anything outside is a unit mistake or a lie. */
  minTime: 946_684_800_000,
  maxTime: 4_102_444_800_000,
} as const;

export const amount = () => z.number().check(z.gte(0), z.lte(LIMITS.maxAmount));
export const percent = () => z.number().check(z.gte(0), z.lte(100));
export const epochMs = () => z.int().check(z.gte(LIMITS.minTime), z.lte(LIMITS.maxTime));
export const scale = () => z.number().check(z.gt(0), z.lte(LIMITS.maxScale));
export const label = () => z.string().check(z.minLength(1), z.maxLength(LIMITS.maxLabel));
export const key = () => z.string().check(z.regex(/^[a-z0-9_]{1,40}$/));
export const rowId = () => z.string().check(z.minLength(1), z.maxLength(LIMITS.maxId));
