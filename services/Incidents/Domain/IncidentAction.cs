namespace Ledningssystem.Incidents.Domain;

/// <summary>An action decided after the investigation: what, who is responsible, by when, and whether it is done.</summary>
public sealed class IncidentAction
{
    private IncidentAction()
    {
    }

    public string Id { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string ResponsibleUserId { get; private set; } = "";

    public DateTimeOffset DueAt { get; private set; }

    public ActionStatus Status { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public static IncidentAction Decide(string id, string description, string responsibleUserId, DateTimeOffset dueAt) => new()
    {
        Id = id,
        Description = description,
        ResponsibleUserId = responsibleUserId,
        DueAt = dueAt,
        Status = ActionStatus.Open,
    };

    public void Complete(DateTimeOffset now)
    {
        Status = ActionStatus.Done;
        CompletedAt = now;
    }
}
