// Values baked in at build time by wxt.config.ts.

/** Site patterns from SAMENSPRAAK_DEV_SITES; empty in a release build. */
declare const __SAMENSPRAAK_DEV_SITES__: string[];
