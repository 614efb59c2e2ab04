// Runs one gRPC interop test case (doc/interop-test-descriptions.md in github.com/grpc/grpc) with grpc-js
// against a grpc.testing.TestService server over h2c:
//   node interop_client.js --case large_unary --port P [--host 127.0.0.1]
// Exits 0 when the case passes; otherwise prints what failed and exits 1 (2 for bad arguments).
'use strict';

const assert = require('node:assert/strict');
const http2 = require('node:http2');
const zlib = require('node:zlib');
const { parseArgs } = require('node:util');
const { grpc, testing } = require('./grpc_testing');

const { status: Code } = grpc;
const ECHO_INITIAL = 'x-grpc-test-echo-initial';
const ECHO_TRAILING = 'x-grpc-test-echo-trailing-bin';
const GZIP = 2; // grpc-js's compression algorithm key for gzip

const { values: args } = parseArgs({
  options: { case: { type: 'string' }, host: { type: 'string', default: '127.0.0.1' }, port: { type: 'string' } },
});
const address = `${args.host}:${args.port}`;
const insecure = grpc.credentials.createInsecure();
const client = new testing.TestService(address, insecure);

const zeros = (size) => ({ body: Buffer.alloc(size) });
const callOptions = () => ({ deadline: Date.now() + 10_000 });
const codeName = (code) => Object.keys(Code).find((name) => Code[name] === code) ?? String(code);

function expectStatus(status, code, details) {
  assert.equal(codeName(status.code), codeName(code), `call ended with ${codeName(status.code)} "${status.details}"`);
  if (details !== undefined) assert.equal(status.details, details, 'status message');
}

function expectZeros(payload, size) {
  assert.ok(payload, 'response has no payload');
  assert.equal(payload.body.length, size, 'payload size');
  assert.ok(payload.body.every((b) => b === 0), 'payload is not all zeros');
}

function expectEchoedMetadata(headers, trailers) {
  assert.deepEqual(headers.get(ECHO_INITIAL), ['test_initial_metadata_value'], `initial metadata ${ECHO_INITIAL}`);
  assert.deepEqual(trailers.get(ECHO_TRAILING), [Buffer.from([0xab, 0xab, 0xab])], `trailing metadata ${ECHO_TRAILING}`);
}

/** Settles when the call ends: its response (if any), response headers and status (with trailers). */
function finished(call, result = {}) {
  call.on('metadata', (headers) => { result.headers = headers; });
  call.on('error', () => {}); // the status event carries the same outcome
  return new Promise((resolve) => call.on('status', (status) => resolve({ ...result, status })));
}

function unary(stub, method, request, metadata = new grpc.Metadata()) {
  const result = {};
  return finished(stub[method](request, metadata, callOptions(), (_, response) => { result.response = response; }), result);
}

function serverStream(call) {
  const result = { responses: [] };
  call.on('data', (response) => result.responses.push(response));
  return finished(call, result);
}

/** Calls UnaryCall over a bare HTTP/2 stream, since grpc-js hides a response message's compressed flag. */
function rawUnaryCall(request) {
  const method = testing.TestService.service.UnaryCall;
  const message = method.requestSerialize(request);
  const prefix = Buffer.alloc(5);
  prefix.writeUInt32BE(message.length, 1);
  return new Promise((resolve, reject) => {
    const session = http2.connect(`http://${address}`);
    session.on('error', reject);
    const stream = session.request({
      ':method': 'POST',
      ':path': method.path,
      'content-type': 'application/grpc',
      te: 'trailers',
      'grpc-accept-encoding': 'identity,gzip',
    });
    const chunks = [];
    let headers;
    let trailers = {};
    stream.on('response', (h) => { headers = h; });
    stream.on('trailers', (t) => { trailers = t; });
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('error', reject);
    stream.on('end', () => {
      session.close();
      const body = Buffer.concat(chunks);
      const compressed = body[0] === 1;
      const framed = body.subarray(5, 5 + body.readUInt32BE(1));
      const response = method.responseDeserialize(compressed ? zlib.gunzipSync(framed) : framed);
      resolve({ compressed, encoding: headers['grpc-encoding'], status: trailers['grpc-status'], response });
    });
    stream.end(Buffer.concat([prefix, message]));
  });
}

const largeRequest = (fields) => ({ responseSize: 314159, payload: zeros(271828), ...fields });
const REQUEST_SIZES = [27182, 8, 1828, 45904];
const RESPONSE_SIZES = [31415, 9, 2653, 58979];

