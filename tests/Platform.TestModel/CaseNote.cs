using Ledningssystem.ServiceDefaults.Audit;
using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Platform.TestModel;

/// <summary>A tenant-owned entity with personal data, standing in for a service's incident or complaint.</summary>
public sealed class CaseNote : ITenantOwned, IPersonalData
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string TenantId { get; set; } = "";

    public string PersonReference { get; set; } = "";

    public string Text { get; set; } = "";

    public string AuditId => Id.ToString();
}
