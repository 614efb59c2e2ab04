using Ledningssystem.Contracts.Complaints.V1;

namespace Ledningssystem.Complaints.Api;

/// <summary>The complaints API over gRPC: loads the aggregate, lets the domain decide, publishes and saves once.</summary>
public sealed class ComplaintsApi : ComplaintService.ComplaintServiceBase;
