// The library, from source. In your own app this file is `import { … } from "rapport"`.
export * from "../../../src/index.js";