const cases = {
  async empty_unary() {
    const { status, response } = await unary(client, 'emptyCall', {});
    expectStatus(status, Code.OK);
    assert.deepEqual(response, {});
  },

  async large_unary() {
    const { status, response } = await unary(client, 'unaryCall', largeRequest());
    expectStatus(status, Code.OK);
    expectZeros(response.payload, 314159);
  },

  async client_streaming() {
    const result = {};
    const call = client.streamingInputCall(callOptions(), (_, response) => { result.response = response; });
    const done = finished(call, result);
    for (const size of REQUEST_SIZES) call.write({ payload: zeros(size) });
    call.end();
    const { status, response } = await done;
    expectStatus(status, Code.OK);
    assert.equal(response.aggregatedPayloadSize, 74922);
  },

  async server_streaming() {
    const request = { responseParameters: RESPONSE_SIZES.map((size) => ({ size })) };
    const { status, responses } = await serverStream(client.streamingOutputCall(request, callOptions()));
    expectStatus(status, Code.OK);
    assert.deepEqual(responses.map((r) => r.payload.body.length), RESPONSE_SIZES);
  },

  async ping_pong() {
    const call = client.fullDuplexCall(callOptions());
    const done = finished(call);
    const responses = call[Symbol.asyncIterator]();
    for (const [i, size] of RESPONSE_SIZES.entries()) {
      call.write({ responseParameters: [{ size }], payload: zeros(REQUEST_SIZES[i]) });
      const { value, done: ended } = await responses.next();
      assert.ok(!ended, `stream ended before response ${i + 1}`);
      expectZeros(value.payload, size);
    }
    call.end();
    assert.ok((await responses.next()).done, 'more than four responses');
    expectStatus((await done).status, Code.OK);
  },

  async empty_stream() {
    const call = client.fullDuplexCall(callOptions());
    const done = serverStream(call);
    call.end();
    const { status, responses } = await done;
    expectStatus(status, Code.OK);
    assert.equal(responses.length, 0);
  },

  async custom_metadata() {
    const metadata = new grpc.Metadata();
    metadata.set(ECHO_INITIAL, 'test_initial_metadata_value');
    metadata.set(ECHO_TRAILING, Buffer.from([0xab, 0xab, 0xab]));

    const unaryResult = await unary(client, 'unaryCall', largeRequest(), metadata);
    expectStatus(unaryResult.status, Code.OK);
    expectEchoedMetadata(unaryResult.headers, unaryResult.status.metadata);

    const call = client.fullDuplexCall(metadata, callOptions());
    const done = serverStream(call);
    call.write({ responseParameters: [{ size: 314159 }], payload: zeros(271828) });
    call.end();
    const streamResult = await done;
    expectStatus(streamResult.status, Code.OK);
    expectZeros(streamResult.responses[0]?.payload, 314159);
    expectEchoedMetadata(streamResult.headers, streamResult.status.metadata);
  },

  async status_code_and_message() {
    const responseStatus = { code: 2, message: 'test status message' };
    expectStatus((await unary(client, 'unaryCall', { responseStatus })).status, Code.UNKNOWN, responseStatus.message);

    const call = client.fullDuplexCall(callOptions());
    const done = finished(call);
    call.write({ responseStatus });
    call.end();
    expectStatus((await done).status, Code.UNKNOWN, responseStatus.message);
  },

  async special_status_message() {
    const message = '\t\ntest with whitespace\r\nand Unicode BMP ☺ and non-BMP 😈\t\n';
    const { status } = await unary(client, 'unaryCall', { responseStatus: { code: 2, message } });
    expectStatus(status, Code.UNKNOWN, message);
  },

  async unimplemented_method() {
    expectStatus((await unary(client, 'unimplementedCall', {})).status, Code.UNIMPLEMENTED);
  },

  async unimplemented_service() {
    const unimplemented = new testing.UnimplementedService(address, insecure);
    expectStatus((await unary(unimplemented, 'unimplementedCall', {})).status, Code.UNIMPLEMENTED);
  },

  async cancel_after_begin() {
    const call = client.streamingInputCall(callOptions(), () => {});
    const done = finished(call);
    call.cancel();
    expectStatus((await done).status, Code.CANCELLED);
  },

  async cancel_after_first_response() {
    const call = client.fullDuplexCall(callOptions());
    const done = finished(call);
    call.write({ responseParameters: [{ size: 31415 }], payload: zeros(27182) });
    const first = await call[Symbol.asyncIterator]().next();
    expectZeros(first.value?.payload, 31415);
    call.cancel();
    expectStatus((await done).status, Code.CANCELLED);
  },

  async timeout_on_sleeping_server() {
    const call = client.fullDuplexCall({ deadline: Date.now() + 1 });
    const done = finished(call);
    call.write({ payload: zeros(27182) });
    expectStatus((await done).status, Code.DEADLINE_EXCEEDED);
  },

  async client_compressed_unary() {
    const compressing = new testing.TestService(address, insecure, { 'grpc.default_compression_algorithm': GZIP });

    const probe = await unary(client, 'unaryCall', largeRequest({ expectCompressed: { value: true } }));
    expectStatus(probe.status, Code.INVALID_ARGUMENT);

    const compressed = await unary(compressing, 'unaryCall', largeRequest({ expectCompressed: { value: true } }));
    expectStatus(compressed.status, Code.OK);
    expectZeros(compressed.response.payload, 314159);

    // grpc-js can switch compression off per message only on streams, so the uncompressed call uses a plain channel.
    const uncompressed = await unary(client, 'unaryCall', largeRequest({ expectCompressed: { value: false } }));
    expectStatus(uncompressed.status, Code.OK);
    expectZeros(uncompressed.response.payload, 314159);
  },

  async server_compressed_unary() {
    for (const value of [true, false]) {
      const { status, response } = await unary(client, 'unaryCall', largeRequest({ responseCompressed: { value } }));
      expectStatus(status, Code.OK);
      expectZeros(response.payload, 314159);

      const raw = await rawUnaryCall(largeRequest({ responseCompressed: { value } }));
      assert.equal(raw.status, '0', 'grpc-status of the raw call');
      assert.equal(raw.compressed, value, `compressed flag of the response message when response_compressed is ${value}`);
      if (value) assert.equal(raw.encoding, 'gzip', 'grpc-encoding of the compressed response');
      expectZeros(raw.response.payload, 314159);
    }
  },
};

const run = cases[args.case];
if (!run || !args.port) {
  console.error(`usage: node interop_client.js --case <${Object.keys(cases).join('|')}> --port P [--host H]`);
  process.exit(2);
}
run().then(
  () => {
    console.log(`${args.case}: passed`);
    process.exit(0);
  },
  (error) => {
    console.error(`${args.case}: FAILED against ${address}\n${error.stack ?? error}`);
    process.exit(1);
  },
);
