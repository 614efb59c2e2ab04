using System.Collections.Concurrent;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Ledningssystem.Rpc.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Ledningssystem.Rpc.Interceptors;

/// <summary>
/// Runs the registered <see cref="IRequestValidator{TRequest}"/>s of a unary or server-streaming call's
/// request before its handler. Streaming requests are validated by the handler per message.
/// </summary>
public sealed class ValidationInterceptor : Interceptor
{
    // Validators are registered at start-up, so a request type without any never gets one later.
    private readonly ConcurrentDictionary<Type, bool> hasValidators = new();

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Validate(request, context);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Validate(request, context);
        return continuation(request, responseStream, context);
    }

    private void Validate<TRequest>(TRequest request, ServerCallContext context)
    {
        if (hasValidators.TryGetValue(typeof(TRequest), out var any) && !any)
        {
            return;
        }
        var validators = context.GetHttpContext().RequestServices.GetServices<IRequestValidator<TRequest>>().ToList();
        hasValidators[typeof(TRequest)] = validators.Count > 0;
        var errors = new ValidationErrors();
        foreach (var validator in validators)
        {
            validator.Validate(request, errors);
        }
        errors.ThrowIfAny();
    }
}
