/** @type {import('jest').Config} */
module.exports = {
  displayName: 'mall-auth',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/apps/mall-auth',
};
