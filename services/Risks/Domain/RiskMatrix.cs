using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Risks.Domain;

/// <summary>
/// One version of a tenant's risk matrix: a probability and a consequence scale (value 1 is the first label) and the
/// level of every cell. A change is a new version (<see cref="Next"/>); an assessment names the version it was made on,
/// so earlier assessments keep their scales and levels.
/// </summary>
public sealed class RiskMatrix : ITenantOwned
{
    public static readonly IReadOnlyList<string> DefaultProbabilities = ["osannolik", "mindre sannolik", "möjlig", "sannolik"];

    public static readonly IReadOnlyList<string> DefaultConsequences = ["försumbar", "lindrig", "kännbar", "allvarlig"];

    private readonly List<string> probabilityLabels = [];
    private readonly List<string> consequenceLabels = [];
    private readonly List<RiskLevel> levels = [];

    private RiskMatrix()
    {
    }

    public string TenantId { get; private set; } = "";

    string ITenantOwned.TenantId { get => TenantId; set => TenantId = value; }

    public int Version { get; private set; }

    public IReadOnlyList<string> ProbabilityLabels => probabilityLabels;

    public IReadOnlyList<string> ConsequenceLabels => consequenceLabels;

    /// <summary>Row by row: index (probability - 1) * consequences + (consequence - 1).</summary>
    public IReadOnlyList<RiskLevel> Levels => levels;

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// The 4×4 matrix every tenant starts with, levelled by probability × consequence: up to 2 låg, up to 4 medel, up
    /// to 8 hög, above that mycket hög.
    /// </summary>
    public static RiskMatrix Default(string tenantId, DateTimeOffset now)
    {
        var size = DefaultProbabilities.Count;
        var defaultLevels = Enumerable.Range(0, size * size)
            .Select(i => (((i / size) + 1) * ((i % size) + 1)) switch
            {
                <= 2 => RiskLevel.Low,
                <= 4 => RiskLevel.Medium,
                <= 8 => RiskLevel.High,
                _ => RiskLevel.VeryHigh,
            })
            .ToList();
        return Create(tenantId, 1, DefaultProbabilities, DefaultConsequences, defaultLevels, now);
    }

    /// <summary>The next version with new scales and levels; a higher probability or consequence never gives a lower level.</summary>
    public RiskMatrix Next(IReadOnlyList<string> probabilities, IReadOnlyList<string> consequences, IReadOnlyList<RiskLevel> cellLevels, DateTimeOffset now) =>
        Create(TenantId, Version + 1, probabilities, consequences, cellLevels, now);

    /// <summary>The level of a cell; outside the scales is refused, naming them.</summary>
    public RiskLevel LevelOf(int probability, int consequence)
    {
        if (!Contains(probability, consequence))
        {
            throw new RisksRuleException(
                "OUTSIDE_SCALE",
                $"Riskmatrisen (version {Version}) har sannolikhet 1–{probabilityLabels.Count} och konsekvens 1–{consequenceLabels.Count}.");
        }
        return levels[Cell(probability, consequence)];
    }

    public bool Contains(int probability, int consequence) =>
        probability >= 1 && probability <= probabilityLabels.Count && consequence >= 1 && consequence <= consequenceLabels.Count;

    private int Cell(int probability, int consequence) => ((probability - 1) * consequenceLabels.Count) + consequence - 1;

    private static RiskMatrix Create(
        string tenantId, int version, IReadOnlyList<string> probabilities, IReadOnlyList<string> consequences, IReadOnlyList<RiskLevel> cellLevels, DateTimeOffset now)
    {
        if (cellLevels.Count != probabilities.Count * consequences.Count)
        {
            throw new RisksRuleException("LEVELS_DO_NOT_FIT", $"Matrisen har {probabilities.Count * consequences.Count} celler men {cellLevels.Count} nivåer angavs.");
        }
        var matrix = new RiskMatrix { TenantId = tenantId, Version = version, CreatedAt = now };
        matrix.probabilityLabels.AddRange(probabilities.Select(l => l.Trim()));
        matrix.consequenceLabels.AddRange(consequences.Select(l => l.Trim()));
        matrix.levels.AddRange(cellLevels);
        for (var p = 1; p <= probabilities.Count; p++)
        {
            for (var c = 1; c <= consequences.Count; c++)
            {
                var level = cellLevels[matrix.Cell(p, c)];
                if ((p > 1 && level < cellLevels[matrix.Cell(p - 1, c)]) || (c > 1 && level < cellLevels[matrix.Cell(p, c - 1)]))
                {
                    throw new RisksRuleException(
                        "LEVELS_DECREASE",
                        $"Nivån kan inte sjunka när sannolikheten eller konsekvensen ökar (sannolikhet {p}, konsekvens {c}).");
                }
            }
        }
        return matrix;
    }
}
