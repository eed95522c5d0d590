/** @type {import('jest').Config} */
module.exports = {
  displayName: 'e2e',
  preset: '../../jest.preset.js',
  // Boots every built service: one worker, generous timeouts.
  maxWorkers: 1,
  testTimeout: 120_000,
};
