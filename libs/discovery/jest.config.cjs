/** @type {import('jest').Config} */
module.exports = {
  displayName: 'discovery',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/discovery',
};
