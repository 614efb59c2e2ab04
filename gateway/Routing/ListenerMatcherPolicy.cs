using Microsoft.AspNetCore.Routing.Matching;
using Yarp.ReverseProxy.Model;

namespace Ledningssystem.Gateway.Routing;

/// <summary>
/// Lets a route serve one listener only, named by its metadata <c>"Listener": "grpc" | "web"</c>: the same service
/// path goes to the service's gRPC endpoint from the HTTP/2 listener and to its browser endpoint from the HTTP/1.1
/// listener. Each listener speaks exactly one protocol, so the request's protocol names its listener (also behind
/// an ingress, where the local port says nothing).
/// </summary>
internal sealed class ListenerMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    public const string MetadataKey = "Listener";
    public const string Grpc = "grpc";
    public const string Web = "web";

    public override int Order => 0;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) => endpoints.Any(e => ListenerOf(e) is not null);

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        var listener = HttpProtocol.IsHttp2(httpContext.Request.Protocol) ? Grpc : Web;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (ListenerOf(candidates[i].Endpoint) is { } required && !string.Equals(required, listener, StringComparison.OrdinalIgnoreCase))
            {
                candidates.SetValidity(i, false);
            }
        }
        return Task.CompletedTask;
    }

    private static string? ListenerOf(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<RouteModel>()?.Config.Metadata?.GetValueOrDefault(MetadataKey);
}
