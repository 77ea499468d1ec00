"use client";

import { use, useSyncExternalStore } from "react";
import { whenNeeded } from "./blocks-on-demand";

const unchanging = () => () => {};
/** A promise React reads as already settled (its `status`), so `use` returns at once: the gate calls `use` on every render. */
const READY = Object.assign(Promise.resolve(), { status: "fulfilled" as const, value: undefined });

/**
 * Renders nothing. While React hydrates the page's HTML it holds back the lesson block it sits in
 * until that block is needed (blocks-on-demand.ts): it suspends, and React leaves the block's HTML
 * as it is and hydrates it once the wait is over. A block rendered in the browser (a page reached
 * from another one in the site) never waits.
 */
export function HydrationGate({ block }: { block: number }) {
  const hydrating = useSyncExternalStore(unchanging, () => false, () => true);
  use((hydrating && whenNeeded(block)) || READY);
  return null;
}
