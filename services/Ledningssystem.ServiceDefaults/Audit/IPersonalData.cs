namespace Ledningssystem.ServiceDefaults.Audit;

/// <summary>
/// An entity holding personal data. Every change to it is written to the audit trail in the same
/// transaction; reads are recorded by the handler through <see cref="IAuditTrail"/>.
/// </summary>
public interface IPersonalData
{
    /// <summary>The id the audit trail names the entity by.</summary>
    string AuditId { get; }
}
