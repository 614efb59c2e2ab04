using Ledningssystem.Contracts.Reporting.V1;

namespace Ledningssystem.Reporting.Api;

/// <summary>The reporting API over gRPC: loads the aggregate, lets the domain decide, publishes and saves once.</summary>
public sealed class ReportingApi : ReportService.ReportServiceBase;
