using System.Collections.Concurrent;

namespace Ledningssystem.ServiceDefaults.Data;

/// <summary>
/// Values read from the database and kept between calls, per tenant and key, until <see cref="Invalidate"/> says the
/// tenant's data changed (after the change is committed), or at most <paramref name="maxAge"/>: that bound is for the
/// service's other replicas, which share the database but not this process's invalidations. A value loaded while an
/// invalidation happened is kept as already stale, so a load racing a change can never outlive it.
/// </summary>
public sealed class TenantCache<TValue>(TimeProvider clock, TimeSpan maxAge, int capacity = 10_000)
{
    private readonly ConcurrentDictionary<string, long> generations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Tenant, string Key), Entry> entries = new();

    public async ValueTask<TValue> GetAsync(string tenantId, string key, Func<CancellationToken, Task<TValue>> load, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(load);
        var generation = generations.GetValueOrDefault(tenantId);
        var now = clock.GetUtcNow();
        if (entries.TryGetValue((tenantId, key), out var entry) && entry.Generation == generation && now - entry.LoadedAt < maxAge)
        {
            return entry.Value;
        }
        var value = await load(cancellationToken);
        if (entries.Count >= capacity)
        {
            entries.Clear();
        }
        entries[(tenantId, key)] = new Entry(generation, now, value);
        return value;
    }

    /// <summary>Forgets every value of the tenant; call it once the change is committed.</summary>
    public void Invalidate(string tenantId) => generations.AddOrUpdate(tenantId, 1, (_, generation) => generation + 1);

    private sealed record Entry(long Generation, DateTimeOffset LoadedAt, TValue Value);
}
