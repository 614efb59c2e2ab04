namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>Which topic an event type travels on: its protobuf full name unless Events:Topics names another.</summary>
internal static class EventTopics
{
    public static string For(EventsOptions options, string eventType) =>
        options.Topics.TryGetValue(eventType, out var topic) ? topic : eventType;
}
