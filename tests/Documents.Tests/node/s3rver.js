// A real S3-compatible server for the S3 blob store tests: s3rver on --port, storing in --directory, with --bucket
// created. Prints "listening" once it accepts requests; stops on SIGTERM or when killed.
'use strict';
const path = require('node:path');
const { parseArgs } = require('node:util');
const S3rver = require(path.join(__dirname, '..', '..', 'tools', 'node_modules', 's3rver'));

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    directory: { type: 'string' },
    bucket: { type: 'string' },
  },
});

const server = new S3rver({
  address: '127.0.0.1',
  port: Number(values.port),
  directory: values.directory,
  silent: true,
  configureBuckets: [{ name: values.bucket }],
});

server.run().then(
  address => console.log(`listening on ${address.address}:${address.port}`),
  error => {
    console.error(error);
    process.exit(1);
  },
);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
