using Ledningssystem.Contracts.Complaints.V1;

namespace Ledningssystem.Complaints;

/// <summary>
/// The domain's enums to the contract's and back, for the API, the events and the jobs alike; the contract's enums
/// number their values like the domain's, so conversions are casts.
/// </summary>
public static class ContractMapping
{
    public static ComplaintState ToProto(this Domain.ComplaintState state) => (ComplaintState)(int)state;

    public static ComplaintKind ToProto(this Domain.ComplaintKind kind) => (ComplaintKind)(int)kind;

    public static Channel ToProto(this Domain.Channel channel) => (Channel)(int)channel;

    public static ComplainantRole ToProto(this Domain.ComplainantRole role) => (ComplainantRole)(int)role;

    public static DeadlineStage ToProto(this Domain.DeadlineStage stage) => (DeadlineStage)(int)stage;

    public static Domain.ComplaintState ToDomain(this ComplaintState state) => (Domain.ComplaintState)(int)state;

    public static Domain.ComplaintKind ToDomain(this ComplaintKind kind) => (Domain.ComplaintKind)(int)kind;

    public static Domain.Channel ToDomain(this Channel channel) => (Domain.Channel)(int)channel;

    public static Domain.ComplainantRole ToDomain(this ComplainantRole role) => (Domain.ComplainantRole)(int)role;
}
