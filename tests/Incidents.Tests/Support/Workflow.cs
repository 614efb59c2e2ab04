using Google.Protobuf.WellKnownTypes;
using Ledningssystem.Contracts.Incidents.V1;

namespace Ledningssystem.Incidents.Tests.Support;

/// <summary>Drives incidents through the workflow as the demo users would.</summary>
public sealed class Workflow(IncidentsFixture platform)
{
    public static ReportIncidentRequest Report(string unitId, string what = "Brukaren hittades på golvet i badrummet.") => new()
    {
        WhatHappened = what,
        OccurredAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddHours(-2)),
        UnitId = unitId,
        ImmediateActions = "Hjälpte brukaren upp och kontaktade sjuksköterskan.",
        InvolvedPersonReference = "Brukare B.",
        AttachmentReferences = { "bilaga-1" },
    };

    /// <summary>An incident reported by Anna at Hemtjänst Norr and handled by Erik (SoL fel och brist) up to <paramref name="state"/>.</summary>
    public async Task<Incident> InStateAsync(IncidentState state)
    {
        var reporter = await platform.AsAsync(Demo.AldreEmployee);
        var manager = await platform.AsAsync(Demo.AldreUnitManager);
        var incident = (await reporter.ReportIncidentAsync(Report(Demo.HemtjanstNorr))).Incident;
        var id = incident.IncidentId;
        if (state == IncidentState.Reported)
        {
            return incident;
        }
        incident = (await manager.TriageIncidentAsync(new TriageIncidentRequest { IncidentId = id, Kind = IncidentKind.SocialCare, Severity = Severity.Moderate })).Incident;
        if (state == IncidentState.Triaged)
        {
            return incident;
        }
        await manager.StartInvestigationAsync(new StartInvestigationRequest { IncidentId = id });
        incident = (await manager.CompleteInvestigationAsync(Investigation(id))).Incident;
        if (state == IncidentState.Investigating)
        {
            return incident;
        }
        incident = (await manager.DecideActionsAsync(new DecideActionsRequest
        {
            IncidentId = id,
            Actions = { new NewAction { Description = "Ny rutin för larm", ResponsibleUserId = Demo.AldreUnitManagerSub, DueAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(30)) } },
        })).Incident;
        if (state == IncidentState.ActionsDecided)
        {
            return incident;
        }
        await manager.CompleteActionAsync(new CompleteActionRequest { IncidentId = id, ActionId = incident.Actions[0].ActionId });
        incident = (await manager.FollowUpIncidentAsync(new FollowUpIncidentRequest { IncidentId = id, Effect = "Inga fler fall på tre månader." })).Incident;
        if (state == IncidentState.FollowUp)
        {
            return incident;
        }
        return (await manager.CloseIncidentAsync(new CloseIncidentRequest { IncidentId = id, Outcome = "Rutinen för larm är ändrad." })).Incident;
    }

    public static CompleteInvestigationRequest Investigation(string id) => new()
    {
        IncidentId = id,
        WhatHappened = "Larmet var inte laddat.",
        Why = "Ingen hade ansvar för laddningen.",
        RootCauses = { RootCause.Routines, RootCause.Technology },
        Prevention = "Laddning ingår i kvällspasset.",
    };
}
