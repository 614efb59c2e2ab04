using System.Buffers.Binary;
using System.IO.Pipelines;
using System.Net;
using Ledningssystem.Benchmarks.Rpc;
using Microsoft.AspNetCore.Server.Kestrel.Core;

// Kestrel alone answering POST /bench.v1.EchoService/Echo on an HTTP/2-only (h2c) port with a fixed
// gRPC reply: the most any gRPC stack on this framework can reach. Ports come from --GrpcPort and
// --StatsPort (HTTP/1.1, GET /stats).
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.Listen(IPAddress.Loopback, builder.Configuration.GetValue<int>("GrpcPort"), listen => listen.Protocols = HttpProtocols.Http2);
    kestrel.Listen(IPAddress.Loopback, builder.Configuration.GetValue<int>("StatsPort"), listen => listen.Protocols = HttpProtocols.Http1);
});

// A gRPC frame (not compressed, big-endian length) holding EchoResponse { payload = 64 × 'x' }:
// what EchoServer answers to the runner's request.
const int PayloadLength = 64;
var reply = new byte[5 + 2 + PayloadLength];
BinaryPrimitives.WriteUInt32BigEndian(reply.AsSpan(1), 2 + PayloadLength);
reply[5] = 0x0A; // field 1, length-delimited
reply[6] = PayloadLength;
reply.AsSpan(7).Fill((byte)'x');

var app = builder.Build();
app.UseCallStats();
app.MapPost("/bench.v1.EchoService/Echo", async context =>
{
    await DrainAsync(context.Request.BodyReader, context.RequestAborted);
    context.Response.ContentType = "application/grpc";
    context.Response.AppendTrailer("grpc-status", "0");
    await context.Response.BodyWriter.WriteAsync(reply, context.RequestAborted);
});

await app.StartAsync();
Console.WriteLine("listening");
await app.WaitForShutdownAsync();

static async Task DrainAsync(PipeReader body, CancellationToken cancellationToken)
{
    ReadResult read;
    do
    {
        read = await body.ReadAsync(cancellationToken);
        body.AdvanceTo(read.Buffer.End);
    }
    while (!read.IsCompleted);
}
