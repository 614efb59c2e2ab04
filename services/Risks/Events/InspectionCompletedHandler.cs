using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Risks.Data;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Events;
using Ledningssystem.ServiceDefaults.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Risks.Events;

/// <summary>
/// An egenkontroll was carried out in SelfInspection: when its activity controls a risk (it came from the
/// internkontrollplan, or its planner named the risk), the result flows back onto the risk, once per execution.
/// </summary>
public sealed partial class InspectionCompletedHandler(RisksDb db, ILogger<InspectionCompletedHandler> logger) : IEventHandler<InspectionCompleted>
{
    public static readonly Actor Control = new("", "Egenkontrollen");

    public async Task HandleAsync(InspectionCompleted message, EventContext context, CancellationToken cancellationToken)
    {
        context.RequireTenant(message.TenantId, nameof(InspectionCompleted));
        if (message.RiskId.Length == 0)
        {
            return;
        }
        if (message.Score is < 0 or > 100 || message.Findings < 0 || message.CompletedAt is null)
        {
            throw new PoisonEventException($"InspectionCompleted {message.ExecutionId} with score {message.Score} and {message.Findings} findings.");
        }
        var risk = await db.Risks.SingleOrDefaultAsync(r => r.Id == message.RiskId, cancellationToken);
        if (risk is null)
        {
            // A planner may name a risk by hand; one this tenant does not have gets no result, and nothing is retried.
            UnknownRisk(logger, message.ExecutionId, message.RiskId);
            return;
        }
        var completedAt = message.CompletedAt.ToInstant();
        var result = new Domain.ControlResult(message.ExecutionId, message.UnitId, message.Score, message.Findings, completedAt);
        if (risk.RecordControlResult(result, Control, completedAt))
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "InspectionCompleted {ExecutionId} names risk {RiskId}, which the tenant does not have")]
    private static partial void UnknownRisk(ILogger logger, string executionId, string riskId);
}
