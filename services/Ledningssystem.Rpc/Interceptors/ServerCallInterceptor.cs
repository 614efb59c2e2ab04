using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Ledningssystem.Rpc.Interceptors;

/// <summary>
/// An interceptor that wraps every call shape (unary and the three streaming shapes) the same way,
/// so a concern such as telemetry or exception shielding is written once.
/// </summary>
public abstract class ServerCallInterceptor : Interceptor
{
    /// <summary>Runs around one call. <paramref name="request"/> is null for client and duplex streaming.</summary>
    protected abstract Task<T> AroundAsync<T>(ServerCallContext context, object? request, Func<Task<T>> continuation);

    public sealed override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation) =>
        AroundAsync(context, request, () => continuation(request, context));

    public sealed override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation) =>
        AroundAsync(context, null, () => continuation(requestStream, context));

    public sealed override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation) =>
        AroundAsync(context, request, async () => { await continuation(request, responseStream, context); return true; });

    public sealed override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation) =>
        AroundAsync(context, null, async () => { await continuation(requestStream, responseStream, context); return true; });
}
