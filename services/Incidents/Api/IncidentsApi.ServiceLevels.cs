using Grpc.Core;
using Ledningssystem.Contracts.Incidents.V1;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Incidents.Api;

/// <summary>The tenant's deadlines for its incidents.</summary>
public sealed partial class IncidentsApi
{
    public override async Task<GetServiceLevelsResponse> GetServiceLevels(GetServiceLevelsRequest request, ServerCallContext context) =>
        new() { ServiceLevels = (await LevelsAsync(context.CancellationToken)).ToProto() };

    public override async Task<SetServiceLevelsResponse> SetServiceLevels(SetServiceLevelsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireTenantWideAsync(Domain.IncidentPermissions.ConfigureServiceLevels, ct);
        var levels = await db.ServiceLevels.SingleOrDefaultAsync(ct);
        if (levels is null)
        {
            db.ServiceLevels.Add(levels = Domain.ServiceLevelSettings.Defaults(incidents.Caller.TenantId));
        }
        var wanted = request.ServiceLevels;
        levels.Change(
            wanted.TriageWorkingDays, wanted.InvestigationStartWorkingDays, wanted.InvestigationWorkingDays, wanted.NotificationWorkingDays, wanted.WarningHours);
        // Open incidents work towards the new levels at once.
        foreach (var open in await db.Incidents.AsSplitQuery().Where(i => i.State != Domain.IncidentState.Closed).ToListAsync(ct))
        {
            open.Schedule(levels);
        }
        await db.SaveChangesAsync(ct);
        serviceLevels.Forget(incidents.Caller.TenantId);
        return new SetServiceLevelsResponse { ServiceLevels = levels.ToProto() };
    }
}
