using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.AspNetCore.Http;

namespace Ledningssystem.ServiceDefaults.Identity;

/// <summary>The caller of the current HTTP request (gRPC, gRPC-Web or Connect); also the data layer's <see cref="ICallerSource"/>.</summary>
internal sealed class HttpCallerAccessor(IHttpContextAccessor http) : ICallerAccessor, ICallerSource
{
    public Caller? Current => http.HttpContext is { } context ? CallerClaims.CallerOf(context) : null;

    public Caller Required => Current ?? throw RpcErrors.Unauthenticated();

    string? ICallerSource.TenantId => Current?.TenantId;

    string? ICallerSource.UserId => Current?.UserId;
}
