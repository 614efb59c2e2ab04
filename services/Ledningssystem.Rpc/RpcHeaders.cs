namespace Ledningssystem.Rpc;

/// <summary>Header names of the gRPC, gRPC-Web and Connect protocols that this library (and the gateway) reads or writes.</summary>
public static class RpcHeaders
{
    public const string GrpcStatus = "grpc-status";
    public const string GrpcMessage = "grpc-message";
    public const string GrpcStatusDetails = "grpc-status-details-bin";
    public const string GrpcTimeout = "grpc-timeout";
    public const string GrpcEncoding = "grpc-encoding";
    public const string GrpcAcceptEncoding = "grpc-accept-encoding";
    public const string ConnectProtocolVersion = "connect-protocol-version";
    public const string ConnectTimeout = "connect-timeout-ms";

    public static readonly string[] CorsAllowed =
    [
        "authorization", "content-type", "x-grpc-web", "x-user-agent", GrpcTimeout,
        ConnectProtocolVersion, ConnectTimeout, "traceparent", "tracestate", "idempotency-key",
    ];

    public static readonly string[] CorsExposed = [GrpcStatus, GrpcMessage, GrpcStatusDetails, GrpcEncoding, GrpcAcceptEncoding];
}
