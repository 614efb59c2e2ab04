using Grpc.Core;
using Ledningssystem.Contracts.Reporting.V1;

namespace Ledningssystem.Reporting.Tests.Support;

/// <summary>The berättelse's clients and its files over gRPC: exports polled until they end, files put together from their chunks.</summary>
public static class AnnualReportCalls
{
    public static async Task<AnnualReportService.AnnualReportServiceClient> AnnualReportsAsAsync(this SourcesFixture platform, string username) =>
        new(platform.Reporting.Channel(await platform.Issuer.DemoTokenAsync(username)));

    public static async Task<StatisticsExportService.StatisticsExportServiceClient> ExportsAsAsync(this SourcesFixture platform, string username) =>
        new(platform.Reporting.Channel(await platform.Issuer.DemoTokenAsync(username)));

    /// <summary>Polls the export until it is done or failed; every state it was seen in, in order.</summary>
    public static async Task<List<AnnualReportExport>> PollAsync(this AnnualReportService.AnnualReportServiceClient client, string exportId)
    {
        var seen = new List<AnnualReportExport>();
        var deadline = DateTimeOffset.UtcNow.AddMinutes(2);
        while (true)
        {
            var export = (await client.GetAnnualReportExportAsync(new GetAnnualReportExportRequest { ExportId = exportId })).Export;
            seen.Add(export);
            if (export.Status is ExportStatus.Done or ExportStatus.Failed)
            {
                return seen;
            }
            Assert.True(DateTimeOffset.UtcNow < deadline, $"The export {exportId} did not end; last seen at {export.Percent} % ({export.Step}).");
            await Task.Delay(50);
        }
    }

    /// <summary>The chunks of a file, with the name and type of the first, and how many chunks there were.</summary>
    public static Task<(string FileName, string ContentType, byte[] Content, int Chunks)> ReadFileAsync(AsyncServerStreamingCall<DownloadAnnualReportExportResponse> call) =>
        ReadFileAsync(call, r => r.Chunk);

    public static Task<(string FileName, string ContentType, byte[] Content, int Chunks)> ReadFileAsync(AsyncServerStreamingCall<ExportStatisticsResponse> call) =>
        ReadFileAsync(call, r => r.Chunk);

    public static Task<(string FileName, string ContentType, byte[] Content, int Chunks)> ReadFileAsync(AsyncServerStreamingCall<ExportQuarterlyCompilationResponse> call) =>
        ReadFileAsync(call, r => r.Chunk);

    private static async Task<(string FileName, string ContentType, byte[] Content, int Chunks)> ReadFileAsync<TResponse>(
        AsyncServerStreamingCall<TResponse> call, Func<TResponse, FileChunk> chunkOf)
    {
        using (call)
        {
            using var content = new MemoryStream();
            var first = (FileChunk?)null;
            var chunks = 0;
            await foreach (var response in call.ResponseStream.ReadAllAsync())
            {
                var chunk = chunkOf(response);
                first ??= chunk;
                chunk.Data.WriteTo(content);
                chunks++;
            }
            Assert.NotNull(first);
            return (first.FileName, first.ContentType, content.ToArray(), chunks);
        }
    }

    /// <summary>The report's year: the seeded cases count in this year.</summary>
    public static int ThisYear => int.Parse(SourcesFixture.ThisMonth[..4], System.Globalization.CultureInfo.InvariantCulture);
}
