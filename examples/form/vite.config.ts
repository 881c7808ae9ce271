// The recruiter form: `npm run form` builds it into examples/form/dist and serves it on 127.0.0.1.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  // Relative asset paths: the built folder works from any path, or opened from a static host.
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // The scorer's chunk carries the English NLP model (about 4 MB); it loads after the page is usable.
    chunkSizeWarningLimit: 4500,
  },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1", port: 4173 },
});
