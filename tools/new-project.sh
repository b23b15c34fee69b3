#!/usr/bin/env bash
# Scaffolds an Nx project with the workspace's conventions:
#   tools/new-project.sh <libs|apps> <name> "<tag,tag>" [dependency-lib ...]
set -euo pipefail
kind=$1 name=$2 tags=$3
shift 3
dir="$kind/$name"
mkdir -p "$dir/src" "$dir/test"
tag_json=$(printf '%s' "$tags" | awk -F, '{for(i=1;i<=NF;i++){printf "%s\"%s\"", (i>1?", ":""), $i}}')
refs=""
for dep in "$@"; do refs="$refs{ \"path\": \"../../libs/$dep/tsconfig.lib.json\" }, "; done
refs="[${refs%, }]"
if [ "$kind" = libs ]; then
  build_cfg=tsconfig.lib.json
  cat > "$dir/package.json" <<JSON
{
  "name": "@tarn/$name",
  "version": "0.1.0",
  "private": true,
  "main": "./dist/index.js",
  "types": "./dist/index.d.ts",
  "exports": {
    ".": {
      "@tarn/source": "./src/index.ts",
      "types": "./dist/index.d.ts",
      "default": "./dist/index.js"
    }
  }
}
JSON
  [ -f "$dir/src/index.ts" ] || echo "export {};" > "$dir/src/index.ts"
else
  build_cfg=tsconfig.app.json
  cat > "$dir/package.json" <<JSON
{
  "name": "@tarn/$name",
  "version": "0.1.0",
  "private": true,
  "main": "./dist/main.js"
}
JSON
  [ -f "$dir/src/main.ts" ] || echo "export {};" > "$dir/src/main.ts"
fi
cat > "$dir/$build_cfg" <<JSON
{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": {
    "rootDir": "src",
    "outDir": "dist",
    "tsBuildInfoFile": "dist/tsconfig.tsbuildinfo"
  },
  "include": ["src/**/*.ts"],
  "exclude": ["src/**/*.spec.ts"],
  "references": $refs
}
JSON
cat > "$dir/tsconfig.spec.json" <<JSON
{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": {
    "outDir": "../../out-tsc/$dir",
    "tsBuildInfoFile": "../../out-tsc/$dir/tsconfig.spec.tsbuildinfo",
    "emitDeclarationOnly": true,
    "types": ["node", "jest"]
  },
  "include": ["src/**/*.ts", "test/**/*.ts"],
  "references": $refs
}
JSON
cat > "$dir/tsconfig.json" <<JSON
{
  "files": [],
  "references": [{ "path": "./$build_cfg" }, { "path": "./tsconfig.spec.json" }]
}
JSON
cat > "$dir/jest.config.cjs" <<JS
/** Unit tests: fast, no services. */
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: '$name',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
JS
cat > "$dir/jest.integration.cjs" <<JS
/** Integration tests: need the local stack (deploy/local/stack.sh up). */
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: '$name:integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.integration-spec.ts'],
  testTimeout: 120000,
  setupFiles: [
    ...require('../../jest.preset.cjs').setupFiles,
    require.resolve('../../tools/jest/load-stack-env.cjs'),
  ],
};
JS
cat > "$dir/project.json" <<JSON
{
  "name": "$name",
  "\$schema": "../../node_modules/nx/schemas/project-schema.json",
  "sourceRoot": "$dir/src",
  "projectType": "$([ "$kind" = libs ] && echo library || echo application)",
  "tags": [$tag_json],
  "targets": {
    "typecheck": {
      "executor": "nx:run-commands",
      "options": { "command": "tsc -b $dir/tsconfig.json" }
    },
    "lint": {
      "executor": "nx:run-commands",
      "options": { "command": "eslint --max-warnings 0 --report-unused-disable-directives $dir" }
    },
    "test": {
      "executor": "nx:run-commands",
      "options": { "command": "jest -c $dir/jest.config.cjs --passWithNoTests" }
    },
    "integration": {
      "executor": "nx:run-commands",
      "options": { "command": "jest -c $dir/jest.integration.cjs --runInBand --passWithNoTests" }
    }
  }
}
JSON
echo "created $dir"
