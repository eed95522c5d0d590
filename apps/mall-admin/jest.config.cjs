/** @type {import('jest').Config} */
module.exports = {
  displayName: 'mall-admin',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/apps/mall-admin',
};
