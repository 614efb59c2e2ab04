using Google.Protobuf;
using Ledningssystem.Contracts.Risks.V1;
using Ledningssystem.Risks.Data;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Events;

namespace Ledningssystem.Risks.Api;

/// <summary>
/// The risks API over gRPC: each step loads what it concerns, lets the domain decide, publishes and saves once. The
/// matrix, the riskanalyser, the register, the matrix view and the RoV are in the files named after them.
/// </summary>
public sealed partial class RisksApi(
    RisksDb db,
    RiskAccess risks,
    RiskMatrices matrices,
    IAccessControl access,
    IOrganizationDirectory organization,
    IEventPublisher publisher,
    WorkflowClock clock) : RiskService.RiskServiceBase
{
    private void Publish(string aggregateId, IMessage message) => publisher.Publish(message, aggregateId);

    /// <summary>The unit and every unit under it; NOT_FOUND for a unit the tenant does not have.</summary>
    private async Task<IReadOnlyList<string>> SubtreeAsync(string unitId, CancellationToken ct) =>
        await organization.SubtreeAsync(unitId, ct) ?? throw RpcErrors.NotFound($"Enheten {unitId} finns inte.");
}
