#!/usr/bin/env bash
# Scaffolds an app or lib with the workspace's conventions (swc jest, typecheck target, eslint).
# Usage: tools/scaffold/new-project.sh app mall-foo | lib foo
set -euo pipefail
kind=$1 name=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
if [ "$kind" = app ]; then dir="apps/$name"; proj="$name"; tsmain=tsconfig.app.json; else dir="libs/$name"; proj="$name"; tsmain=tsconfig.lib.json; fi
mkdir -p "$root/$dir/src"
cd "$root/$dir"
cat > tsconfig.json <<JSON
{
  "extends": "../../tsconfig.base.json",
  "files": [],
  "include": [],
  "references": [{ "path": "./$tsmain" }, { "path": "./tsconfig.spec.json" }]
}
JSON
cat > $tsmain <<JSON
{
  "extends": "./tsconfig.json",
  "compilerOptions": { "outDir": "../../dist/out-tsc", "types": ["node"] },
  "include": ["src/**/*.ts"],
  "exclude": ["jest.config.cjs", "src/**/*.spec.ts", "src/**/*.test.ts", "test/**/*"]
}
JSON
cat > tsconfig.spec.json <<JSON
{
  "extends": "./tsconfig.json",
  "compilerOptions": { "outDir": "../../dist/out-tsc", "types": ["jest", "node"] },
  "include": ["src/**/*.ts", "test/**/*.ts"]
}
JSON
cat > jest.config.cjs <<JS
/** @type {import('jest').Config} */
module.exports = {
  displayName: '$proj',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/$dir',
};
JS
cat > eslint.config.mjs <<JS
import baseConfig from '../../eslint.config.mjs';

export default [...baseConfig];
JS
if [ "$kind" = app ]; then
cat > project.json <<JSON
{
  "name": "$proj",
  "\$schema": "../../node_modules/nx/schemas/project-schema.json",
  "sourceRoot": "$dir/src",
  "projectType": "application",
  "tags": ["type:app"],
  "targets": {
    "serve": {
      "continuous": true,
      "executor": "@nx/js:node",
      "defaultConfiguration": "development",
      "dependsOn": ["build"],
      "options": { "buildTarget": "$proj:build", "runBuildTargetDependencies": false },
      "configurations": {
        "development": { "buildTarget": "$proj:build:development" },
        "production": { "buildTarget": "$proj:build:production" }
      }
    },
    "typecheck": {
      "executor": "nx:run-commands",
      "cache": true,
      "inputs": ["default", "^default"],
      "options": { "cwd": "{projectRoot}", "command": "tsc -p $tsmain --noEmit && tsc -p tsconfig.spec.json --noEmit" }
    }
  }
}
JSON
cat > webpack.config.js <<JS
const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/$dir'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './$tsmain',
      assets: [],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
    }),
  ],
};
JS
else
cat > project.json <<JSON
{
  "name": "$proj",
  "\$schema": "../../node_modules/nx/schemas/project-schema.json",
  "sourceRoot": "$dir/src",
  "projectType": "library",
  "tags": ["type:lib"],
  "targets": {
    "typecheck": {
      "executor": "nx:run-commands",
      "cache": true,
      "inputs": ["default", "^default"],
      "options": { "cwd": "{projectRoot}", "command": "tsc -p $tsmain --noEmit && tsc -p tsconfig.spec.json --noEmit" }
    }
  }
}
JSON
[ -f src/index.ts ] || echo "export {};" > src/index.ts
fi
echo "scaffolded $dir"
