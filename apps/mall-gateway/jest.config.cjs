/** @type {import('jest').Config} */
module.exports = {
  displayName: 'mall-gateway',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/apps/mall-gateway',
  // jose ships ES modules only: let the preset's swc transform turn them into CommonJS for Jest.
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
};
