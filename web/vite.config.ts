import { defineConfig } from "vitest/config";

// Builds straight into the ASP.NET Core project's wwwroot so `dyad serve` needs no npm at run time.
export default defineConfig({
  base: "./",
  build: {
    outDir: "../src/Dyad.Web/wwwroot",
    emptyOutDir: true,
    sourcemap: false,
    assetsInlineLimit: 0,
    target: "es2022",
    modulePreload: { polyfill: false },
    // Stable names keep the committed wwwroot diffs small; the server sends them with no-cache.
    rollupOptions: { output: { entryFileNames: "assets/app.js", assetFileNames: "assets/[name][extname]" } },
  },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
  },
});
