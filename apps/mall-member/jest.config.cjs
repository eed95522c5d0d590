/** @type {import('jest').Config} */
module.exports = {
  displayName: 'mall-member',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/apps/mall-member',
};
