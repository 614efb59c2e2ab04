using Google.Protobuf;
using Google.Protobuf.Reflection;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Ledningssystem.Reporting.Events;

/// <summary>
/// The events the read model subscribes to and keeps. Every one of them is kept in the service's event store for a
/// rebuild, also those that no figure reads yet (Incidents' deadlines), so that the read
/// models still to come can be built from the same history. Only contracts that carry nothing about the people in a
/// case belong here; the responsible of an action is kept for the balanslista, and the internkontrollplan is kept
/// without its texts (ADR 0024, <see cref="QualityCouncil.Events.FollowUpFacts.Storable"/>).
/// </summary>
public static class ReadModelSubscriptions
{
    private static readonly (MessageDescriptor Descriptor, Action<IServiceCollection> Subscribe)[] Subscriptions =
    [
        Of<IncidentReported>(), Of<IncidentTriaged>(), Of<IncidentEscalated>(), Of<InvestigationCompleted>(),
        Of<ActionDecided>(), Of<ActionCompleted>(), Of<IncidentClosed>(), Of<IncidentReopened>(), Of<DeadlinePassed>(),
        Of<IvoNotificationSent>(),
        Of<ComplaintReceived>(), Of<ComplaintClassified>(), Of<ComplaintAcknowledged>(), Of<ComplaintAnswered>(),
        Of<ComplaintClosed>(), Of<ComplaintReopened>(), Of<ComplaintDeadlinePassed>(),
        Of<ComplaintLinkedToIncident>(), Of<ComplaintForwarded>(),
        Of<InspectionScheduled>(), Of<InspectionCompleted>(), Of<FindingRaised>(), Of<InspectionActionDecided>(),
        Of<InspectionActionCompleted>(), Of<InspectionOverdue>(), Of<InspectionCancelled>(),
        Of<RiskIdentified>(), Of<RiskAssessed>(), Of<RiskActionDecided>(), Of<RiskActionCompleted>(), Of<RiskClosed>(),
        // Kept without the risks' titles and controls (FollowUpFacts.Storable).
        Of<InternalControlPlanAdopted>(),
    ];

    /// <summary>Reads a stored event back by its protobuf full name.</summary>
    public static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    /// <summary>The stored events' types: the subscribed ones and UnitCreated, which comes through the access replica (<see cref="OrganizationFacts"/>).</summary>
    public static readonly IReadOnlyDictionary<string, MessageDescriptor> Types =
        Subscriptions.Select(s => s.Descriptor).Append(UnitCreated.Descriptor).ToDictionary(d => d.FullName, StringComparer.Ordinal);

    public static IServiceCollection AddReadModelSubscriptions(this IServiceCollection services)
    {
        foreach (var (_, subscribe) in Subscriptions)
        {
            subscribe(services);
        }
        return services;
    }

    /// <summary>The tenant the payload names (every subscribed contract has tenant_id).</summary>
    public static string? TenantOf(IMessage message) =>
        message.Descriptor.FindFieldByName("tenant_id")?.Accessor.GetValue(message) as string;

    private static (MessageDescriptor, Action<IServiceCollection>) Of<TEvent>()
        where TEvent : IMessage<TEvent>, new() =>
        (new TEvent().Descriptor, services => services.AddEventHandler<TEvent, ReadModelHandler<TEvent>>());
}

/// <summary>Keeps and applies one subscribed event type, inside the platform's transaction with the inbox row.</summary>
internal sealed class ReadModelHandler<TEvent>(StatisticsProjection projection) : IEventHandler<TEvent>
    where TEvent : IMessage<TEvent>
{
    public Task HandleAsync(TEvent message, EventContext context, CancellationToken cancellationToken)
    {
        context.RequireTenant(ReadModelSubscriptions.TenantOf(message), message.Descriptor.Name);
        return projection.IngestAsync([new IncomingEvent(context.EventId, message)], cancellationToken);
    }
}
