import type { Registry } from 'prom-client';

type Labels = Partial<Record<string, string | number>>;

interface Sample {
  value: number;
  labels: Labels;
}

/**
 * Values of some families of the /metrics registry, read at one moment.
 * Every family's collect runs as a scrape would run it, and collects are
 * synchronous, so the read happens within one turn of the event loop: no
 * event lands between two families.
 */
export class RegistryValues {
  private constructor(private readonly families: ReadonlyMap<string, readonly Sample[]>) {}

  /**
   * Reads `names` in the order given: prom-client sets some families from
   * another family's collect (nodejs_heap_size_used_bytes is set when
   * nodejs_heap_size_total_bytes is collected), so order matters. A name
   * the registry lacks (a subsystem that is off) is left out.
   */
  static async read(registry: Registry, names: readonly string[]): Promise<RegistryValues> {
    const families = new Map<string, Sample[]>();
    for (const name of names) {
      const metric = registry.getSingleMetric(name);
      if (metric === undefined) continue;
      const { values } = await metric.get();
      families.set(
        name,
        values.map((v) => ({ value: v.value, labels: v.labels as Labels })),
      );
    }
    return new RegistryValues(families);
  }

  has(name: string): boolean {
    return this.families.has(name);
  }

  /** The sum of the family's samples whose labels include `labels` (all samples when none are given); 0 when absent. */
  value(name: string, labels: Labels = {}): number {
    let sum = 0;
    for (const s of this.families.get(name) ?? []) {
      if (Object.entries(labels).every(([k, v]) => s.labels[k] === v)) sum += s.value;
    }
    return sum;
  }

  /** The family's values by one label's value (e.g. refusals by reason). */
  byLabel(name: string, label: string): Map<string, number> {
    const out = new Map<string, number>();
    for (const s of this.families.get(name) ?? []) {
      const key = s.labels[label];
      if (key !== undefined) out.set(String(key), (out.get(String(key)) ?? 0) + s.value);
    }
    return out;
  }
}
