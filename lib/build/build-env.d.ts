// Values baked in at build time by wxt.config.ts.

/** Site patterns from SAMENSPRAAK_DEV_SITES; empty in a release build. */
declare const __SAMENSPRAAK_DEV_SITES__: string[];

/** 'closed', or 'open' in a build for the end-to-end tests (SAMENSPRAAK_OPEN_SHADOW_ROOT=1). */
declare const __SAMENSPRAAK_SHADOW_MODE__: ShadowRootMode;
