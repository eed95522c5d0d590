/** @type {import('jest').Config} */
module.exports = {
  displayName: 'deploy',
  preset: '../jest.preset.js',
  coverageDirectory: '../coverage/deploy',
  // The image test installs an app's production dependencies (npm ci) and boots it.
  testTimeout: 180_000,
};
