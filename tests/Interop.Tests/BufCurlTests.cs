using System.Text.Json;
using Ledningssystem.Testing;

namespace Ledningssystem.Interop.Tests;

/// <summary>buf curl (Connect's Go implementation of gRPC, gRPC-Web and Connect) against our server.</summary>
[Collection(InteropServerGroup.Name)]
public sealed class BufCurlTests(InteropServerFixture server)
{
    private static readonly string Schema = RepositoryPaths.Combine("tests", "Interop", "InteropServer", "Protos");

    [Fact]
    public async Task Server_reflection_lists_the_services_over_h2c()
    {
        var result = await BufCurlAsync("--protocol", "grpc", "--http2-prior-knowledge", "--list-services", server.GrpcAddress.ToString());

        var services = result.StandardOutput.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("grpc.testing.TestService", services);
        Assert.Contains("grpc.health.v1.Health", services);
        Assert.Contains("grpc.reflection.v1.ServerReflection", services);
    }

    [Theory]
    [InlineData("grpc")]
    [InlineData("grpcweb")]
    [InlineData("connect")]
    public async Task Unary_call_answers_over_each_protocol(string protocol)
    {
        // Reflection is a bidirectional stream, which HTTP/1.1 gRPC-Web and Connect cannot carry: those get the schema.
        string[] transport = protocol == "grpc"
            ? ["--protocol", "grpc", "--http2-prior-knowledge"]
            : ["--protocol", protocol, "--schema", Schema];
        var address = protocol == "grpc" ? server.GrpcAddress : server.WebAddress;

        var result = await BufCurlAsync([.. transport, "-d", """{"responseSize":3}""", $"{address}grpc.testing.TestService/UnaryCall"]);

        using var response = JsonDocument.Parse(result.StandardOutput);
        Assert.Equal("AAAA", response.RootElement.GetProperty("payload").GetProperty("body").GetString());
    }

    [Fact]
    public async Task Health_check_answers_serving()
    {
        var result = await BufCurlAsync(
            "--protocol", "grpc", "--http2-prior-knowledge", $"{server.GrpcAddress}grpc.health.v1.Health/Check");

        using var response = JsonDocument.Parse(result.StandardOutput);
        Assert.Equal("SERVING", response.RootElement.GetProperty("status").GetString());
    }

    private static async Task<ProcessResult> BufCurlAsync(params string[] arguments)
    {
        var result = await TestTools.BufAsync(["curl", .. arguments], RepositoryPaths.Root, TimeSpan.FromSeconds(60));
        Assert.True(result.ExitCode == 0, $"buf curl {string.Join(' ', arguments)} exited with {result.ExitCode}:\n{result.Output}");
        return result;
    }
}
