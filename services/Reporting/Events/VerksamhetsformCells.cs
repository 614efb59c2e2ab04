using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Reporting.Data;
using Ledningssystem.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.Events;

/// <summary>
/// The verksamhetsform dimension of the counters: each cell of a case is also kept once per verksamhetsform of the
/// case's unit. The units' verksamhetsformer come from UnitCreated, which may arrive after the unit's first cases;
/// the cases already counted then move into the new verksamhetsformer' cells, so the counters end the same in any order.
/// </summary>
public sealed class VerksamhetsformCells(ReportingDb db)
{
    // SQLite allows 32766 parameters per statement; ids are looked up in chunks well below.
    private const int LookupChunk = 500;

    /// <summary>The verksamhetsformer of <paramref name="unitIds"/> known so far (a unit not known yet has none).</summary>
    public async Task<Dictionary<string, List<string>>> LoadAsync(IEnumerable<string> unitIds, CancellationToken cancellationToken)
    {
        var forms = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var chunk in unitIds.Distinct(StringComparer.Ordinal).Chunk(LookupChunk))
        {
            foreach (var row in await db.UnitVerksamhetsformer.AsNoTracking().Where(u => chunk.Contains(u.UnitId)).ToListAsync(cancellationToken))
            {
                Of(forms, row.UnitId).Add(row.Verksamhetsform);
            }
        }
        return forms;
    }

    /// <summary>
    /// Records the verksamhetsformer each unit is created with that are not known yet, and moves the unit's counted
    /// cases into their cells. A repeated UnitCreated finds nothing new and changes nothing.
    /// </summary>
    public async Task AddAsync(
        IEnumerable<UnitCreated> units, Dictionary<string, List<string>> forms, Dictionary<CounterKey, CounterDelta> deltas, CancellationToken cancellationToken)
    {
        foreach (var unit in units.Where(u => u.UnitId.Length > 0))
        {
            var known = Of(forms, unit.UnitId);
            var added = unit.Verksamhetsformer
                .Select(EventFacts.Name)
                .Where(name => name.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .Except(known, StringComparer.Ordinal)
                .ToList();
            if (added.Count == 0)
            {
                continue;
            }
            db.UnitVerksamhetsformer.AddRange(added.Select(form => new UnitVerksamhetsform(unit.UnitId, form)));
            known.AddRange(added);
            foreach (var record in await db.Cases.AsNoTracking().Where(c => c.UnitId == unit.UnitId).ToListAsync(cancellationToken))
            {
                foreach (var cell in record.Cells())
                {
                    foreach (var form in added)
                    {
                        Add(deltas, cell.In(form), +1);
                        Add(deltas, cell.ForWholeTenant.In(form), +1);
                    }
                }
            }
        }
    }

    /// <summary>Moves <paramref name="cells"/> by <paramref name="by"/>: for the unit and the whole tenant, all verksamhetsformer and each of the unit's.</summary>
    public static void Move(Dictionary<CounterKey, CounterDelta> deltas, IReadOnlyList<CounterKey> cells, int by, Dictionary<string, List<string>> forms)
    {
        foreach (var cell in cells)
        {
            Add(deltas, cell, by);
            Add(deltas, cell.ForWholeTenant, by);
            foreach (var form in forms.GetValueOrDefault(cell.UnitId) ?? [])
            {
                Add(deltas, cell.In(form), by);
                Add(deltas, cell.ForWholeTenant.In(form), by);
            }
        }
    }

    private static void Add(Dictionary<CounterKey, CounterDelta> deltas, CounterKey cell, int by) => deltas[cell] = deltas.GetValueOrDefault(cell) + new CounterDelta(by, 0);

    private static List<string> Of(Dictionary<string, List<string>> forms, string unitId)
    {
        if (!forms.TryGetValue(unitId, out var list))
        {
            list = [];
            forms.Add(unitId, list);
        }
        return list;
    }
}
