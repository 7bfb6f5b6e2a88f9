/** Host names the check widgets may probe, injected at build time from content/regions.yaml (astro.config.mjs). */
declare const __PROBE_HOSTS__: string[];
