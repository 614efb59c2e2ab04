using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ledningssystem.ServiceDefaults.Calendar;

/// <summary>
/// The clock of a service's workflow and its deadlines, in whole milliseconds (both databases keep them exactly). The
/// host gives it the platform's TimeProvider; a service's tests host it with one they move forward.
/// </summary>
public sealed class WorkflowClock(TimeProvider time)
{
    public TimeProvider Time { get; } = time;

    public DateTimeOffset Now => Time.Now();

    /// <summary>The date in Sweden now.</summary>
    public DateOnly Today => SwedishCalendar.Today(Time);
}

public static class WorkflowClockRegistration
{
    /// <summary>The platform's clock for the workflow, unless the host brought its own (tests move theirs forward).</summary>
    public static IServiceCollection AddWorkflowClock(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => new WorkflowClock(provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}
