using Ledningssystem.Contracts.Reporting.V1;

namespace Ledningssystem.Reporting.Tests.Support;

/// <summary>Reads statistics over gRPC, every page, as lines that compare and print well.</summary>
public static class Statistics
{
    public static GetStatisticsRequest ThisMonth(Subject subject, string unitId = "", int pageSize = 0) => new()
    {
        Subject = subject,
        UnitId = unitId,
        FromMonth = SourcesFixture.ThisMonth,
        ToMonth = SourcesFixture.ThisMonth,
        PageSize = pageSize,
    };

    /// <summary>Every row, following the page tokens.</summary>
    public static async Task<List<StatisticsRow>> AllAsync(this StatisticsService.StatisticsServiceClient client, GetStatisticsRequest request)
    {
        var rows = new List<StatisticsRow>();
        var page = request.Clone();
        do
        {
            var response = await client.GetStatisticsAsync(page);
            rows.AddRange(response.Rows);
            page.PageToken = response.NextPageToken;
        }
        while (page.PageToken.Length > 0);
        return rows;
    }

    /// <summary>Every subject's rows for this month, as "subject month kind category status count".</summary>
    public static async Task<List<string>> SnapshotAsync(this StatisticsService.StatisticsServiceClient client, string unitId = "")
    {
        var lines = new List<string>();
        foreach (var subject in new[] { Subject.Incidents, Subject.Complaints, Subject.ComplaintCategories })
        {
            lines.AddRange((await client.AllAsync(ThisMonth(subject, unitId))).Select(r => $"{subject} {r.Month} {r.Kind} {r.Category} {r.Status} {r.Count}"));
        }
        return lines;
    }

    /// <summary>The counts summed over category and status, per kind.</summary>
    public static Dictionary<string, long> ByKind(IEnumerable<StatisticsRow> rows) =>
        rows.GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
}
