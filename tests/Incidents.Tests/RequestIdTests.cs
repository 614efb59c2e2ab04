using Grpc.Core;
using Ledningssystem.Incidents.Tests.Support;
using Ledningssystem.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Incidents.Tests;

/// <summary>
/// A client whose ReportIncident call died between the commit and the answer sends it again with the same request_id:
/// the second call answers with the first report instead of making another.
/// </summary>
[Collection(IncidentsGroup.Name)]
public sealed class RequestIdTests(IncidentsFixture fixture)
{
    [Fact]
    public async Task A_retry_with_the_same_request_id_returns_the_first_report()
    {
        var anna = await fixture.AsAsync(Demo.AldreEmployee);
        var requestId = NewRequestId();
        var first = Workflow.Report(Demo.HemtjanstNorr);
        first.RequestId = requestId;
        var retry = Workflow.Report(Demo.HemtjanstNorr);
        retry.RequestId = requestId;

        var reported = (await anna.ReportIncidentAsync(first)).Incident;
        var again = (await anna.ReportIncidentAsync(retry)).Incident;

        Assert.Equal(reported.IncidentId, again.IncidentId);
        Assert.Equal(1, await CountAsync(requestId));
    }

    [Fact]
    public async Task Retries_racing_the_first_call_all_get_the_one_report()
    {
        var anna = await fixture.AsAsync(Demo.AldreEmployee);
        var requestId = NewRequestId();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            var request = Workflow.Report(Demo.HemtjanstNorr);
            request.RequestId = requestId;
            return (await anna.ReportIncidentAsync(request)).Incident.IncidentId;
        }));

        Assert.Single(answers.Distinct());
        Assert.Equal(1, await CountAsync(requestId));
    }

    [Fact]
    public async Task The_same_request_id_from_another_reporter_is_another_report()
    {
        var anna = await fixture.AsAsync(Demo.AldreEmployee);
        var erik = await fixture.AsAsync(Demo.AldreUnitManager);
        var requestId = NewRequestId();
        var request = Workflow.Report(Demo.HemtjanstNorr);
        request.RequestId = requestId;

        var annas = (await anna.ReportIncidentAsync(request)).Incident;
        var eriks = (await erik.ReportIncidentAsync(request)).Incident;

        Assert.NotEqual(annas.IncidentId, eriks.IncidentId);
        Assert.Equal(2, await CountAsync(requestId));
    }

    [Fact]
    public async Task A_request_id_that_is_no_id_is_refused_in_swedish()
    {
        var anna = await fixture.AsAsync(Demo.AldreEmployee);
        var request = Workflow.Report(Demo.HemtjanstNorr);
        request.RequestId = "inte ett id/" + new string('x', 120);

        var refused = await Expect.FailsAsync(StatusCode.InvalidArgument, anna.ReportIncidentAsync(request));

        Assert.Contains("request_id", Expect.FieldViolations(refused));
    }

    private static string NewRequestId() => "retry-" + Guid.NewGuid().ToString("N");

    private Task<int> CountAsync(string requestId) =>
        fixture.Service.QueryAsync(db => db.Incidents.IgnoreQueryFilters().CountAsync(i => i.RequestId == requestId));
}
