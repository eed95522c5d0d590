/** @type {import('jest').Config} */
module.exports = {
  displayName: 'db',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/db',
  // Integration suites create, migrate and drop scratch databases on the local MariaDB.
  testTimeout: 60_000,
};
