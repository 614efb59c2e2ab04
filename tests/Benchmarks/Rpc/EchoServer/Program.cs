using System.Net;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Ledningssystem.Benchmarks.Rpc;
using Ledningssystem.Rpc;
using Microsoft.AspNetCore.Server.Kestrel.Core;

// The echo service configured like a platform service. Ports come from --Rpc:GrpcPort and --Rpc:WebPort
// (GET /stats is on the HTTP/1.1 web port); --Layer chooses how much of our RPC layer runs:
//   platform         AddLedningssystemRpc/UseLedningssystemRpc, as every service (the default)
//   no-interceptors  the same with the shared interceptors removed
//   plain            grpc-dotnet alone (AddGrpc): none of our interceptors or middleware
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var layer = builder.Configuration["Layer"] ?? "platform";
switch (layer)
{
    case "platform":
        builder.AddLedningssystemRpc();
        break;
    case "no-interceptors":
        builder.AddLedningssystemRpc();
        builder.Services.Configure<GrpcServiceOptions>(grpc => grpc.Interceptors.Clear());
        break;
    case "plain":
        var rpc = builder.Configuration.GetSection(RpcOptions.SectionName).Get<RpcOptions>() ?? new RpcOptions();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, rpc.GrpcPort, listen => listen.Protocols = HttpProtocols.Http2);
            kestrel.Listen(IPAddress.Loopback, rpc.WebPort, listen => listen.Protocols = HttpProtocols.Http1);
        });
        builder.Services.AddGrpc();
        break;
    default:
        throw new ArgumentException($"Unknown --Layer '{layer}': use platform, no-interceptors or plain.");
}

var app = builder.Build();
app.UseCallStats();
if (layer != "plain")
{
    app.UseLedningssystemRpc();
}
app.MapGrpcService<EchoApi>();

await app.StartAsync();
Console.WriteLine("listening");
await app.WaitForShutdownAsync();

internal sealed class EchoApi : EchoService.EchoServiceBase
{
    public override Task<EchoResponse> Echo(EchoRequest request, ServerCallContext context) =>
        Task.FromResult(new EchoResponse { Payload = request.Payload });
}
