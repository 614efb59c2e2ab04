using Grpc.Net.Client;
using Ledningssystem.Contracts.Organizations.V1;

namespace Ledningssystem.Organizations.Tests.Support;

/// <summary>The four services over one channel.</summary>
public sealed class OrganizationClients(GrpcChannel channel)
{
    public TenantService.TenantServiceClient Tenants { get; } = new(channel);

    public UnitService.UnitServiceClient Units { get; } = new(channel);

    public RoleAssignmentService.RoleAssignmentServiceClient Assignments { get; } = new(channel);

    public ContractService.ContractServiceClient Contracts { get; } = new(channel);
}
