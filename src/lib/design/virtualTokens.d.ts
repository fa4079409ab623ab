/** The design tokens as a stylesheet, generated at build time (src/lib/build/designTokensPlugin.ts). */
declare module 'virtual:design-tokens.css';
