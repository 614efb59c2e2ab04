using Ledningssystem.Testing;

namespace Ledningssystem.Contracts.Tests;

public class BufLintTests
{
    [Fact]
    public async Task Every_proto_in_the_repository_passes_buf_lint()
    {
        var result = await ExternalProcess.RunAsync(RepositoryPaths.Combine("protos", "lint"), [], timeout: TimeSpan.FromMinutes(5));

        Assert.True(result.ExitCode == 0, $"buf lint failed:\n{result.Output}");
    }

    [Fact]
    public async Task Buf_lint_with_our_rules_rejects_a_proto_that_breaks_them()
    {
        var module = Directory.CreateTempSubdirectory("buf-lint-");
        try
        {
            File.Copy(RepositoryPaths.Combine("protos", "buf.yaml"), Path.Combine(module.FullName, "buf.yaml"));
            var dir = Directory.CreateDirectory(Path.Combine(module.FullName, "ledningssystem", "bad", "v1"));
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "bad.proto"), """
                syntax = "proto3";
                package ledningssystem.wrong.v1;
                message bad_name { string Field = 1; }
                """);

            var result = await TestTools.BufAsync(["lint", "--error-format=json"], module.FullName);

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("PACKAGE_DIRECTORY_MATCH", result.Output, StringComparison.Ordinal);
            Assert.Contains("MESSAGE_PASCAL_CASE", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            module.Delete(recursive: true);
        }
    }
}
