using Ledningssystem.ServiceDefaults.Calendar;

namespace Ledningssystem.Incidents.Domain;

/// <summary>
/// The clock of the workflow and its deadlines, in whole milliseconds (both databases keep them exactly). The host
/// gives it the platform's TimeProvider; the service's tests host it with one they move forward.
/// </summary>
public sealed class WorkflowClock(TimeProvider time)
{
    public TimeProvider Time { get; } = time;

    public DateTimeOffset Now => Time.Now();
}
