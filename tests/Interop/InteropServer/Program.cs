using Ledningssystem.Interop;
using Ledningssystem.Rpc;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, new Dictionary<string, string>
{
    ["--port"] = "Rpc:GrpcPort",
    ["--web-port"] = "Rpc:WebPort",
});
builder.AddLedningssystemRpc();

var app = builder.Build();
app.UseLedningssystemRpc();
app.MapGrpcService<TestServiceImpl>();

await app.StartAsync();
var rpc = app.Services.GetRequiredService<IOptions<RpcOptions>>().Value;
Console.WriteLine($"InteropServer listening: gRPC (h2c) on {rpc.BindAddress}:{rpc.GrpcPort}, gRPC-Web and Connect on {rpc.BindAddress}:{rpc.WebPort}");
await app.WaitForShutdownAsync();
