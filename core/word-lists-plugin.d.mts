import type { Plugin } from 'esbuild';

/** The value with every string-valued example, source and about field removed, at any depth. */
export function withoutNotes(value: unknown): unknown;
export function wordListsWithoutNotes(): Plugin;
