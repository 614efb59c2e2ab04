using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace Ledningssystem.Rpc.Errors;

/// <summary>
/// The errors a handler throws. Each carries a <c>google.rpc.Status</c> in <c>grpc-status-details-bin</c>,
/// so that gRPC, gRPC-Web and Connect callers all get the same code, Swedish message and details.
/// </summary>
public static class RpcErrors
{
    public const string InvalidArgumentMessage = "Begäran innehåller ogiltiga uppgifter.";

    public static RpcException InvalidArgument(IEnumerable<FieldViolation> violations, string message = InvalidArgumentMessage)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }));
        return Create(Code.InvalidArgument, message, badRequest);
    }

    public static RpcException InvalidArgument(string field, string description) =>
        InvalidArgument([new FieldViolation(field, description)]);

    public static RpcException NotFound(string message) => Create(Code.NotFound, message);

    public static RpcException AlreadyExists(string message) => Create(Code.AlreadyExists, message);

    public static RpcException PermissionDenied(string message = "Du saknar behörighet för detta.") => Create(Code.PermissionDenied, message);

    public static RpcException Unauthenticated(string message = "Inloggning krävs.") => Create(Code.Unauthenticated, message);

    /// <summary>The operation is not allowed in the entity's current state, e.g. an illegal workflow transition.</summary>
    public static RpcException FailedPrecondition(string message, string? reason = null, IReadOnlyDictionary<string, string>? metadata = null)
    {
        if (reason is null)
        {
            return Create(Code.FailedPrecondition, message);
        }
        var info = new ErrorInfo { Reason = reason, Domain = "ledningssystem" };
        foreach (var (key, value) in metadata ?? new Dictionary<string, string>())
        {
            info.Metadata[key] = value;
        }
        return Create(Code.FailedPrecondition, message, info);
    }

    public static RpcException Create(Code code, string message, params Google.Protobuf.IMessage[] details)
    {
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        status.Details.AddRange(details.Select(Any.Pack));
        return status.ToRpcException();
    }
}

/// <summary>One invalid request field: its path as in the .proto (e.g. "unit_id") and a Swedish description.</summary>
public readonly record struct FieldViolation(string Field, string Description);
