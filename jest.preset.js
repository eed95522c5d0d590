const path = require('node:path');
const nxPreset = require('@nx/jest/preset').default;

// One transform for every project: swc is ~3x faster than ts-jest; `typecheck` targets run tsc separately.
module.exports = {
  ...nxPreset,
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // jose ships ES modules only for Node's `import` condition that Jest resolves: let swc compile it.
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  testMatch: ['**/?(*.)+(spec|test).ts'],
  reporters: ['default', path.join(__dirname, 'tools/test/jest-count-reporter.cjs')],
};
