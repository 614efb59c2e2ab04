using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Platform.TestModel;

/// <summary>The caller a test pretends to be, in place of a validated token.</summary>
public sealed class TestCaller : ICallerSource
{
    public string? TenantId { get; set; }

    public string? UserId { get; set; }
}
