/** @type {import('jest').Config} */
module.exports = {
  displayName: 'mall-gateway',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/apps/mall-gateway',
};
