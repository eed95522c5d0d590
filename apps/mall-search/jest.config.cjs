/** @type {import('jest').Config} */
module.exports = {
  displayName: 'mall-search',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/apps/mall-search',
};
