using Google.Protobuf.WellKnownTypes;
using Ledningssystem.ServiceDefaults.Calendar;

namespace Ledningssystem.ServiceDefaults.Api;

/// <summary>Instants to the contracts' <see cref="Timestamp"/> and back, in the platform's precision (<see cref="Instants"/>).</summary>
public static class Timestamps
{
    public static Timestamp ToProto(this DateTimeOffset instant) => Timestamp.FromDateTimeOffset(instant);

    public static Timestamp? ToProto(this DateTimeOffset? instant) => instant?.ToProto();

    /// <summary>A caller's timestamp in whole milliseconds, the precision the services keep.</summary>
    public static DateTimeOffset ToInstant(this Timestamp timestamp) => Instants.Truncate(timestamp.ToDateTimeOffset());
}
