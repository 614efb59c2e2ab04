// Loads grpc-js and the grpc.testing contracts (tests/Interop/InteropServer/Protos) for the interop scripts.
// Modules come from tests/tools/node_modules (tests/tools/install), so no NODE_PATH is needed.
'use strict';

const path = require('node:path');

const modules = path.resolve(__dirname, '../../tools/node_modules');
const grpc = require(path.join(modules, '@grpc/grpc-js'));
const protoLoader = require(path.join(modules, '@grpc/proto-loader'));

const definition = protoLoader.loadSync('grpc/testing/test.proto', {
  includeDirs: [path.resolve(__dirname, '../InteropServer/Protos')],
  longs: String,
  enums: String,
  defaults: true,
});
const testing = grpc.loadPackageDefinition(definition).grpc.testing;

module.exports = { grpc, testing };
