using Grpc.Core;

namespace Ledningssystem.Rpc.Connect;

/// <summary>The Connect protocol's names and HTTP statuses for the canonical status codes.</summary>
internal static class ConnectCodes
{
    public static string Name(StatusCode code) => code switch
    {
        StatusCode.Cancelled => "canceled",
        StatusCode.Unknown => "unknown",
        StatusCode.InvalidArgument => "invalid_argument",
        StatusCode.DeadlineExceeded => "deadline_exceeded",
        StatusCode.NotFound => "not_found",
        StatusCode.AlreadyExists => "already_exists",
        StatusCode.PermissionDenied => "permission_denied",
        StatusCode.ResourceExhausted => "resource_exhausted",
        StatusCode.FailedPrecondition => "failed_precondition",
        StatusCode.Aborted => "aborted",
        StatusCode.OutOfRange => "out_of_range",
        StatusCode.Unimplemented => "unimplemented",
        StatusCode.Internal => "internal",
        StatusCode.Unavailable => "unavailable",
        StatusCode.DataLoss => "data_loss",
        StatusCode.Unauthenticated => "unauthenticated",
        _ => "unknown",
    };

    public static int HttpStatus(StatusCode code) => code switch
    {
        StatusCode.Cancelled => 499,
        StatusCode.InvalidArgument => 400,
        StatusCode.DeadlineExceeded => 504,
        StatusCode.NotFound => 404,
        StatusCode.AlreadyExists => 409,
        StatusCode.PermissionDenied => 403,
        StatusCode.ResourceExhausted => 429,
        StatusCode.FailedPrecondition => 400,
        StatusCode.Aborted => 409,
        StatusCode.OutOfRange => 400,
        StatusCode.Unimplemented => 501,
        StatusCode.Unavailable => 503,
        StatusCode.Unauthenticated => 401,
        _ => 500,
    };
}
