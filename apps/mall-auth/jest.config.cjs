/** @type {import('jest').Config} */
module.exports = {
  displayName: 'mall-auth',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/apps/mall-auth',
  // jose is an ES module; it is transformed to CommonJS like the sources.
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
};
