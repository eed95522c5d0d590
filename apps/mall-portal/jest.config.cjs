/** @type {import('jest').Config} */
module.exports = {
  displayName: 'mall-portal',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/apps/mall-portal',
};
