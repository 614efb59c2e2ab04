import { defineConfig } from "vite";

// Built into dist/, which the gateway serves (the launcher points Gateway:StaticFilesPath at it; docs/web.md).
export default defineConfig({
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // One script and one stylesheet, no inline code: the gateway's CSP allows only 'self'.
    assetsInlineLimit: 0,
  },
  test: {
    include: ["src/**/*.test.ts"],
  },
});
