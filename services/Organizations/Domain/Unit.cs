using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Organizations.Domain;

/// <summary>
/// A unit of a tenant's organisation tree (förvaltning, avdelning, område, enhet; any depth) under one top unit.
/// <see cref="Path"/> lists the ids from the top down to the unit as <c>/top/area/unit/</c>, so "below U" is "starts
/// with U's path". A closed unit stays in the tree with its history; it takes no changes and no new sub-units.
/// </summary>
public sealed class Unit : ITenantOwned
{
    public const char Separator = '/';
    public const int MaxPathLength = 2000;

    private readonly List<Verksamhetsform> verksamhetsformer = [];

    private Unit()
    {
    }

    public string TenantId { get; private set; } = "";

    string ITenantOwned.TenantId { get => TenantId; set => TenantId = value; }

    public string Id { get; private set; } = "";

    /// <summary>Null for the tenant's top unit.</summary>
    public string? ParentId { get; private set; }

    public string Path { get; private set; } = "";

    public string Name { get; private set; } = "";

    public IReadOnlyList<Verksamhetsform> Verksamhetsformer => verksamhetsformer;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public bool IsClosed => ClosedAt is not null;

    public bool IsRoot => ParentId is null;

    /// <summary>The ids from the top unit down to the parent.</summary>
    public IReadOnlyList<string> AncestorIds => Path.Split(Separator, StringSplitOptions.RemoveEmptyEntries)[..^1];

    public static Unit CreateRoot(string tenantId, string id, string name, IEnumerable<Verksamhetsform> verksamhetsformer, DateTimeOffset now) =>
        New(tenantId, id, parent: null, name, verksamhetsformer, now);

    public Unit CreateChild(string id, string name, IEnumerable<Verksamhetsform> verksamhetsformer, DateTimeOffset now)
    {
        EnsureOpen("PARENT_UNIT_CLOSED", $"{Name} är stängd och kan inte få nya enheter.");
        return New(TenantId, id, this, name, verksamhetsformer, now);
    }

    /// <summary>Whether <paramref name="unit"/> is this unit or below it.</summary>
    public bool Covers(Unit unit) => unit.Path.StartsWith(Path, StringComparison.Ordinal);

    /// <summary>Whether a repeated creation asks for this same unit.</summary>
    public bool IsCreatedAs(string? parentId, string name) => ParentId == parentId && Name == name;

    /// <summary>Renames an open unit; false if the name is unchanged.</summary>
    public bool Rename(string name)
    {
        EnsureOpen("UNIT_CLOSED", $"{Name} är stängd och kan inte byta namn.");
        if (Name == name)
        {
            return false;
        }
        Name = name;
        return true;
    }

    /// <summary>
    /// Moves the unit and <paramref name="descendants"/> (every unit below it) under <paramref name="newParent"/>;
    /// false if it already is there.
    /// </summary>
    public bool MoveUnder(Unit newParent, IReadOnlyCollection<Unit> descendants)
    {
        if (IsRoot)
        {
            throw new OrganizationRuleException("TOP_UNIT_FIXED", "Organisationens översta enhet kan inte flyttas.");
        }
        EnsureOpen("UNIT_CLOSED", $"{Name} är stängd och kan inte flyttas.");
        newParent.EnsureOpen("PARENT_UNIT_CLOSED", $"{newParent.Name} är stängd och kan inte få nya enheter.");
        if (Covers(newParent))
        {
            throw new OrganizationRuleException("MOVE_INTO_OWN_SUBTREE", $"{Name} kan inte flyttas in under sig själv ({newParent.Name}).");
        }
        if (ParentId == newParent.Id)
        {
            return false;
        }
        if (descendants.Any(d => d == this || !Covers(d)))
        {
            throw new ArgumentException($"Not every unit given is below {Id}.", nameof(descendants));
        }
        var oldPath = Path;
        Path = PathUnder(newParent, Id);
        foreach (var descendant in descendants)
        {
            descendant.Path = CheckedPath(Path + descendant.Path[oldPath.Length..]);
        }
        ParentId = newParent.Id;
        return true;
    }

    /// <summary>Closes the unit once the units directly below it, <paramref name="children"/>, are closed; false if it already was.</summary>
    public bool Close(IEnumerable<Unit> children, DateTimeOffset now)
    {
        if (IsRoot)
        {
            throw new OrganizationRuleException("TOP_UNIT_FIXED", "Organisationens översta enhet kan inte stängas; stäng av organisationen i stället.");
        }
        if (IsClosed)
        {
            return false;
        }
        if (children.Any(c => !c.IsClosed))
        {
            throw new OrganizationRuleException("OPEN_SUB_UNITS", $"{Name} har enheter som är öppna; stäng eller flytta dem först.");
        }
        ClosedAt = now;
        return true;
    }

    public void EnsureOpen(string reason, string message)
    {
        if (IsClosed)
        {
            throw new OrganizationRuleException(reason, message);
        }
    }

    private static Unit New(string tenantId, string id, Unit? parent, string name, IEnumerable<Verksamhetsform> verksamhetsformer, DateTimeOffset now)
    {
        var unit = new Unit
        {
            TenantId = tenantId,
            Id = id,
            ParentId = parent?.Id,
            Path = parent is null ? $"{Separator}{id}{Separator}" : PathUnder(parent, id),
            Name = name,
            CreatedAt = now,
        };
        unit.verksamhetsformer.AddRange(verksamhetsformer.Distinct().Order());
        return unit;
    }

    private static string PathUnder(Unit parent, string id) => CheckedPath($"{parent.Path}{id}{Separator}");

    private static string CheckedPath(string path) => path.Length <= MaxPathLength
        ? path
        : throw new OrganizationRuleException("TREE_TOO_DEEP", "Enhetsträdet blir för djupt.");
}
