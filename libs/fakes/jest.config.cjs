/** @type {import('jest').Config} */
module.exports = {
  displayName: 'fakes',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/fakes',
};
