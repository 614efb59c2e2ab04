using Grpc.Core;
using Ledningssystem.Contracts.SelfInspection.V1;
using Ledningssystem.SelfInspection.Tests.Support;

namespace Ledningssystem.SelfInspection.Tests;

/// <summary>A finding that reveals a fel or brist becomes an incident in Incidents, reported on the caller's own token.</summary>
[Collection(SelfInspectionGroup.Name)]
[Trait("Category", "Database")]
public sealed class LinkedIncidentTests(SelfInspectionFixture platform)
{
    [Fact]
    public async Task A_finding_becomes_an_incident_that_names_it_as_its_origin()
    {
        var occurrence = await new Checklists(platform).OccurrenceAsync();
        var manager = await platform.InspectionsAsAsync(Demo.AldreUnitManager);
        var findingId = (await manager.RecordExecutionAsync(Checklists.Answers(occurrence.OccurrenceId, "2027-01-11"))).Execution.FindingIds[1];

        var finding = (await manager.ReportFindingAsIncidentAsync(new ReportFindingAsIncidentRequest { FindingId = findingId, ImmediateActions = "Rena kläder utdelade" })).Finding;

        Assert.Equal(FindingState.IncidentReported, finding.State);
        var incident = (await (await platform.IncidentsAsAsync(Demo.AldreUnitManager)).GetIncidentAsync(new Contracts.Incidents.V1.GetIncidentRequest { IncidentId = finding.IncidentId })).Incident;
        Assert.Equal(("selfinspection", findingId), (incident.Origin.Service, incident.Origin.Id));
        Assert.Equal((Demo.HemtjanstNorr, "Är arbetskläderna rena?"), (incident.UnitId, incident.WhatHappened));
        Assert.Equal(["FindingRaised", "InspectionActionDecided"], await platform.EventsOfAsync(findingId));
        Assert.Equal("FINDING_STATE_INCIDENT_REPORTED", Expect.ErrorInfo(await Expect.FailsAsync(StatusCode.FailedPrecondition,
            manager.ReportFindingAsIncidentAsync(new ReportFindingAsIncidentRequest { FindingId = findingId })))!.Metadata["current_state"]);
    }
}
