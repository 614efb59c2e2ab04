// A client no one here wrote: @grpc/grpc-js over HTTP/2 (h2c) calls UnitService/ListUnits with a bearer token
// and prints the response as JSON, or the status as {"code": ..., "details": ...}:
//   node list_units.js --address 127.0.0.1:8080 --token TOKEN
'use strict';

const path = require('node:path');
const { parseArgs } = require('node:util');

const modules = path.resolve(__dirname, '../../tools/node_modules');
const grpc = require(path.join(modules, '@grpc/grpc-js'));
const protoLoader = require(path.join(modules, '@grpc/proto-loader'));

const { values: args } = parseArgs({ options: { address: { type: 'string' }, token: { type: 'string' } } });
const definition = protoLoader.loadSync('ledningssystem/organizations/v1/units.proto', {
  includeDirs: [path.resolve(__dirname, '../../../protos')],
  longs: String,
  enums: String,
});
const { UnitService } = grpc.loadPackageDefinition(definition).ledningssystem.organizations.v1;
const client = new UnitService(args.address, grpc.credentials.createInsecure());
const metadata = new grpc.Metadata();
if (args.token) metadata.set('authorization', `Bearer ${args.token}`);

client.listUnits({ pageSize: 100 }, metadata, { deadline: Date.now() + 20_000 }, (error, response) => {
  if (error) {
    console.log(JSON.stringify({ code: grpc.status[error.code], details: error.details }));
  } else {
    console.log(JSON.stringify(response));
  }
  client.close();
});
