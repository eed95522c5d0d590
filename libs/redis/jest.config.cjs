/** @type {import('jest').Config} */
module.exports = {
  displayName: 'redis',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/redis',
};
