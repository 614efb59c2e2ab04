using System.Globalization;

namespace Ledningssystem.Interop.Tests;

/// <summary>The gRPC interop client cases, run by @grpc/grpc-js (tests/Interop/node/interop_client.js) against our server over h2c.</summary>
[Collection(InteropServerGroup.Name)]
public sealed class GrpcJsClientTests(InteropServerFixture server)
{
    [Theory]
    [InlineData("empty_unary")]
    [InlineData("large_unary")]
    [InlineData("client_streaming")]
    [InlineData("server_streaming")]
    [InlineData("ping_pong")]
    [InlineData("empty_stream")]
    [InlineData("custom_metadata")]
    [InlineData("status_code_and_message")]
    [InlineData("special_status_message")]
    [InlineData("unimplemented_method")]
    [InlineData("unimplemented_service")]
    [InlineData("cancel_after_begin")]
    [InlineData("cancel_after_first_response")]
    [InlineData("timeout_on_sleeping_server")]
    [InlineData("client_compressed_unary")]
    [InlineData("server_compressed_unary")]
    public async Task Grpc_js_interop_case_passes_against_our_server(string testCase)
    {
        var result = await NodeScripts.RunAsync(
            "interop_client.js", "--case", testCase, "--port", server.GrpcPort.ToString(CultureInfo.InvariantCulture));

        Assert.True(result.ExitCode == 0,
            $"interop_client.js --case {testCase} exited with {result.ExitCode}:\n{result.Output}\n--- InteropServer output ---\n{server.Output}");
    }
}
