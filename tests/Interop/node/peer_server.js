// A grpc-js implementation of grpc.testing.TestService: the third-party server our .NET client is tested against.
//   node peer_server.js --port P      prints "listening on 127.0.0.1:P" once bound
'use strict';

const { parseArgs } = require('node:util');
const { grpc, testing } = require('./grpc_testing');

const ECHO_INITIAL = 'x-grpc-test-echo-initial';
const ECHO_TRAILING = 'x-grpc-test-echo-trailing-bin';

const zeros = (size) => ({ body: Buffer.alloc(size) });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends the echoed initial metadata now and returns the trailers to end the call with. */
function echoMetadata(call) {
  const initial = new grpc.Metadata();
  for (const value of call.metadata.get(ECHO_INITIAL)) initial.add(ECHO_INITIAL, value);
  call.sendMetadata(initial);
  const trailers = new grpc.Metadata();
  for (const value of call.metadata.get(ECHO_TRAILING)) trailers.add(ECHO_TRAILING, value);
  return trailers;
}

/** The error a request's response_status asks for, or null. */
function echoedStatus(request, trailers) {
  const status = request.responseStatus;
  return status && status.code !== 0 ? { code: status.code, details: status.message, metadata: trailers } : null;
}

async function writeResponses(call, request) {
  for (const parameters of request.responseParameters) {
    if (parameters.intervalUs > 0) await sleep(parameters.intervalUs / 1000);
    call.write({ payload: zeros(parameters.size) });
  }
}

const service = {
  emptyCall(call, callback) {
    callback(null, {}, echoMetadata(call));
  },

  unaryCall(call, callback) {
    const trailers = echoMetadata(call);
    const error = echoedStatus(call.request, trailers);
    if (error) callback(error);
    else callback(null, { payload: zeros(call.request.responseSize) }, trailers);
  },

  async streamingOutputCall(call) {
    const trailers = echoMetadata(call);
    const error = echoedStatus(call.request, trailers);
    if (error) {
      call.emit('error', error);
      return;
    }
    await writeResponses(call, call.request);
    call.end(trailers);
  },

  streamingInputCall(call, callback) {
    const trailers = echoMetadata(call);
    let size = 0;
    call.on('data', (request) => { size += request.payload ? request.payload.body.length : 0; });
    call.on('end', () => callback(null, { aggregatedPayloadSize: size }, trailers));
  },

  // Requests are answered one after another, in order; a requested status ends the call at once.
  fullDuplexCall(call) {
    const trailers = echoMetadata(call);
    let answered = Promise.resolve();
    let failed = false;
    call.on('data', (request) => {
      answered = answered.then(async () => {
        if (failed) return;
        const error = echoedStatus(request, trailers);
        if (error) {
          failed = true;
          call.emit('error', error);
          return;
        }
        await writeResponses(call, request);
      });
    });
    call.on('end', () => answered.then(() => { if (!failed) call.end(trailers); }));
  },
};

const { values } = parseArgs({ options: { port: { type: 'string' } } });
if (!values.port) {
  console.error('usage: node peer_server.js --port P');
  process.exit(2);
}

const server = new grpc.Server();
server.addService(testing.TestService.service, service);
server.bindAsync(`127.0.0.1:${values.port}`, grpc.ServerCredentials.createInsecure(), (error, port) => {
  if (error) {
    console.error(`peer_server: cannot bind port ${values.port}: ${error.message}`);
    process.exit(1);
  }
  console.log(`listening on 127.0.0.1:${port}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.tryShutdown(() => process.exit(0)));
