/** @type {import('jest').Config} */
module.exports = {
  displayName: 'mall-order',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/apps/mall-order',
};
