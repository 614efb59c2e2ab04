// The echo service on @grpc/grpc-js, the benchmark's Node.js peer. It counts the grpc-status of every
// reply it sends and serves the counts at GET /stats.
//   node echo_server.js <grpc-port> <stats-port>     prints "listening" when both ports are bound
'use strict';
const http = require('node:http');
const path = require('node:path');

const tools = path.resolve(__dirname, '../../../tools/node_modules');
const grpc = require(path.join(tools, '@grpc/grpc-js'));
const protoLoader = require(path.join(tools, '@grpc/proto-loader'));

const [grpcPort, statsPort] = process.argv.slice(2).map(Number);
const definition = protoLoader.loadSync('bench/v1/echo.proto', { includeDirs: [path.join(__dirname, '../proto')] });
const { EchoService } = grpc.loadPackageDefinition(definition).bench.v1;

const stats = { ok: 0, failed: 0 };
const countStatus = (method, call) => new grpc.ServerInterceptingCall(call, {
  sendStatus(status, next) {
    if (status.code === grpc.status.OK) stats.ok++;
    else stats.failed++;
    next(status);
  },
});

const server = new grpc.Server({ interceptors: [countStatus] });
server.addService(EchoService.service, {
  Echo: (call, callback) => callback(null, { payload: call.request.payload }),
});

const statsServer = http.createServer((request, response) => {
  if (request.method !== 'GET' || request.url !== '/stats') {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(stats));
});

server.bindAsync(`127.0.0.1:${grpcPort}`, grpc.ServerCredentials.createInsecure(), (error) => {
  if (error) throw error;
  statsServer.listen(statsPort, '127.0.0.1', () => console.log('listening'));
});

process.on('SIGTERM', () => {
  statsServer.close();
  server.tryShutdown(() => process.exit(0));
});
