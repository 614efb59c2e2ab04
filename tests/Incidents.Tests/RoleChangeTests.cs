using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Ledningssystem.Contracts.Incidents.V1;
using Ledningssystem.Contracts.Organizations.V1;
using Ledningssystem.Incidents.Tests.Support;
using Ledningssystem.Testing;
using ProtoRole = Ledningssystem.Contracts.Common.V1.Role;

namespace Ledningssystem.Incidents.Tests;

/// <summary>
/// The service keeps what it read of the caller's roles between calls (docs/identity.md, "Access checks between
/// calls"); a change the Organizations service publishes must count from the call after its event, not when a cached
/// copy grows old. The fixture's clock stands still, so a copy here never grows old: only the event can end it.
/// </summary>
[Collection(IncidentsGroup.Name)]
public sealed class RoleChangeTests(IncidentsFixture fixture)
{
    private const string OmsorgRoot = "omsorg-ab.foretaget";

    [Fact]
    public async Task A_revoked_role_stops_working_with_its_event_although_the_caller_was_just_allowed()
    {
        var admin = await fixture.OrganizationsAsAsync(DemoUsers.ToveThorsson);
        var hanna = await fixture.AsAsync(Demo.OmsorgEmployee);
        var assignmentId = "tillfallig-" + Guid.NewGuid().ToString("N")[..8];
        await admin.Assignments.AssignRoleAsync(new AssignRoleRequest
        {
            AssignmentId = assignmentId,
            UserId = DemoUsers.HannaHolmSub,
            Role = ProtoRole.Employee,
            UnitId = OmsorgRoot,
            ValidFrom = Timestamp.FromDateTimeOffset(Earliest(fixture.Clock.GetUtcNow(), DateTimeOffset.UtcNow).AddDays(-1)),
        });
        await Eventually.TrueAsync(async () => await Reports(hanna, OmsorgRoot));
        Assert.True(await Reports(hanna, OmsorgRoot));

        await admin.Assignments.RevokeRoleAsync(new RevokeRoleRequest { AssignmentId = assignmentId });

        await Eventually.TrueAsync(async () => !await Reports(hanna, OmsorgRoot));
        Assert.True(await Reports(hanna, "omsorg-ab.hemtjanst-city"));
    }

    [Fact]
    public async Task A_role_assigned_after_a_refusal_works_with_its_event()
    {
        var admin = await fixture.OrganizationsAsAsync(DemoUsers.ToveThorsson);
        var hanna = await fixture.AsAsync(Demo.OmsorgEmployee);
        Assert.False(await Reports(hanna, OmsorgRoot));
        var assignmentId = "ny-" + Guid.NewGuid().ToString("N")[..8];

        await admin.Assignments.AssignRoleAsync(new AssignRoleRequest
        {
            AssignmentId = assignmentId,
            UserId = DemoUsers.HannaHolmSub,
            Role = ProtoRole.Employee,
            UnitId = OmsorgRoot,
            ValidFrom = Timestamp.FromDateTimeOffset(Earliest(fixture.Clock.GetUtcNow(), DateTimeOffset.UtcNow).AddDays(-1)),
        });

        await Eventually.TrueAsync(async () => await Reports(hanna, OmsorgRoot));
        await admin.Assignments.RevokeRoleAsync(new RevokeRoleRequest { AssignmentId = assignmentId });
        await Eventually.TrueAsync(async () => !await Reports(hanna, OmsorgRoot));
    }

    private static async Task<bool> Reports(IncidentService.IncidentServiceClient reporter, string unitId)
    {
        try
        {
            await reporter.ReportIncidentAsync(Workflow.Report(unitId));
            return true;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.PermissionDenied)
        {
            return false;
        }
    }

    private static DateTimeOffset Earliest(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
