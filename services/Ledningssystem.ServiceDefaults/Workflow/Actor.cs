namespace Ledningssystem.ServiceDefaults.Workflow;

/// <summary>Who acted: the token's subject and the name people read.</summary>
public sealed record Actor(string UserId, string Name);
