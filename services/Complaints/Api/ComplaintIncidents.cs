using Grpc.Core;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Api;
using Incidents = Ledningssystem.Contracts.Incidents.V1;

namespace Ledningssystem.Complaints.Api;

/// <summary>
/// Raises a complaint's incident in Incidents with ReportIncident on the caller's own token, the complaint as its
/// origin (ADR 0018).
/// </summary>
public sealed class ComplaintIncidents(Incidents.IncidentService.IncidentServiceClient client)
{
    public const string ServiceName = "incidents";

    /// <summary>The id of the incident raised (or, on a retry, raised before); UNAVAILABLE in Swedish when Incidents cannot be reached.</summary>
    public async Task<string> RaiseAsync(Domain.Complaint complaint, string whatHappened, DateTimeOffset occurredAt, string immediateActions, CancellationToken ct)
    {
        try
        {
            var reported = await client.ReportIncidentAsync(new Incidents.ReportIncidentRequest
            {
                UnitId = complaint.UnitId,
                WhatHappened = whatHappened,
                OccurredAt = occurredAt.ToProto(),
                ImmediateActions = immediateActions,
                Origin = new Incidents.IncidentOrigin { Service = Domain.Complaint.IncidentOriginService, Id = complaint.Id },
            }, cancellationToken: ct);
            return reported.Incident.IncidentId;
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.Unavailable)
        {
            throw RpcErrors.Create(
                Google.Rpc.Code.Unavailable,
                "Avvikelsehanteringen går inte att nå just nu. Ingenting har sparats på klagomålet; försök igen om en stund.");
        }
    }
}
