// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://oreshnik-explainer.example',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
