import { alerts } from './en/alerts';
import { options } from './en/options';
import { popup } from './en/popup';
import { spending } from './en/spending';
import { status } from './en/status';

/**
 * Every English string, one file per area so each area's strings live beside each other.
 * Every user-visible string goes through `t()`; a key used twice across areas is a type error.
 */
export const en = { ...popup, ...options, ...alerts, ...spending, ...status } as const;

export type MessageKey = keyof typeof en;
