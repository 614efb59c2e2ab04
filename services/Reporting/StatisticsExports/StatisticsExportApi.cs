using Grpc.Core;
using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Api;
using Ledningssystem.Reporting.Files;
using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.Reporting.StatisticsExports;

/// <summary>
/// The statistics tables as files. The figures, the callers' rights and the suppression are StatisticsApi's own: each
/// export asks it, every page, in the same call.
/// </summary>
public sealed class StatisticsExportApi(StatisticsApi statistics) : StatisticsExportService.StatisticsExportServiceBase
{
    public override async Task ExportStatistics(ExportStatisticsRequest request, IServerStreamWriter<ExportStatisticsResponse> responseStream, ServerCallContext context)
    {
        var rows = new List<StatisticsRow>();
        var page = request.Statistics.Clone();
        page.PageSize = Paging.MaxPageSize;
        page.PageToken = "";
        do
        {
            var response = await statistics.GetStatistics(page, context);
            rows.AddRange(response.Rows);
            page.PageToken = response.NextPageToken;
        }
        while (page.PageToken.Length > 0);
        var name = $"{StatisticsTables.SubjectName(request.Statistics.Subject)} {request.Statistics.FromMonth}–{request.Statistics.ToMonth}";
        await WriteAsync(responseStream, chunk => new ExportStatisticsResponse { Chunk = chunk }, name, StatisticsTables.Of(request.Statistics.Subject, rows), request.Format, context);
    }

    public override async Task ExportQuarterlyCompilation(ExportQuarterlyCompilationRequest request, IServerStreamWriter<ExportQuarterlyCompilationResponse> responseStream, ServerCallContext context)
    {
        var compilation = await statistics.GetQuarterlyCompilation(request.Compilation, context);
        var name = $"Kvartalssammanställning {request.Compilation.Year} kvartal {request.Compilation.Quarter}";
        await WriteAsync(responseStream, chunk => new ExportQuarterlyCompilationResponse { Chunk = chunk }, name, StatisticsTables.Of(compilation), request.Format, context);
    }

    private static Task WriteAsync<TResponse>(
        IServerStreamWriter<TResponse> stream, Func<FileChunk, TResponse> response, string name, StatisticsTable table, ExportFormat format, ServerCallContext context) =>
        format == ExportFormat.Csv
            ? FileChunks.WriteAsync(stream, response, name + ".csv", FileChunks.Csv, CsvTableWriter.Write(table), context.CancellationToken)
            : FileChunks.WriteAsync(stream, response, name + ".xlsx", FileChunks.Xlsx, XlsxTableWriter.Write(table), context.CancellationToken);
}
