using Ledningssystem.Contracts.Risks.V1;

namespace Ledningssystem.Risks.Api;

/// <summary>The risks API over gRPC: loads the aggregate, lets the domain decide, publishes and saves once.</summary>
public sealed class RisksApi : RiskService.RiskServiceBase;
