// `npm run lint` (and `npm test`): ESLint's recommended rules and typescript-eslint's type-checked recommended
// rules over every TypeScript file the type check covers (tsconfig.check.json: the sources, tests, scripts and the
// Pulumi examples), and the recommended rules without type information over the few JavaScript files.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  {
    // Build output, coverage and benchmark scratch, and the examples' own installed dependencies.
    ignores: ["dist/", "coverage/", ".bench/", "examples/pulumi/*/node_modules/"],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  js.configs.recommended,
  {
    // Finding, escaping and testing for control characters in untrusted text is part of moat's job (terminal
    // escapes, workflow commands, bidirectional overrides): its regular expressions name them on purpose.
    rules: { "no-control-regex": "off" },
  },
  {
    files: ["**/*.ts"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { project: "./tsconfig.check.json", tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // The project's convention: a name that starts with `_` is unused on purpose (a rest-destructuring that drops
      // a property, a callback parameter kept for its position).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // The project compiles to CommonJS, and every require() in it is deliberate: a module loaded only when needed
      // (the Pulumi runtime's deserializer, hcl2json's WebAssembly bridge), chosen at run time (a rule file, an
      // example program), or loaded afresh inside jest.isolateModules. Static imports cover everything else.
      "@typescript-eslint/no-require-imports": "off",
      // core/reader.ts's NotEvaluated is control flow (a read met an Unknown), thrown on purpose without an Error's stack.
      "@typescript-eslint/only-throw-error": [
        "error",
        { allow: [{ from: "file", name: "NotEvaluated", path: "core/reader.ts" }] },
      ],
    },
  },
  {
    // jest.config.js and scripts/prepare.cjs: CommonJS run by Node, outside the TypeScript program.
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly" },
    },
  },
);
