/** @type {import('jest').Config} */
module.exports = {
  displayName: 'mall-monitor',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/apps/mall-monitor',
};
