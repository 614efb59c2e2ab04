using Ledningssystem.Contracts.Complaints.V1;
using Ledningssystem.Contracts.Incidents.V1;
using Ledningssystem.EndToEnd.Tests.Support;
using static Ledningssystem.EndToEnd.Tests.Support.PlatformFixture;

namespace Ledningssystem.EndToEnd.Tests;

/// <summary>
/// A complaint taken by phone reveals a brist: the enhetschef raises a linked incident from it through the gateway, and
/// Complaints calls Incidents with her token at the address the launcher gave it (ADR 0018).
/// </summary>
[Collection(PlatformGroup.Name)]
public sealed class ComplaintToIncidentThroughGatewayTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_complaint_registered_by_staff_raises_a_linked_incident_that_shows_where_it_came_from()
    {
        await platform.WaitUntilGatewaySeesAsync("complaints-grpc", "incidents-grpc");
        using var channel = platform.GrpcChannel();
        var complaints = new ComplaintService.ComplaintServiceClient(channel);
        var incidents = new IncidentService.IncidentServiceClient(channel);
        var erik = Bearer(await platform.TokenAsync(DemoUsers.ErikEriksson));

        var registered = (await Eventually.PermittedAsync(
            () => complaints.RegisterComplaintAsync(new RegisterComplaintRequest
            {
                UnitId = "aldrenamnden.hemtjanst-norr",
                Kind = ComplaintKind.Complaint,
                Channel = Channel.Phone,
                ReceivedOn = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Subject = "Uteblivet besök",
                Description = "Min mamma fick inget kvällsbesök i söndags.",
                Anonymous = true,
            }, erik),
            "Erik's role reached Complaints.")).Complaint;
        var raised = (await complaints.RaiseIncidentAsync(new RaiseIncidentRequest
        {
            ComplaintId = registered.ComplaintId,
            WhatHappened = "Ett kvällsbesök uteblev; planeringen missade en ändrad insats.",
        }, erik)).Complaint;
        var incident = (await incidents.GetIncidentAsync(new GetIncidentRequest { IncidentId = raised.LinkedIncidentId }, erik)).Incident;

        Assert.NotEmpty(raised.LinkedIncidentId);
        Assert.Equal(("complaints", registered.ComplaintId), (incident.Origin.Service, incident.Origin.Id));
        Assert.Equal(("aldrenamnden.hemtjanst-norr", IncidentState.Reported), (incident.UnitId, incident.State));
        Assert.Equal("Erik Eriksson", incident.Reported.DisplayName);
    }
}
