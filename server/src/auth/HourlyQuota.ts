import type { Clock } from '../Clock.ts';

const HOUR_MS = 60 * 60 * 1000;
/** Keys remembered at most; past this, the oldest are forgotten first. */
const MAX_KEYS = 100_000;

/** Allows each key a few uses per sliding hour. Kept in memory: a restart forgives. */
export class HourlyQuota {
  private readonly uses = new Map<string, number[]>();

  constructor(
    private readonly perHour: number,
    private readonly now: Clock,
  ) {}

  /** Uses one of the key's allowance; false (and nothing used) when none is left. */
  take(key: string): boolean {
    const cutoff = this.now() - HOUR_MS;
    const recent = (this.uses.get(key) ?? []).filter((at) => at > cutoff);
    this.uses.delete(key);
    if (recent.length >= this.perHour) {
      this.uses.set(key, recent);
      return false;
    }
    this.uses.set(key, [...recent, this.now()]);
    for (const oldest of this.uses.keys()) {
      if (this.uses.size <= MAX_KEYS) break;
      this.uses.delete(oldest);
    }
    return true;
  }
}
