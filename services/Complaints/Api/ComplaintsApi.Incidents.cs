using Grpc.Core;
using Ledningssystem.Complaints.Events;
using Ledningssystem.Contracts.Complaints.V1;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Calendar;

namespace Ledningssystem.Complaints.Api;

/// <summary>A complaint that reveals a fel, brist or vårdskada raises a linked incident in Incidents (ADR 0018).</summary>
public sealed partial class ComplaintsApi
{
    public override async Task<RaiseIncidentResponse> RaiseIncident(RaiseIncidentRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var complaint = await complaints.HandleAsync(request.ComplaintId, ct);
        complaint.RequireIncidentRaisable();
        // A retry whose first answer was lost: the link is already stored.
        if (complaint.LinkedIncidentId is not null)
        {
            return new RaiseIncidentResponse { Complaint = complaint.ToProto(clock.Now) };
        }
        var occurredAt = request.OccurredAt?.ToDateTimeOffset() ?? SwedishCalendar.StartOfDay(complaint.ReceivedOn).ToUniversalTime();
        if (occurredAt > clock.Now)
        {
            throw RpcErrors.InvalidArgument("occurred_at", "Händelsen kan inte ha inträffat i framtiden.");
        }
        // Incidents decides whether the caller may report in the unit; a crash after this call is healed by the
        // origin: the next attempt gets the same incident back.
        var incidentId = await incidents.RaiseAsync(complaint, request.WhatHappened, occurredAt, request.ImmediateActions, ct);
        var now = clock.Now;
        complaint.LinkIncident(incidentId, complaints.Actor, now);
        Publish(complaint, ComplaintEvents.LinkedToIncident(complaint, now));
        return new RaiseIncidentResponse { Complaint = await SaveAsync(complaint, ct) };
    }
}
