/** @type {import('jest').Config} */
module.exports = {
  displayName: 'mall-cart',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/apps/mall-cart',
};
