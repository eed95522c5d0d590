/** @type {import('jest').Config} */
module.exports = {
  displayName: 'shop',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/shop',
};
