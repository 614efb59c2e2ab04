using Microsoft.Extensions.Options;

namespace Ledningssystem.Gateway.Edge;

/// <summary>The configured paths that need no token (Gateway:AnonymousPaths): exact paths, or prefixes written "prefix*".</summary>
internal sealed class AnonymousPaths(IOptions<GatewayOptions> options)
{
    private readonly string[] exact = [.. options.Value.AnonymousPaths.Where(p => !p.EndsWith('*'))];
    private readonly string[] prefixes = [.. options.Value.AnonymousPaths.Where(p => p.EndsWith('*')).Select(p => p[..^1])];

    public bool Contains(PathString path)
    {
        var value = path.Value ?? "";
        return exact.Any(p => string.Equals(p, value, StringComparison.Ordinal))
            || prefixes.Any(p => value.StartsWith(p, StringComparison.Ordinal));
    }
}
