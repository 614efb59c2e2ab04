using Ledningssystem.Contracts.SelfInspection.V1;

namespace Ledningssystem.SelfInspection.Api;

/// <summary>The selfinspection API over gRPC: loads the aggregate, lets the domain decide, publishes and saves once.</summary>
public sealed class SelfInspectionApi : InspectionPlanService.InspectionPlanServiceBase;
